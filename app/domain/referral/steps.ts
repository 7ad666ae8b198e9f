// Which step a referral may take from which status: the workflow's validators, the staff order page, the
// employer's page and the consent page all read this one table. Browser-safe.
import type { ReferralStatus } from "@prisma/client";

export type { ReferralStatus };

export const REFERRAL_STEPS = {
  /** Ask for consent: shortlisted, or asked before and said no or did not answer. */
  requestConsent: ["SHORTLISTED", "CONSENT_DECLINED", "CONSENT_EXPIRED"],
  /** The jobseeker's yes or no, by the link or told to a consultant. */
  recordConsent: ["CONSENT_REQUESTED"],
  /** The employer's feedback on a shared candidate: invited, hired or not relevant. */
  employerFeedback: ["SHARED", "INVITED"],
  /** A consultant takes the candidate back. */
  withdraw: ["SHORTLISTED", "CONSENT_REQUESTED", "SHARED", "INVITED"],
} as const satisfies Record<string, readonly ReferralStatus[]>;

export type ReferralStep = keyof typeof REFERRAL_STEPS;

export function referralAllows(step: ReferralStep, status: ReferralStatus): boolean {
  return (REFERRAL_STEPS[step] as readonly ReferralStatus[]).includes(status);
}

export const FEEDBACK_OUTCOMES = ["INVITED", "HIRED", "NOT_RELEVANT"] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

/** What the employer may still say of a candidate: an invited one is not invited again. */
export function feedbackOutcomesFor(status: ReferralStatus): FeedbackOutcome[] {
  if (!referralAllows("employerFeedback", status)) return [];
  return FEEDBACK_OUTCOMES.filter((o) => !(o === "INVITED" && status === "INVITED"));
}
