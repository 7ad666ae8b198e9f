// To the consultant: the jobseeker answered the consent request. Yes: the CV is now shared with the
// company. No: nothing was shared.
import { AUTOMATIC_FOOTER, button, factsHtml, factsText, layout, paragraph, textBlocks, type Email, type Fact } from "./layout";

export type ConsentAnsweredMailData = {
  recipientName: string;
  jobseekerName: string;
  answer: "YES" | "NO";
  orderNumber: string;
  title: string;
  companyName: string;
  orderUrl: string;
};

export function consentAnsweredMail(data: ConsentAnsweredMailData): Email {
  const yes = data.answer === "YES";
  const subject = yes
    ? `${data.jobseekerName} har sagt ja til henvisning: ${data.orderNumber} ${data.title}`
    : `${data.jobseekerName} har sagt nej til henvisning: ${data.orderNumber} ${data.title}`;
  const greeting = `Hej ${data.recipientName}`;
  const intro = yes
    ? `${data.jobseekerName} har sagt ja til at blive henvist til jobordre ${data.orderNumber} (${data.title}) hos ${data.companyName}. CV'et er nu delt med virksomheden.`
    : `${data.jobseekerName} har sagt nej til at blive henvist til jobordre ${data.orderNumber} (${data.title}) hos ${data.companyName}. Der er ikke delt noget med virksomheden.`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Virksomhed", data.companyName],
    ["Kandidat", data.jobseekerName],
    ["Svar", yes ? "Ja" : "Nej"],
  ];
  const todo = yes
    ? "Følg op, når virksomheden giver en tilbagemelding på kandidaten."
    : "Find eventuelt en anden kandidat til ordren.";

  const text = textBlocks(greeting, intro, factsText(facts), todo, `Åbn ordren:\n${data.orderUrl}`, `--\n${AUTOMATIC_FOOTER}`);
  const html = layout({
    title: subject,
    heading: yes ? "Ja til henvisning" : "Nej til henvisning",
    body: [paragraph(greeting), paragraph(intro), factsHtml(facts), paragraph(todo), button(data.orderUrl, "Åbn ordren")].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
