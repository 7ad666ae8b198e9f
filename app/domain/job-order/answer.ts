// What an answer is (../shared/domain.md): a real reply that states the next step and who owns the order.
// The answer form asks for them by its form (a next step from the jobcentre's list, who, by when) beside
// the consultant's own words, and this composes the text the employer gets: the browser shows it as the
// preview, the server sends exactly it. Pure, no imports.

/** Days ahead the next step may be promised for: a step further off is no answer to a new order. */
export const NEXT_STEP_MAX_DAYS = 60;

export type AnswerParts = {
  nextStep: string;
  ownerName: string;
  /** The date of the next step in words ("mandag 7. december 2026"). */
  byDateText: string;
  /** The consultant's own words; may be empty. */
  message: string;
};

/** The answer as the employer reads it, in the mail and under Mine jobordrer. */
export function composeAnswer(parts: AnswerParts): string {
  const step = parts.nextStep.trim().replace(/[.!]+$/, "");
  const lines = [`Næste skridt: ${step} – senest ${parts.byDateText}.`, `Jobordren har: ${parts.ownerName.trim()}.`];
  const message = parts.message.trim();
  if (message) lines.push("", message);
  return lines.join("\n");
}
