// The management schedules: the weekly digest (and, next, the quarterly committee report). The schedule id
// is also the prefix of each run's workflow id (Temporal appends the scheduled time).
export const MANAGEMENT_DIGEST_WORKFLOW = "managementDigestWorkflow";
export const MANAGEMENT_DIGEST_SCHEDULE_ID = "management-digest";

/** Every Monday at 07.00 in Copenhagen, about the week that ended. */
export const MANAGEMENT_DIGEST_CALENDAR = { dayOfWeek: "MONDAY", hour: 7, minute: 0 } as const;
export const MANAGEMENT_TIME_ZONE = "Europe/Copenhagen";

/**
 * The schedule passes nothing: all jobcentres, about the week before the run's start. A run by hand (or a
 * test) may name the jobcentres and the instant whose previous week it is about.
 */
export type ManagementDigestInput = { jobcentreIds?: string[]; at?: string };
export type ManagementDigestResult = { week: string; sent: number; alreadySent: number; inactive: number };
