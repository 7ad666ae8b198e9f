// To the consultant: the company hired a candidate from the order; a follow-up with the company is
// planned and waits in the task inbox.
import { formatDate } from "../app/utils/format";
import { composeMail, type Email } from "./layout";

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
  return composeMail({
    subject: `${data.companyName} har ansat ${data.jobseekerName}: ${data.orderNumber} ${data.title}`,
    heading: "En kandidat er ansat",
    greeting: `Hej ${data.recipientName}`,
    blocks: [
      `${data.companyName} har ansat ${data.jobseekerName} som ${data.title} fra den ${formatDate(data.startDate)} (jobordre ${data.orderNumber}).`,
      `Der er planlagt en opfølgning med virksomheden den ${formatDate(data.followUpAt)}, og opgaven ligger i din indbakke.`,
      {
        facts: [
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Virksomhed", data.companyName],
          ["Ansat", data.jobseekerName],
          ["Startdato", formatDate(data.startDate)],
          ["Opfølgning", formatDate(data.followUpAt)],
        ],
      },
      { textIntro: "Åbn ordren:", link: data.orderUrl, label: "Åbn ordren" },
    ],
  });
}
