// To team leads (level 1) or managers (level 2) and the policy's extra addresses: the deadline has passed.
import { formatDateTime, formatDeadline } from "../app/utils/format";
import { AUTOMATIC_FOOTER, button, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";

export type EscalationMailData = {
  level: 1 | 2;
  orderNumber: string;
  title: string;
  companyName: string;
  jobcentreName: string;
  receivedAt: Date;
  dueAt: Date;
  assigneeName: string | null;
  orderUrl: string;
};

export function escalationMail(data: EscalationMailData): Email {
  const subject =
    data.level === 1
      ? `Svarfrist overskredet: ${data.orderNumber} ${data.title}`
      : `Eskaleret til ledelsen: ${data.orderNumber} ${data.title} er stadig ubesvaret`;
  const intro =
    data.level === 1
      ? `Jobordre ${data.orderNumber} fra ${data.companyName} er ikke besvaret, og svarfristen er overskredet. Du får besked som teamleder i ${data.jobcentreName}.`
      : `Jobordre ${data.orderNumber} fra ${data.companyName} er stadig ikke besvaret, længe efter svarfristen. Du får besked som leder i ${data.jobcentreName}.`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Virksomhed", data.companyName],
    ["Modtaget", formatDateTime(data.receivedAt)],
    ["Svarfrist", formatDeadline(data.dueAt)],
    ["Ansvarlig", data.assigneeName ?? "Ingen konsulent tildelt"],
  ];
  const todo = "Sørg for, at virksomheden får et svar med næste skridt, eller overdrag ordren til en konsulent, der kan svare nu.";

  const text = textBlocks(intro, factsText(facts), todo, `Åbn ordren:\n${data.orderUrl}`, `--\n${AUTOMATIC_FOOTER}`);
  const html = layout({
    title: subject,
    heading: data.level === 1 ? "Svarfristen er overskredet" : "Jobordre eskaleret til ledelsen",
    body: [paragraph(intro), factsHtml(facts), paragraph(todo), button(data.orderUrl, "Åbn ordren")].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
