// To the assignee: the order is still unanswered and the deadline is getting close.
import { formatDeadline } from "../app/utils/format";
import { AUTOMATIC_FOOTER, button, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";

export type WarningMailData = {
  recipientName: string;
  orderNumber: string;
  title: string;
  companyName: string;
  dueAt: Date;
  /** The policy's warning threshold, e.g. 75 (% of the response time used). */
  warningAtPercent: number;
  orderUrl: string;
};

export function warningMail(data: WarningMailData): Email {
  const subject = `Svarfristen nærmer sig: ${data.orderNumber} ${data.title}`;
  const greeting = `Hej ${data.recipientName}`;
  const intro = `Jobordre ${data.orderNumber} fra ${data.companyName} er endnu ikke besvaret, og ${data.warningAtPercent} % af svarfristen er brugt.`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Virksomhed", data.companyName],
    ["Svarfrist", `senest ${formatDeadline(data.dueAt)}`],
  ];
  const todo = "Svar virksomheden nu, eller overdrag ordren til en kollega, hvis du ikke kan nå det. Når fristen er overskredet, får din teamleder besked.";

  const text = textBlocks(greeting, intro, factsText(facts), todo, `Åbn ordren:\n${data.orderUrl}`, `--\n${AUTOMATIC_FOOTER}`);
  const html = layout({
    title: subject,
    heading: "Svarfristen nærmer sig",
    body: [paragraph(greeting), paragraph(intro), factsHtml(facts), paragraph(todo), button(data.orderUrl, "Åbn ordren")].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
