// To the employer: a polite reminder that we still await their feedback on a candidate we shared.
import { formatDate } from "../app/utils/format";
import { composeMail, signInLinkNote, type Email } from "./layout";
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
  return composeMail({
    subject: `Vi mangler jeres tilbagemelding på en kandidat: ${data.orderNumber} ${data.title}`,
    heading: "Vi mangler jeres tilbagemelding",
    greeting: `Kære ${data.contactName}`,
    blocks: [
      `Den ${formatDate(data.sharedAt)} sendte vi jer ${data.candidateName} som kandidat til jeres jobordre ${data.orderNumber} (${data.title}). ` +
        "Vi har endnu ikke fået jeres tilbagemelding.",
      {
        facts: [
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Kandidat", data.candidateName],
          ["Sendt til jer", formatDate(data.sharedAt)],
          ["Jeres kontaktperson", `${data.consultantName}, ${data.jobcentre.name}`],
          ["Telefon", data.jobcentre.phone],
        ],
      },
      'Vil I give os besked under "Mine jobordrer", om kandidaten er inviteret til samtale, er ansat, eller ikke er relevant for jer? ' +
        "Det tager kun et øjeblik, og det hjælper os med at finde de rette kandidater til jer.",
      {
        intro: 'Giv jeres tilbagemelding under "Mine jobordrer":',
        link: data.loginUrl,
        label: "Åbn Mine jobordrer",
        note: signInLinkNote(data.linkTtlHours),
      },
      "Har I allerede givet besked, kan I se bort fra denne mail.",
    ],
    signedBy: [data.consultantName, data.jobcentre.name],
  });
}
