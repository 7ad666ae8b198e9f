// Confirmation of the planning meeting the employer chose: to the employer, and to the consultant
// (whose inbox now holds the meeting task).
import { formatDeadline } from "../app/utils/format";
import { composeMail, type Email } from "./layout";
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
  return composeMail({
    subject: `Mødet er aftalt: ${data.orderNumber} ${data.title}`,
    heading: "Mødet er aftalt",
    greeting: `Kære ${data.recipientName}`,
    blocks: [
      `Tak, fordi I har valgt et tidspunkt. Mødet om rekrutteringen til jeres jobordre ${data.orderNumber} (${data.title}) er nu aftalt.`,
      {
        facts: [
          ["Tidspunkt", when],
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["I mødes med", `${data.consultantName}, ${data.jobcentre.name}`],
          ["Telefon", data.jobcentre.phone],
          ["E-mail", data.jobcentre.email],
        ],
      },
      `Vi ses ${when}. Kan I alligevel ikke, så ring til ${data.consultantName} på telefon ${data.jobcentre.phone}, så finder vi et nyt tidspunkt.`,
      {
        intro: 'Se mødet og jobordren under "Mine jobordrer":',
        link: data.url,
        label: "Åbn Mine jobordrer",
        note: "Linket kan bruges én gang. Er det udløbet, kan I bede om et nyt link på siden.",
      },
    ],
    signedBy: [data.consultantName, data.jobcentre.name],
  });
}

function consultantMail(data: MeetingBookedMailData): Email {
  const when = formatDeadline(data.at);
  return composeMail({
    subject: `Møde aftalt med ${data.companyName}: ${data.orderNumber} ${data.title}`,
    heading: "Møde aftalt med virksomheden",
    greeting: `Hej ${data.recipientName}`,
    blocks: [
      `${data.companyName} har valgt ${when} til mødet om rekrutteringen til jobordre ${data.orderNumber} (${data.title}), ` +
        "og opgaven står i din indbakke.",
      {
        facts: [
          ["Tidspunkt", when],
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Virksomhed", data.companyName],
          ["Mødeholder", `${data.consultantName}, ${data.jobcentre.name}`],
        ],
      },
      "Sæt mødet i kalenderen, og forbered planen for rekrutteringen.",
      { textIntro: "Åbn ordren:", link: data.url, label: "Åbn ordren" },
    ],
  });
}
