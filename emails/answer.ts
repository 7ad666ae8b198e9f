// To the employer: the consultant's real answer, who owns the order and what happens next.
import { AUTOMATIC_FOOTER, button, signInLinkNote, factsHtml, factsText, layout, paragraph, quote, textBlocks, type Email, type Fact } from "./layout";
import type { JobcentreContact } from "./receipt";

export type AnswerMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  answerText: string;
  answeredBy: { name: string; email: string };
  jobcentre: JobcentreContact;
  loginUrl: string;
  linkTtlHours: number;
};

export const ANSWER_NEXT_STEP =
  "Vi finder og vurderer kandidater til stillingen og kontakter jer, når vi har nogen at henvise. Ændrer behovet sig, så skriv eller ring til os.";

export function answerMail(data: AnswerMailData): Email {
  const subject = `Svar på jeres jobordre ${data.orderNumber}: ${data.title}`;
  const greeting = `Kære ${data.contactName}`;
  const intro = `${data.answeredBy.name} fra ${data.jobcentre.name} har svaret på jeres jobordre ${data.orderNumber} (${data.title}):`;
  const facts: Fact[] = [
    ["Jeres kontaktperson", `${data.answeredBy.name}, ${data.jobcentre.name}`],
    ["E-mail", data.answeredBy.email],
    ["Telefon", data.jobcentre.phone],
    ["Næste skridt", ANSWER_NEXT_STEP],
  ];
  const linkIntro = 'Se ordren og følg med under "Mine jobordrer":';
  const linkNote = signInLinkNote(data.linkTtlHours);

  const text = textBlocks(
    greeting,
    intro,
    data.answerText.replace(/\r\n?/g, "\n"),
    factsText(facts),
    `${linkIntro}\n${data.loginUrl}\n${linkNote}`,
    `Venlig hilsen\n${data.answeredBy.name}\n${data.jobcentre.name}`,
    `--\n${AUTOMATIC_FOOTER}`,
  );
  const html = layout({
    title: subject,
    heading: `Svar på jobordre ${data.orderNumber}`,
    body: [
      paragraph(greeting),
      paragraph(intro),
      quote(data.answerText),
      factsHtml(facts),
      paragraph(linkIntro),
      button(data.loginUrl, "Åbn Mine jobordrer"),
      paragraph(linkNote),
      paragraph(`Venlig hilsen\n${data.answeredBy.name}\n${data.jobcentre.name}`),
    ].join("\n"),
    footer: AUTOMATIC_FOOTER,
  });
  return { subject, text, html };
}
