// To the employer: the regional recruitment service has been asked to search the whole region as
// well. Their contact at the jobcentre stays the same.
import { AUTOMATIC_FOOTER, button, signInLinkNote, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";
import type { JobcentreContact } from "./receipt";

export type RegionInformedMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  regionName: string;
  consultantName: string | null;
  jobcentre: JobcentreContact;
  loginUrl: string;
  linkTtlHours: number;
};

export function regionInformedMail(data: RegionInformedMailData): Email {
  const subject = `Vi søger bredere efter kandidater til jeres jobordre ${data.orderNumber}: ${data.title}`;
  const greeting = `Kære ${data.contactName}`;
  const intro = `For at finde de rette kandidater til jeres jobordre ${data.orderNumber} (${data.title}) har vi bedt ${data.regionName} om også at søge i hele regionen.`;
  const same = data.consultantName
    ? `Jeres kontaktperson er stadig ${data.consultantName} fra ${data.jobcentre.name}. I skal ikke gøre noget, og I hører fra os, når vi har kandidater til jer.`
    : `Jeres kontakt er stadig ${data.jobcentre.name}. I skal ikke gøre noget, og I hører fra os, når vi har kandidater til jer.`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Jeres kontaktperson", data.consultantName ? `${data.consultantName}, ${data.jobcentre.name}` : data.jobcentre.name],
    ["Telefon", data.jobcentre.phone],
    ["E-mail", data.jobcentre.email],
  ];
  const linkIntro = 'Følg jeres jobordre under "Mine jobordrer":';
  const linkNote = signInLinkNote(data.linkTtlHours);
  const regards = data.consultantName ? `Venlig hilsen\n${data.consultantName}\n${data.jobcentre.name}` : `Venlig hilsen\n${data.jobcentre.name}`;

  const text = textBlocks(
    greeting,
    intro,
    same,
    factsText(facts),
    `${linkIntro}\n${data.loginUrl}\n${linkNote}`,
    regards,
    `--\n${AUTOMATIC_FOOTER}`,
  );
  const html = layout({
    title: subject,
    heading: "Vi søger bredere efter kandidater",
    body: [
      paragraph(greeting),
      paragraph(intro),
      paragraph(same),
      factsHtml(facts),
      paragraph(linkIntro),
      button(data.loginUrl, "Åbn Mine jobordrer"),
      paragraph(linkNote),
      paragraph(regards),
    ].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
