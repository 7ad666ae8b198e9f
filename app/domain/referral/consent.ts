// The consent request's reply-by: how far ahead a consultant may set it. The form's schema offers days
// within it, and the workflow refuses a reply-by outside it. Browser-safe.
const HOUR_MS = 3_600_000;

/** At least an hour ahead: the jobseeker must have time to read the mail. */
export const CONSENT_REPLY_BY_MIN_MS = HOUR_MS;
/** At most this many days ahead: an employer does not wait longer for an answer. */
export const CONSENT_REPLY_BY_MAX_DAYS = 60;

/** Whether a reply-by instant (ms) lies within the window from `now` (ms). */
export function isConsentReplyByAllowed(replyBy: number, now: number): boolean {
  const ahead = replyBy - now;
  return Number.isFinite(replyBy) && ahead >= CONSENT_REPLY_BY_MIN_MS && ahead <= CONSENT_REPLY_BY_MAX_DAYS * 24 * HOUR_MS;
}

/** Whether the consent reply-by has passed: a link used after it is refused, no answer counts as no. */
export function isConsentReplyByPassed(replyBy: string | Date | null, now: number): boolean {
  if (replyBy === null) return false;
  return now > (typeof replyBy === "string" ? Date.parse(replyBy) : replyBy.getTime());
}
