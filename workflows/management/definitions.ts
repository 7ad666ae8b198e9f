// The management workflows: the weekly digest and the committee report, on demand and after each quarter.
// A schedule's id is also the prefix of each run's workflow id (Temporal appends the scheduled time).
import type { PeriodChoice } from "../../app/domain/kpi/periods";

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

/** One committee report to print: a jobcentre, a period, and whether the schedule or a person asked. */
export type ReportRequest = { jobcentreId: string; choice: PeriodChoice; kind: "QUARTERLY" | "ON_DEMAND" };

export const COMMITTEE_REPORT_WORKFLOW = "committeeReportWorkflow";
export const QUARTERLY_REPORTS_WORKFLOW = "quarterlyCommitteeReportsWorkflow";
export const QUARTERLY_REPORTS_SCHEDULE_ID = "quarterly-committee-reports";

/**
 * Every morning of the first week of January, April, July and October at 07.00; the run on the quarter's
 * first working day makes the reports, the others find no quarter due and end.
 */
export const QUARTERLY_REPORTS_CALENDAR = {
  month: ["JANUARY", "APRIL", "JULY", "OCTOBER"],
  dayOfMonth: { start: 1, end: 7 },
  hour: 7,
  minute: 0,
} as const;

/** The business id of a report's run: a second request for the same report while one runs joins it. */
export function committeeReportWorkflowId(jobcentreId: string, from: string, to: string): string {
  return `committee-report-${jobcentreId}-${from}-${to}`;
}

export type QuarterlyReportsInput = { jobcentreIds?: string[]; at?: string };
export type QuarterlyReportsResult = { quarter: string | null; reports: number; mailed: number };
