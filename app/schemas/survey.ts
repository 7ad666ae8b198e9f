// The satisfaction survey the employer answers after an order closes: Frederikssund's four questions.
// Shared by the browser and the server; the output is what the workflow gets (SurveyAnswers of
// workflows/job-order/definitions.ts); the limit comes from app/domain/job-order/limits.ts, which imports nothing, so the
// browser can share it.
import { z } from "zod";
import { NOTE_MAX_LENGTH } from "~/domain/job-order/limits";

export const SURVEY_COMMENT_MAX_LENGTH = NOTE_MAX_LENGTH;

export const SURVEY_SCORES = [1, 2, 3, 4, 5] as const;

export const SURVEY_SCORE_LABELS: Record<(typeof SURVEY_SCORES)[number], string> = {
  1: "Meget utilfreds",
  2: "Utilfreds",
  3: "Hverken tilfreds eller utilfreds",
  4: "Tilfreds",
  5: "Meget tilfreds",
};

export const SURVEY_QUESTION_TEXTS = {
  serviceScore: "Hvor tilfreds er I med servicen fra jobcentret?",
  communicationScore: "Hvor tilfreds er I med kommunikationen med jobcentret?",
  informedScore: "Hvor tilfreds er I med den information, I har fået om muligheder og rettigheder?",
  wouldRecommend: "Vil I anbefale jobcentrets rekrutteringsservice til jeres netværk?",
} as const;

export const SURVEY_MESSAGES = {
  serviceScoreRequired: "Vælg, hvor tilfreds I er med servicen fra jobcentret.",
  communicationScoreRequired: "Vælg, hvor tilfreds I er med kommunikationen med jobcentret.",
  informedScoreRequired: "Vælg, hvor tilfreds I er med informationen om muligheder og rettigheder.",
  wouldRecommendRequired: "Vælg, om I vil anbefale jobcentrets rekrutteringsservice.",
  commentTooLong: `Kommentaren må højst være ${SURVEY_COMMENT_MAX_LENGTH.toLocaleString("da-DK")} tegn.`,
} as const;

/** One of the five answers; conform turns the radio's "4" into 4, a plain object may hold either. */
function score(message: string) {
  return z.preprocess(
    (v) => (typeof v === "string" && /^\d$/.test(v.trim()) ? Number(v.trim()) : v),
    z.number({ required_error: message, invalid_type_error: message }).int(message).min(1, message).max(5, message),
  );
}

export const surveySchema = z
  .object({
    serviceScore: score(SURVEY_MESSAGES.serviceScoreRequired),
    communicationScore: score(SURVEY_MESSAGES.communicationScoreRequired),
    informedScore: score(SURVEY_MESSAGES.informedScoreRequired),
    wouldRecommend: z.enum(["ja", "nej"], { errorMap: () => ({ message: SURVEY_MESSAGES.wouldRecommendRequired }) }),
    comment: z.string().trim().max(SURVEY_COMMENT_MAX_LENGTH, SURVEY_MESSAGES.commentTooLong).optional(),
  })
  .transform((v) => ({
    serviceScore: v.serviceScore,
    communicationScore: v.communicationScore,
    informedScore: v.informedScore,
    wouldRecommend: v.wouldRecommend === "ja",
    comment: v.comment ? v.comment : null,
  }));

