// To the employer, right after intake: the order is received, who will answer, and by when.
// An automatic receipt is not an answer (domain.md): it says so, and the clock keeps running.
import { formatDeadline } from "../app/utils/format";
import { AUTOMATIC_FOOTER, button, signInLinkNote, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";

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
};

export function receiptMail(data: ReceiptMailData): Email {
  const subject = `Vi har modtaget jeres jobordre ${data.orderNumber}: ${data.title}`;
  const deadline = `senest ${formatDeadline(data.dueAt)}`;
  const who = data.assigneeName ? `${data.assigneeName}, ${data.jobcentre.name}` : `En virksomhedskonsulent fra ${data.jobcentre.name}`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Svarer jer", who],
    ["Telefon", data.jobcentre.phone],
    ["E-mail", data.jobcentre.email],
  ];
  const greeting = `Kære ${data.contactName}`;
  const intro = "Tak for jeres jobordre. Vi har modtaget den, og den er sendt videre til en virksomhedskonsulent.";
  const promise = `I får et svar ${deadline}. Svaret fortæller, hvad næste skridt er, og hvem der har jeres ordre. Denne mail er kun en automatisk kvittering.`;
  const linkIntro = 'Følg jeres jobordrer under "Mine jobordrer":';
  const linkNote = signInLinkNote(data.linkTtlHours);
  const regards = `Venlig hilsen\n${data.jobcentre.name}`;

  const text = textBlocks(
    greeting,
    intro,
    factsText(facts),
    promise,
    `${linkIntro}\n${data.loginUrl}\n${linkNote}`,
    regards,
    `--\n${AUTOMATIC_FOOTER}`,
  );
  const html = layout({
    title: subject,
    heading: "Vi har modtaget jeres jobordre",
    body: [
      paragraph(greeting),
      paragraph(intro),
      factsHtml(facts),
      paragraph(promise),
      paragraph(linkIntro),
      button(data.loginUrl, "Åbn Mine jobordrer"),
      paragraph(linkNote),
      paragraph(regards),
    ].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
