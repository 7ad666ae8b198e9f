// To the employer, right after intake: the order is received, who will answer, and by when.
// An automatic receipt is not an answer (domain.md): it says so, and the clock keeps running.
import { formatDeadline } from "../app/utils/format";
import { composeMail, signInLinkNote, type Email } from "./layout";

export type JobcentreContact = { name: string; phone: string; email: string };

export type ReceiptMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  /** The consultant who owns the order; null when none could be assigned yet. */
  assigneeName: string | null;
  jobcentre: JobcentreContact;
  dueAt: Date;
  loginUrl: string;
  linkTtlHours: number;
  /** The order came under the company's partnership agreement: its fast track's shorter promise. */
  fastTrack?: boolean;
};

export function receiptMail(data: ReceiptMailData): Email {
  const who = data.assigneeName ? `${data.assigneeName}, ${data.jobcentre.name}` : `En virksomhedskonsulent fra ${data.jobcentre.name}`;
  return composeMail({
    subject: `Vi har modtaget jeres jobordre ${data.orderNumber}: ${data.title}`,
    heading: "Vi har modtaget jeres jobordre",
    greeting: `Kære ${data.contactName}`,
    blocks: [
      "Tak for jeres jobordre. Vi har modtaget den, og den er sendt videre til en virksomhedskonsulent.",
      {
        facts: [
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Svarer jer", who],
          ["Telefon", data.jobcentre.phone],
          ["E-mail", data.jobcentre.email],
        ],
      },
      ...(data.fastTrack ? ["Ordren er kommet på jeres partnerskabsaftales hurtigspor, så I får svar hurtigere end ellers."] : []),
      `I får et svar senest ${formatDeadline(data.dueAt)}. Svaret fortæller, hvad næste skridt er, og hvem der har jeres ordre. Denne mail er kun en automatisk kvittering.`,
      {
        intro: 'Følg jeres jobordrer under "Mine jobordrer":',
        link: data.loginUrl,
        label: "Åbn Mine jobordrer",
        note: signInLinkNote(data.linkTtlHours),
      },
    ],
    signedBy: [data.jobcentre.name],
  });
}
