// To the employer: the regional recruitment service has been asked to search the whole region as
// well. Their contact at the jobcentre stays the same.
import { composeMail, signInLinkNote, type Email } from "./layout";
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
  return composeMail({
    subject: `Vi søger bredere efter kandidater til jeres jobordre ${data.orderNumber}: ${data.title}`,
    heading: "Vi søger bredere efter kandidater",
    greeting: `Kære ${data.contactName}`,
    blocks: [
      `For at finde de rette kandidater til jeres jobordre ${data.orderNumber} (${data.title}) har vi bedt ${data.regionName} om også at søge i hele regionen.`,
      data.consultantName
        ? `Jeres kontaktperson er stadig ${data.consultantName} fra ${data.jobcentre.name}. I skal ikke gøre noget, og I hører fra os, når vi har kandidater til jer.`
        : `Jeres kontakt er stadig ${data.jobcentre.name}. I skal ikke gøre noget, og I hører fra os, når vi har kandidater til jer.`,
      {
        facts: [
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Jeres kontaktperson", data.consultantName ? `${data.consultantName}, ${data.jobcentre.name}` : data.jobcentre.name],
          ["Telefon", data.jobcentre.phone],
          ["E-mail", data.jobcentre.email],
        ],
      },
      {
        intro: 'Følg jeres jobordre under "Mine jobordrer":',
        link: data.loginUrl,
        label: "Åbn Mine jobordrer",
        note: signInLinkNote(data.linkTtlHours),
      },
    ],
    signedBy: data.consultantName ? [data.consultantName, data.jobcentre.name] : [data.jobcentre.name],
  });
}
