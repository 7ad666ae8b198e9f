// To the regional recruitment service's mailbox: an order needs help from the whole region, either
// because no candidate was referred within the promise to the employer, or because the consultant
// shared it by hand before that. The order is now visible to the partner jobcentres.
import { formatDateTime, formatDeadline } from "../app/utils/format";
import { composeMail, type Email, type Fact } from "./layout";

export type RegionalRecruitmentMailData = {
  regionName: string;
  jobcentreName: string;
  orderNumber: string;
  title: string;
  companyName: string;
  positions: number;
  kindLabel: string;
  hoursPerWeek: string;
  workplace: string;
  requirements: string;
  receivedAt: Date;
  /** The referral promise that was missed; null when the consultant shared the order by hand before it. */
  referralDueAt: Date | null;
  assigneeName: string | null;
  orderUrl: string;
};

export function regionalRecruitmentMail(data: RegionalRecruitmentMailData): Email {
  const missed = data.referralDueAt !== null;
  const consultant = data.assigneeName ? `${data.assigneeName} fra ${data.jobcentreName}` : `En konsulent i ${data.jobcentreName}`;
  const facts: Fact[] = [
    ["Ordrenummer", data.orderNumber],
    ["Stilling", data.title],
    ["Virksomhed", data.companyName],
    ["Jobcenter", data.jobcentreName],
    ["Antal stillinger", String(data.positions)],
    ["Type job", data.kindLabel],
    ["Timer pr. uge", data.hoursPerWeek],
    ["Arbejdssted", data.workplace],
  ];
  if (data.requirements.trim()) facts.push(["Krav", data.requirements.trim()]);
  facts.push(["Modtaget", formatDateTime(data.receivedAt)]);
  if (data.referralDueAt) facts.push(["Frist for henvisning", formatDeadline(data.referralDueAt)]);
  facts.push(["Ansvarlig konsulent", data.assigneeName ?? "Ingen konsulent tildelt"]);
  return composeMail({
    subject: missed
      ? `Ingen kandidat inden for fristen: ${data.orderNumber} ${data.title} (${data.jobcentreName})`
      : `${data.jobcentreName} beder om hjælp: ${data.orderNumber} ${data.title}`,
    heading: missed ? "Jobordre til regional rekruttering" : "Et jobcenter beder om hjælp",
    blocks: [
      missed
        ? `${data.jobcentreName} har ikke henvist en kandidat til jobordre ${data.orderNumber} fra ${data.companyName} inden for den frist, virksomheden har fået lovet.`
        : `${consultant} har bedt om hjælp til at finde kandidater til jobordre ${data.orderNumber} fra ${data.companyName}.`,
      `Ordren er nu synlig for de samarbejdende jobcentre i portalen, og den regionale opgave ligger i jeres indbakke hos ${data.regionName}.`,
      { facts },
      `Søg efter kandidater i hele regionen. Virksomheden beholder sin kontaktperson i ${data.jobcentreName}, så aftal henvisninger med jobcentret.`,
      { textIntro: "Åbn ordren:", link: data.orderUrl, label: "Åbn ordren" },
    ],
  });
}
