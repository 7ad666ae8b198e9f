// A partnership agreement's rules (Frederikssund's partnerskabsaftaler): when it is in force, which periods
// may not overlap, and the fast track's answer promise. Intake, the agreement pages, the inbox and the
// schemas read this module; dates are Danish calendar dates written YYYY-MM-DD, instants are Dates.

export const AGREEMENT_LIMITS = {
  commitments: 20,
  commitment: 300,
  note: 2000,
  name: 200,
  email: 254,
  phone: 30,
  /** An agreement runs for at most five years; the plans make them for one or two. */
  years: 5,
} as const;

/** The part of an agreement its rules read. `endedOn`: the Danish date of endedAt, when ended early. */
export type AgreementPeriod = { startsOn: string; endsOn: string; endedAt: Date | null; endedOn: string | null };

export type AgreementStatus = "UPCOMING" | "IN_FORCE" | "ENDED";

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  UPCOMING: "Starter senere",
  IN_FORCE: "Gælder",
  ENDED: "Udløbet eller afsluttet",
};

/** The last day the agreement can be in force: its end, or the day it was ended early if sooner. */
export function lastDayOf(agreement: AgreementPeriod): string {
  return agreement.endedOn && agreement.endedOn < agreement.endsOn ? agreement.endedOn : agreement.endsOn;
}

/** Ended before it started: it was never in force and takes no period from another. */
function neverInForce(agreement: AgreementPeriod): boolean {
  return agreement.endedOn !== null && agreement.endedOn < agreement.startsOn;
}

/** In force at `at` (whose Danish date is `today`): within its period and not ended before that instant. */
export function isInForceAt(agreement: AgreementPeriod, at: Date, today: string): boolean {
  if (today < agreement.startsOn || today > agreement.endsOn) return false;
  return agreement.endedAt === null || at.getTime() < agreement.endedAt.getTime();
}

export function statusOf(agreement: AgreementPeriod, at: Date, today: string): AgreementStatus {
  if (isInForceAt(agreement, at, today)) return "IN_FORCE";
  if (agreement.endedAt === null && today < agreement.startsOn) return "UPCOMING";
  return "ENDED";
}

/** Of one company's agreements with a jobcentre (which never overlap), the one in force at `at`. */
export function agreementInForce<A extends AgreementPeriod>(agreements: readonly A[], at: Date, today: string): A | null {
  return agreements.find((a) => isInForceAt(a, at, today)) ?? null;
}

/**
 * Whether a new period would overlap an existing agreement: a company has one agreement with a jobcentre at a
 * time. An agreement ended early frees its days from the day after it was ended.
 */
export function overlapsExisting(period: { startsOn: string; endsOn: string }, existing: AgreementPeriod): boolean {
  if (neverInForce(existing)) return false;
  return period.startsOn <= lastDayOf(existing) && existing.startsOn <= period.endsOn;
}

/** Whether the agreement can still be ended early: it has not ended, and its last day is not behind us. */
export function canEnd(agreement: AgreementPeriod, today: string): boolean {
  return agreement.endedAt === null && agreement.endsOn >= today;
}

/** The answer promise of an order received under an agreement: the shorter of the policy's and the fast track's. */
export function promisedResponseHours(policyHours: number, fastTrackHours: number | null): number {
  return fastTrackHours === null ? policyHours : Math.min(policyHours, fastTrackHours);
}
