// To the consultant who owns a company's step in a visit programme: its visit is due soon.
import { formatDate } from "../app/utils/format";
import { composeMail, type Email } from "./layout";

export type ProgrammeReminderMailData = {
  recipientName: string;
  programmeName: string;
  companyName: string;
  cvr: string;
  /** The first visit, or the follow-up after it. */
  step: "VISIT" | "FOLLOW_UP";
  dueAt: Date;
  firstVisitAt: Date | null;
  companyUrl: string;
  programmeUrl: string;
};

export function programmeReminderMail(data: ProgrammeReminderMailData): Email {
  const what = data.step === "VISIT" ? "et besøg" : "et opfølgende besøg";
  return composeMail({
    subject: `Besøgsprogram: ${data.companyName} skal have ${what} senest ${formatDate(data.dueAt)}`,
    heading: data.step === "VISIT" ? "Et besøg skal holdes" : "Et opfølgende besøg skal holdes",
    greeting: `Hej ${data.recipientName}`,
    blocks: [
      `${data.companyName} er med i "${data.programmeName}" og skal have ${what} senest ${formatDate(data.dueAt)}. ` +
        "Besøget tæller, når det er registreret som holdt.",
      {
        facts: [
          ["Virksomhed", `${data.companyName} (CVR ${data.cvr})`],
          ["Program", data.programmeName],
          ...(data.firstVisitAt ? ([["Første besøg", formatDate(data.firstVisitAt)]] as Array<[string, string]>) : []),
          ["Senest", formatDate(data.dueAt)],
        ],
      },
      "Planlæg besøget på virksomhedens side. Takker virksomheden nej, så registrér det på programmets side.",
      { textIntro: "Åbn virksomheden:", link: data.companyUrl, label: "Åbn virksomheden" },
      { textIntro: "Programmets fremdrift:", link: data.programmeUrl, label: "Se programmet" },
    ],
  });
}
