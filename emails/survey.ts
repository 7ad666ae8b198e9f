// To the employer after an order is closed: a short satisfaction survey, and a reminder of it.
import { formatDeadline } from "../app/utils/format";
import { SURVEY_QUESTION_TEXTS } from "../app/schemas/survey";
import { composeMail, type Email } from "./layout";

export type SurveyMailData = {
  contactName: string;
  orderNumber: string;
  title: string;
  jobcentreName: string;
  surveyUrl: string;
  closesAt: Date;
};

/** The questions as the survey page asks them (one source, so the mail promises what the page asks). */
export const SURVEY_QUESTIONS = Object.values(SURVEY_QUESTION_TEXTS);

export function surveyMail(data: SurveyMailData): Email {
  return render(data, false);
}

export function surveyReminderMail(data: SurveyMailData): Email {
  return render(data, true);
}

function render(data: SurveyMailData, reminder: boolean): Email {
  const base = `Hvordan var samarbejdet med ${data.jobcentreName}?`;
  return composeMail({
    subject: reminder ? `Påmindelse: ${base}` : base,
    heading: reminder ? "Påmindelse: Hvordan var samarbejdet?" : "Hvordan var samarbejdet?",
    greeting: `Kære ${data.contactName}`,
    blocks: [
      reminder
        ? `For nylig bad vi jer om at svare på et kort spørgeskema om samarbejdet om jeres jobordre ${data.orderNumber} (${data.title}). Dette er en påmindelse. Vi vil meget gerne høre jeres mening.`
        : `Jeres jobordre ${data.orderNumber} (${data.title}) er afsluttet, og vi vil gerne høre, hvordan I har oplevet samarbejdet med ${data.jobcentreName}.`,
      { intro: "Der er fire korte spørgsmål, og det tager ca. 2 minutter at svare:", list: SURVEY_QUESTIONS },
      `Spørgeskemaet er åbent indtil ${formatDeadline(data.closesAt)}. Det er frivilligt at svare, og jeres svar hjælper os med at blive bedre.`,
      { textIntro: "Svar på spørgeskemaet her:", link: data.surveyUrl, label: "Svar på spørgeskemaet" },
      reminder && "Har I allerede svaret, så tak for det. I kan se bort fra denne mail.",
    ],
    signedBy: [data.jobcentreName],
  });
}
