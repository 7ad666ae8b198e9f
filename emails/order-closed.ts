// To the employer: the order is closed (by them or by the jobcentre), with the outcome and reason.
// A short satisfaction survey follows in a separate mail.
import { composeMail, signInLinkNote, type Email, type Fact } from "./layout";
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
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Resultat", data.outcomeLabel],
  ];
  if (data.reason.trim()) facts.push(["Begrundelse", data.reason.trim()]);
  facts.push(["Ansatte", `${data.hires} af ${data.positions} ${data.positions === 1 ? "stilling" : "stillinger"}`]);
  return composeMail({
    subject: `Jobordre ${data.orderNumber} er afsluttet: ${data.title}`,
    heading: "Jeres jobordre er afsluttet",
    greeting: `Kære ${data.contactName}`,
    blocks: [
      data.byEmployer
        ? `I har afsluttet jeres jobordre ${data.orderNumber} (${data.title}). Her er en bekræftelse.`
        : `${data.jobcentre.name} har afsluttet jeres jobordre ${data.orderNumber} (${data.title}).`,
      { facts },
      "Tak for samarbejdet. Har I brug for nye medarbejdere en anden gang, er I altid velkomne til at kontakte os.",
      "Om kort tid får I en mail med et kort spørgeskema om, hvordan I har oplevet samarbejdet. Det tager kun et par minutter, og jeres svar hjælper os med at blive bedre.",
      `Har I spørgsmål til afslutningen, så ring til os på telefon ${data.jobcentre.phone} eller skriv til ${data.jobcentre.email}.`,
      {
        intro: 'Se jobordren under "Mine jobordrer":',
        link: data.loginUrl,
        label: "Åbn Mine jobordrer",
        note: signInLinkNote(data.linkTtlHours),
      },
    ],
    signedBy: [data.jobcentre.name],
  });
}
