// To the employer: a new candidate for their order, shared with the jobseeker's consent.
// Only the minimal CV is sent; nothing about the jobseeker's benefits ever is (the data has none).
import { formatDeadline } from "../app/utils/format";
import type { MinimalCv } from "../app/utils/minimal-cv";
import { composeMail, signInLinkNote, type Email, type Fact } from "./layout";
import type { JobcentreContact } from "./receipt";

/** The minimal CV the jobseeker consented to share (app/utils/minimal-cv.ts), as it was shared. */
export type SharedCandidate = MinimalCv;

export type CandidateSharedMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  candidate: SharedCandidate;
  consultantName: string;
  jobcentre: JobcentreContact;
  feedbackDueAt: Date;
  loginUrl: string;
  linkTtlHours: number;
};

/** The minimal CV as facts; empty lists and missing values are left out. */
function candidateFacts(candidate: SharedCandidate): Fact[] {
  const facts: Fact[] = [["Navn", candidate.name]];
  const lists: Array<[string, string[]]> = [
    ["Stillinger", candidate.occupations],
    ["Kompetencer", candidate.skills],
    ["Certifikater", candidate.certificates],
    ["Kørekort", candidate.drivingLicences],
    ["Sprog", candidate.languages],
  ];
  for (const [label, items] of lists) {
    const values = items.map((i) => i.trim()).filter((i) => i.length > 0);
    if (values.length > 0) facts.push([label, values.join(", ")]);
  }
  facts.push(["Timer pr. uge", String(candidate.hoursPerWeek)]);
  if (candidate.town) facts.push(["By", candidate.town]);
  if (candidate.email) facts.push(["E-mail", candidate.email]);
  if (candidate.phone) facts.push(["Telefon", candidate.phone]);
  return facts;
}

export function candidateSharedMail(data: CandidateSharedMailData): Email {
  const summary = data.candidate.summary.trim();
  return composeMail({
    subject: `Ny kandidat til jeres jobordre ${data.orderNumber}: ${data.title}`,
    heading: "Ny kandidat til jeres jobordre",
    greeting: `Kære ${data.contactName}`,
    blocks: [
      `${data.consultantName} fra ${data.jobcentre.name} har fundet en kandidat til jeres jobordre ${data.orderNumber} (${data.title}). ` +
        "Kandidaten har givet samtykke til, at vi deler et kort CV med jer.",
      { facts: candidateFacts(data.candidate) },
      summary && { intro: "Kandidaten skriver om sig selv:", quote: summary },
      data.candidate.email || data.candidate.phone ? "I er velkomne til at kontakte kandidaten direkte." : null,
      `Giv os gerne en tilbagemelding under "Mine jobordrer" senest ${formatDeadline(data.feedbackDueAt)}: ` +
        "Er kandidaten inviteret til samtale, ansat, eller er kandidaten ikke relevant for jer? Jeres svar hjælper os med at finde de rette kandidater.",
      {
        intro: 'Se kandidaten og giv jeres tilbagemelding under "Mine jobordrer":',
        link: data.loginUrl,
        label: "Åbn Mine jobordrer",
        note: signInLinkNote(data.linkTtlHours),
      },
      `Har I spørgsmål, så kontakt ${data.consultantName} på telefon ${data.jobcentre.phone} eller ${data.jobcentre.email}.`,
    ],
    signedBy: [data.consultantName, data.jobcentre.name],
  });
}
