// To the employer: the order is closed (by them or by the jobcentre), with the outcome and reason.
// A short satisfaction survey follows in a separate mail.
import { AUTOMATIC_FOOTER, button, signInLinkNote, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";
import type { JobcentreContact } from "./receipt";

export type OrderClosedMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  /** E.g. "Besat". */
  outcomeLabel: string;
  reason: string;
  hires: number;
  positions: number;
  /** True when the employer closed the order themselves. */
  byEmployer: boolean;
  jobcentre: JobcentreContact;
  loginUrl: string;
  linkTtlHours: number;
};

export function orderClosedMail(data: OrderClosedMailData): Email {
  const subject = `Jobordre ${data.orderNumber} er afsluttet: ${data.title}`;
  const greeting = `Kære ${data.contactName}`;
  const intro = data.byEmployer
    ? `I har afsluttet jeres jobordre ${data.orderNumber} (${data.title}). Her er en bekræftelse.`
    : `${data.jobcentre.name} har afsluttet jeres jobordre ${data.orderNumber} (${data.title}).`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Resultat", data.outcomeLabel],
  ];
  if (data.reason.trim()) facts.push(["Begrundelse", data.reason.trim()]);
  facts.push(["Ansatte", `${data.hires} af ${data.positions} ${data.positions === 1 ? "stilling" : "stillinger"}`]);
  const thanks = "Tak for samarbejdet. Har I brug for nye medarbejdere en anden gang, er I altid velkomne til at kontakte os.";
  const survey =
    "Om kort tid får I en mail med et kort spørgeskema om, hvordan I har oplevet samarbejdet. Det tager kun et par minutter, og jeres svar hjælper os med at blive bedre.";
  const questions = `Har I spørgsmål til afslutningen, så ring til os på telefon ${data.jobcentre.phone} eller skriv til ${data.jobcentre.email}.`;
  const linkIntro = 'Se jobordren under "Mine jobordrer":';
  const linkNote = signInLinkNote(data.linkTtlHours);
  const regards = `Venlig hilsen\n${data.jobcentre.name}`;

  const text = textBlocks(
    greeting,
    intro,
    factsText(facts),
    thanks,
    survey,
    questions,
    `${linkIntro}\n${data.loginUrl}\n${linkNote}`,
    regards,
    `--\n${AUTOMATIC_FOOTER}`,
  );
  const html = layout({
    title: subject,
    heading: "Jeres jobordre er afsluttet",
    body: [
      paragraph(greeting),
      paragraph(intro),
      factsHtml(facts),
      paragraph(thanks),
      paragraph(survey),
      paragraph(questions),
      paragraph(linkIntro),
      button(data.loginUrl, "Åbn Mine jobordrer"),
      paragraph(linkNote),
      paragraph(regards),
    ].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
