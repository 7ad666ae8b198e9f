// To the consultant: the jobseeker answered the consent request. Yes: the CV is now shared with the
// company. No: nothing was shared.
import { composeMail, type Email } from "./layout";

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
  return composeMail({
    subject: yes
      ? `${data.jobseekerName} har sagt ja til henvisning: ${data.orderNumber} ${data.title}`
      : `${data.jobseekerName} har sagt nej til henvisning: ${data.orderNumber} ${data.title}`,
    heading: yes ? "Ja til henvisning" : "Nej til henvisning",
    greeting: `Hej ${data.recipientName}`,
    blocks: [
      yes
        ? `${data.jobseekerName} har sagt ja til at blive henvist til jobordre ${data.orderNumber} (${data.title}) hos ${data.companyName}. CV'et er nu delt med virksomheden.`
        : `${data.jobseekerName} har sagt nej til at blive henvist til jobordre ${data.orderNumber} (${data.title}) hos ${data.companyName}. Der er ikke delt noget med virksomheden.`,
      {
        facts: [
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Virksomhed", data.companyName],
          ["Kandidat", data.jobseekerName],
          ["Svar", yes ? "Ja" : "Nej"],
        ],
      },
      yes ? "Følg op, når virksomheden giver en tilbagemelding på kandidaten." : "Find eventuelt en anden kandidat til ordren.",
      { textIntro: "Åbn ordren:", link: data.orderUrl, label: "Åbn ordren" },
    ],
  });
}
