// To the employer: a polite reminder that we still await their feedback on a candidate we shared.
import { formatDate } from "../app/utils/format";
import { AUTOMATIC_FOOTER, button, signInLinkNote, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";
import type { JobcentreContact } from "./receipt";

export type FeedbackReminderMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  candidateName: string;
  sharedAt: Date;
  jobcentre: JobcentreContact;
  consultantName: string;
  loginUrl: string;
  linkTtlHours: number;
};

export function feedbackReminderMail(data: FeedbackReminderMailData): Email {
  const subject = `Vi mangler jeres tilbagemelding på en kandidat: ${data.orderNumber} ${data.title}`;
  const greeting = `Kære ${data.contactName}`;
  const intro =
    `Den ${formatDate(data.sharedAt)} sendte vi jer ${data.candidateName} som kandidat til jeres jobordre ${data.orderNumber} (${data.title}). ` +
    "Vi har endnu ikke fået jeres tilbagemelding.";
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Kandidat", data.candidateName],
    ["Sendt til jer", formatDate(data.sharedAt)],
    ["Jeres kontaktperson", `${data.consultantName}, ${data.jobcentre.name}`],
    ["Telefon", data.jobcentre.phone],
  ];
  const ask =
    'Vil I give os besked under "Mine jobordrer", om kandidaten er inviteret til samtale, er ansat, eller ikke er relevant for jer? ' +
    "Det tager kun et øjeblik, og det hjælper os med at finde de rette kandidater til jer.";
  const already = "Har I allerede givet besked, kan I se bort fra denne mail.";
  const linkIntro = 'Giv jeres tilbagemelding under "Mine jobordrer":';
  const linkNote = signInLinkNote(data.linkTtlHours);
  const regards = `Venlig hilsen\n${data.consultantName}\n${data.jobcentre.name}`;

  const text = textBlocks(
    greeting,
    intro,
    factsText(facts),
    ask,
    `${linkIntro}\n${data.loginUrl}\n${linkNote}`,
    already,
    regards,
    `--\n${AUTOMATIC_FOOTER}`,
  );
  const html = layout({
    title: subject,
    heading: "Vi mangler jeres tilbagemelding",
    body: [
      paragraph(greeting),
      paragraph(intro),
      factsHtml(facts),
      paragraph(ask),
      paragraph(linkIntro),
      button(data.loginUrl, "Åbn Mine jobordrer"),
      paragraph(linkNote),
      paragraph(already),
      paragraph(regards),
    ].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
