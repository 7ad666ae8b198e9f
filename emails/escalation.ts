// To team leads (level 1) or managers (level 2) and the policy's extra addresses: the deadline has passed.
import { formatDateTime, formatDeadline } from "../app/utils/format";
import { composeMail, type Email } from "./layout";

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
  const teamLead = data.level === 1;
  return composeMail({
    subject: teamLead
      ? `Svarfrist overskredet: ${data.orderNumber} ${data.title}`
      : `Eskaleret til ledelsen: ${data.orderNumber} ${data.title} er stadig ubesvaret`,
    heading: teamLead ? "Svarfristen er overskredet" : "Jobordre eskaleret til ledelsen",
    blocks: [
      teamLead
        ? `Jobordre ${data.orderNumber} fra ${data.companyName} er ikke besvaret, og svarfristen er overskredet. Du får besked som teamleder i ${data.jobcentreName}.`
        : `Jobordre ${data.orderNumber} fra ${data.companyName} er stadig ikke besvaret, længe efter svarfristen. Du får besked som leder i ${data.jobcentreName}.`,
      {
        facts: [
          ["Ordrenummer", data.orderNumber],
          ["Stilling", data.title],
          ["Virksomhed", data.companyName],
          ["Modtaget", formatDateTime(data.receivedAt)],
          ["Svarfrist", formatDeadline(data.dueAt)],
          ["Ansvarlig", data.assigneeName ?? "Ingen konsulent tildelt"],
        ],
      },
      "Sørg for, at virksomheden får et svar med næste skridt, eller overdrag ordren til en konsulent, der kan svare nu.",
      { textIntro: "Åbn ordren:", link: data.orderUrl, label: "Åbn ordren" },
    ],
  });
}
