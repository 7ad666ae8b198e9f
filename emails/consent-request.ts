// To a jobseeker: the jobcentre would like to refer them to a job and asks for consent first.
// Nothing about the jobseeker reaches the employer without a yes; no answer counts as no.
import { formatDeadline } from "../app/utils/format";
import {
  AUTOMATIC_FOOTER,
  button,
  factsHtml,
  factsText,
  layout,
  listHtml,
  listText,
  paragraph,
  quote,
  textBlocks,
  type Email,
  type Fact,
} from "./layout";
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
  const subject = `Vil du henvises til et job som ${data.orderTitle}?`;
  const deadline = formatDeadline(data.replyBy);
  const greeting = `Kære ${data.jobseekerName}`;
  const intro =
    `${data.jobcentre.name} har et job hos ${data.companyName}, som vi tror, du kan passe til. ` +
    "Vi vil gerne henvise dig til jobbet, men vi gør det kun, hvis du siger ja.";
  const facts: Fact[] = [
    ["Stilling", data.orderTitle],
    ["Virksomhed", data.companyName],
    ["Arbejdssted", data.workplace],
    ["Timer pr. uge", data.hoursPerWeek],
    ["Type job", data.kindLabel],
  ];
  const description = data.description.trim();
  const descriptionIntro = "Virksomheden beskriver jobbet sådan:";
  const yes = "Hvis du siger ja, sender vi kun disse oplysninger om dig til virksomheden:";
  const no = "Hvis du siger nej, sender vi ingenting til virksomheden. Det har ingen betydning for din ydelse, hvis du siger nej.";
  const replyBy = `Svar senest ${deadline}. Hvis du ikke svarer inden da, tæller det som et nej.`;
  const linkIntro = "Svar ja eller nej her:";
  const questions = `Har du spørgsmål, er du velkommen til at ringe til ${data.consultantName} hos ${data.jobcentre.name} på telefon ${data.jobcentre.phone}.`;
  const regards = `Venlig hilsen\n${data.consultantName}\n${data.jobcentre.name}`;

  const text = textBlocks(
    greeting,
    intro,
    factsText(facts),
    description && `${descriptionIntro}\n${description.replace(/\r\n?/g, "\n")}`,
    `${yes}\n${listText(data.sharedFields)}`,
    no,
    replyBy,
    `${linkIntro}\n${data.consentUrl}`,
    questions,
    regards,
    `--\n${AUTOMATIC_FOOTER}`,
  );
  const html = layout({
    title: subject,
    heading: "Vil du henvises til et job?",
    body: [
      paragraph(greeting),
      paragraph(intro),
      factsHtml(facts),
      description && paragraph(descriptionIntro),
      description && quote(description),
      paragraph(yes),
      listHtml(data.sharedFields),
      paragraph(no),
      paragraph(replyBy),
      button(data.consentUrl, "Svar ja eller nej"),
      paragraph(questions),
      paragraph(regards),
    ]
      .filter(Boolean)
      .join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
