// To the employer: a large order (many positions), so the jobcentre offers a meeting to plan the
// recruitment together; the employer picks one of the offered times in "Mine jobordrer".
import { formatDeadline } from "../app/utils/format";
import { composeMail, signInLinkNote, type Email } from "./layout";
import type { JobcentreContact } from "./receipt";

export type MeetingOfferMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  positions: number;
  /** The times offered, in order. */
  options: Date[];
  /** Choose a time by then. */
  dueAt: Date;
  consultantName: string;
  jobcentre: JobcentreContact;
  loginUrl: string;
  linkTtlHours: number;
};

export function meetingOfferMail(data: MeetingOfferMailData): Email {
  const people = data.positions === 1 ? "1 medarbejder" : `${data.positions} medarbejdere`;
  return composeMail({
    subject: `Tilbud om møde om jeres rekruttering: ${data.orderNumber} ${data.title}`,
    heading: "Tilbud om møde om jeres rekruttering",
    greeting: `Kære ${data.contactName}`,
    blocks: [
      `I vil gerne ansætte ${people} gennem jeres jobordre ${data.orderNumber} (${data.title}). ` +
        `Derfor tilbyder ${data.jobcentre.name} jer et møde, hvor vi sammen planlægger rekrutteringen, så vi finder de rette kandidater.`,
      { intro: "Vi kan holde mødet på et af disse tidspunkter:", list: data.options.map((d) => formatDeadline(d)) },
      {
        facts: [
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Antal stillinger", String(data.positions)],
          ["Vælg et tidspunkt senest", formatDeadline(data.dueAt)],
          ["Jeres kontaktperson", `${data.consultantName}, ${data.jobcentre.name}`],
          ["Telefon", data.jobcentre.phone],
        ],
      },
      {
        intro: `Vælg det tidspunkt, der passer jer bedst, under "Mine jobordrer" senest ${formatDeadline(data.dueAt)}.`,
        link: data.loginUrl,
        label: "Vælg et tidspunkt",
        note: signInLinkNote(data.linkTtlHours),
      },
      `Passer ingen af tidspunkterne, så ring til ${data.consultantName} på telefon ${data.jobcentre.phone}, så finder vi et andet.`,
    ],
    signedBy: [data.consultantName, data.jobcentre.name],
  });
}
