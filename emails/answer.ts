// To the employer: the consultant's real answer, who owns the order and what happens next.
import { composeMail, signInLinkNote, type Email, type Fact } from "./layout";
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
  const facts: Fact[] = [
    ["Jeres kontaktperson", `${data.answeredBy.name}, ${data.jobcentre.name}`],
    ["E-mail", data.answeredBy.email],
    ["Telefon", data.jobcentre.phone],
    ["Næste skridt", ANSWER_NEXT_STEP],
  ];
  return composeMail({
    subject: `Svar på jeres jobordre ${data.orderNumber}: ${data.title}`,
    heading: `Svar på jobordre ${data.orderNumber}`,
    greeting: `Kære ${data.contactName}`,
    blocks: [
      `${data.answeredBy.name} fra ${data.jobcentre.name} har svaret på jeres jobordre ${data.orderNumber} (${data.title}):`,
      { quote: data.answerText },
      { facts },
      {
        intro: 'Se ordren og følg med under "Mine jobordrer":',
        link: data.loginUrl,
        label: "Åbn Mine jobordrer",
        note: signInLinkNote(data.linkTtlHours),
      },
    ],
    signedBy: [data.answeredBy.name, data.jobcentre.name],
  });
}
