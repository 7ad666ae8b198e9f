// To a jobseeker: the jobcentre would like to refer them to a job and asks for consent first.
// Nothing about the jobseeker reaches the employer without a yes; no answer counts as no.
import { formatDeadline } from "../app/utils/format";
import { composeMail, type Email } from "./layout";
import type { JobcentreContact } from "./receipt";

export type ConsentRequestMailData = {
  jobseekerName: string;
  orderTitle: string;
  companyName: string;
  /** Postcode and town, e.g. "4900 Nakskov". */
  workplace: string;
  /** As written on the order, e.g. "37". */
  hoursPerWeek: string;
  /** E.g. "Ordinært job". */
  kindLabel: string;
  description: string;
  consultantName: string;
  jobcentre: JobcentreContact;
  replyBy: Date;
  consentUrl: string;
  /** What the employer will see on a yes, in words for the jobseeker, e.g. "dit navn". */
  sharedFields: string[];
};

export function consentRequestMail(data: ConsentRequestMailData): Email {
  const description = data.description.trim();
  return composeMail({
    subject: `Vil du henvises til et job som ${data.orderTitle}?`,
    heading: "Vil du henvises til et job?",
    greeting: `Kære ${data.jobseekerName}`,
    blocks: [
      `${data.jobcentre.name} har et job hos ${data.companyName}, som vi tror, du kan passe til. ` +
        "Vi vil gerne henvise dig til jobbet, men vi gør det kun, hvis du siger ja.",
      {
        facts: [
          ["Stilling", data.orderTitle],
          ["Virksomhed", data.companyName],
          ["Arbejdssted", data.workplace],
          ["Timer pr. uge", data.hoursPerWeek],
          ["Type job", data.kindLabel],
        ],
      },
      description && { intro: "Virksomheden beskriver jobbet sådan:", quote: description },
      { intro: "Hvis du siger ja, sender vi kun disse oplysninger om dig til virksomheden:", list: data.sharedFields },
      "Hvis du siger nej, sender vi ingenting til virksomheden. Det har ingen betydning for din ydelse, hvis du siger nej.",
      `Svar senest ${formatDeadline(data.replyBy)}. Hvis du ikke svarer inden da, tæller det som et nej.`,
      { textIntro: "Svar ja eller nej her:", link: data.consentUrl, label: "Svar ja eller nej" },
      `Har du spørgsmål, er du velkommen til at ringe til ${data.consultantName} hos ${data.jobcentre.name} på telefon ${data.jobcentre.phone}.`,
    ],
    signedBy: [data.consultantName, data.jobcentre.name],
  });
}
