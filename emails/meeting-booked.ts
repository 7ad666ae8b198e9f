// Confirmation of the planning meeting the employer chose: to the employer, and to the consultant
// (whose inbox now holds the meeting task).
import { formatDeadline } from "../app/utils/format";
import { AUTOMATIC_FOOTER, button, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";
import type { JobcentreContact } from "./receipt";

export type MeetingBookedMailData = {
  audience: "employer" | "consultant";
  recipientName: string;
  orderNumber: string;
  title: string;
  companyName: string;
  at: Date;
  consultantName: string;
  jobcentre: JobcentreContact;
  /** Employer: a sign-in link to "Mine jobordrer"; consultant: the staff order page. */
  url: string;
};

export function meetingBookedMail(data: MeetingBookedMailData): Email {
  return data.audience === "employer" ? employerMail(data) : consultantMail(data);
}

function employerMail(data: MeetingBookedMailData): Email {
  const when = formatDeadline(data.at);
  const subject = `Mødet er aftalt: ${data.orderNumber} ${data.title}`;
  const greeting = `Kære ${data.recipientName}`;
  const intro = `Tak, fordi I har valgt et tidspunkt. Mødet om rekrutteringen til jeres jobordre ${data.orderNumber} (${data.title}) er nu aftalt.`;
  const facts: Fact[] = [
    ["Tidspunkt", when],
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["I mødes med", `${data.consultantName}, ${data.jobcentre.name}`],
    ["Telefon", data.jobcentre.phone],
    ["E-mail", data.jobcentre.email],
  ];
  const seeYou = `Vi ses ${when}. Kan I alligevel ikke, så ring til ${data.consultantName} på telefon ${data.jobcentre.phone}, så finder vi et nyt tidspunkt.`;
  const linkIntro = 'Se mødet og jobordren under "Mine jobordrer":';
  const linkNote = "Linket kan bruges én gang. Er det udløbet, kan I bede om et nyt link på siden.";
  const regards = `Venlig hilsen\n${data.consultantName}\n${data.jobcentre.name}`;

  const text = textBlocks(
    greeting,
    intro,
    factsText(facts),
    seeYou,
    `${linkIntro}\n${data.url}\n${linkNote}`,
    regards,
    `--\n${AUTOMATIC_FOOTER}`,
  );
  const html = layout({
    title: subject,
    heading: "Mødet er aftalt",
    body: [
      paragraph(greeting),
      paragraph(intro),
      factsHtml(facts),
      paragraph(seeYou),
      paragraph(linkIntro),
      button(data.url, "Åbn Mine jobordrer"),
      paragraph(linkNote),
      paragraph(regards),
    ].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}

function consultantMail(data: MeetingBookedMailData): Email {
  const when = formatDeadline(data.at);
  const subject = `Møde aftalt med ${data.companyName}: ${data.orderNumber} ${data.title}`;
  const greeting = `Hej ${data.recipientName}`;
  const intro =
    `${data.companyName} har valgt ${when} til mødet om rekrutteringen til jobordre ${data.orderNumber} (${data.title}), ` +
    "og opgaven står i din indbakke.";
  const facts: Fact[] = [
    ["Tidspunkt", when],
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Virksomhed", data.companyName],
    ["Mødeholder", `${data.consultantName}, ${data.jobcentre.name}`],
  ];
  const todo = "Sæt mødet i kalenderen, og forbered planen for rekrutteringen.";

  const text = textBlocks(greeting, intro, factsText(facts), todo, `Åbn ordren:\n${data.url}`, `--\n${AUTOMATIC_FOOTER}`);
  const html = layout({
    title: subject,
    heading: "Møde aftalt med virksomheden",
    body: [paragraph(greeting), paragraph(intro), factsHtml(facts), paragraph(todo), button(data.url, "Åbn ordren")].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
