// To the consultant: the company hired a candidate from the order; a follow-up with the company is
// planned and waits in the task inbox.
import { formatDate } from "../app/utils/format";
import { AUTOMATIC_FOOTER, button, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";

export type HiredMailData = {
  recipientName: string;
  jobseekerName: string;
  orderNumber: string;
  title: string;
  companyName: string;
  startDate: Date;
  followUpAt: Date;
  orderUrl: string;
};

export function hiredMail(data: HiredMailData): Email {
  const subject = `${data.companyName} har ansat ${data.jobseekerName}: ${data.orderNumber} ${data.title}`;
  const greeting = `Hej ${data.recipientName}`;
  const intro = `${data.companyName} har ansat ${data.jobseekerName} som ${data.title} fra den ${formatDate(data.startDate)} (jobordre ${data.orderNumber}).`;
  const followUp = `Der er planlagt en opfølgning med virksomheden den ${formatDate(data.followUpAt)}, og opgaven ligger i din indbakke.`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Virksomhed", data.companyName],
    ["Ansat", data.jobseekerName],
    ["Startdato", formatDate(data.startDate)],
    ["Opfølgning", formatDate(data.followUpAt)],
  ];

  const text = textBlocks(greeting, intro, followUp, factsText(facts), `Åbn ordren:\n${data.orderUrl}`, `--\n${AUTOMATIC_FOOTER}`);
  const html = layout({
    title: subject,
    heading: "En kandidat er ansat",
    body: [paragraph(greeting), paragraph(intro), paragraph(followUp), factsHtml(facts), button(data.orderUrl, "Åbn ordren")].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
