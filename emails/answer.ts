// To the employer: the consultant's real answer, which states the next step, who owns the order and by when
// (composeAnswer), with the owner's contact details.
import { composeMail, signInLinkNote, type Email, type Fact } from "./layout";
import type { JobcentreContact } from "./receipt";

export type AnswerMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  answerText: string;
  answeredBy: { name: string; email: string };
  /** Who has the order now: the one the answer names (it may have been handed over with the answer). */
  owner: { name: string; email: string };
  jobcentre: JobcentreContact;
  loginUrl: string;
  linkTtlHours: number;
};

export function answerMail(data: AnswerMailData): Email {
  const facts: Fact[] = [
    ["Jeres kontaktperson", `${data.owner.name}, ${data.jobcentre.name}`],
    ["E-mail", data.owner.email],
    ["Telefon", data.jobcentre.phone],
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
