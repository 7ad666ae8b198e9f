// To the assignee: the order is still unanswered and the deadline is getting close.
import { formatDeadline } from "../app/utils/format";
import { composeMail, type Email } from "./layout";

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
  return composeMail({
    subject: `Svarfristen nærmer sig: ${data.orderNumber} ${data.title}`,
    heading: "Svarfristen nærmer sig",
    greeting: `Hej ${data.recipientName}`,
    blocks: [
      `Jobordre ${data.orderNumber} fra ${data.companyName} er endnu ikke besvaret, og ${data.warningAtPercent} % af svarfristen er brugt.`,
      {
        facts: [
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Virksomhed", data.companyName],
          ["Svarfrist", `senest ${formatDeadline(data.dueAt)}`],
        ],
      },
      "Svar virksomheden nu, eller overdrag ordren til en kollega, hvis du ikke kan nå det. Når fristen er overskredet, får din teamleder besked.",
      { textIntro: "Åbn ordren:", link: data.orderUrl, label: "Åbn ordren" },
    ],
  });
}
