// To a jobcentre's managers after each quarter: the committee report as a PDF, ready for the committee.
import { composeMail, type Email } from "./layout";

export type CommitteeReportMailData = { recipientName: string; jobcentreName: string; periodText: string; reportUrl: string };

export function committeeReportMail(d: CommitteeReportMailData): Email {
  return composeMail({
    subject: `Udvalgsrapport for ${d.periodText}: ${d.jobcentreName}`,
    heading: `Udvalgsrapport for ${d.periodText}`,
    greeting: `Hej ${d.recipientName}`,
    blocks: [
      `Rapporten om beskæftigelsesplanens mål for virksomhedsservice i ${d.jobcentreName} for ${d.periodText} er vedhæftet som PDF, klar til det politiske udvalg. Den har én side pr. mål med planens ordlyd, målsætningen, resultatet og tallene bag.`,
      { textIntro: "Se rapporten i portalen eller lav den for en anden periode:", link: d.reportUrl, label: "Åbn rapporten i portalen" },
    ],
  });
}
