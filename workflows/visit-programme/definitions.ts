// Signals, queries, updates and refusal codes of the visit programme's workflows, shared by the workflows,
// the web app and tests. Only definitions live here: importing this from the web app pulls in no workflow code.
import type { EnrolmentStatus } from "@prisma/client";
import { defineQuery, defineSignal, defineUpdate } from "@temporalio/workflow";

export type { EnrolmentStatus };

export const VISIT_PROGRAMME_WORKFLOW = "visitProgrammeWorkflow";

/** The business id: one workflow per company and programme, ever. */
export function visitProgrammeWorkflowId(programmeId: string, companyId: string): string {
  return `visit-programme-${programmeId}-${companyId}`;
}

export type VisitProgrammeInput = { enrolmentId: string };

/** The step a company waits for: its first visit, then the follow-up after it. */
export type ProgrammeStep = "VISIT" | "FOLLOW_UP";

/** What the database holds of an enrolment; every activity that changes it answers with this. */
export type EnrolmentSnapshot = {
  status: EnrolmentStatus;
  /** ISO instants of the step being waited for; null once the enrolment is settled. */
  dueAt: string | null;
  remindAt: string | null;
};

export type ProgrammeWorkflowState = EnrolmentSnapshot & { enrolmentId: string; reminded: ProgrammeStep[] };

export const getProgrammeStateQuery = defineQuery<ProgrammeWorkflowState>("getProgrammeState");

/**
 * A visit to the company was recorded: the workflow looks in the database whether it keeps the step. A
 * lost signal costs nothing but time, as the workflow looks again when the step is due.
 */
export const visitRecordedSignal = defineSignal("visitRecorded");

export type DeclineVisitsInput = { byUserId: string };
export const declineVisitsUpdate = defineUpdate<EnrolmentSnapshot, [DeclineVisitsInput]>("declineVisits");

export const PROGRAMME_REFUSALS = {
  /** The company has had both visits, missed them, or said no already. */
  notOpen: "EnrolmentNotOpen",
  invalidRequest: "InvalidRequest",
  /** The person is not active staff of the enrolment's jobcentre. */
  actorNotAllowed: "ActorNotAllowed",
  unavailable: "Unavailable",
} as const;

export const NOT_OPEN_MESSAGE = "Virksomheden er ikke længere i gang med programmet.";

export type ProgrammeRefusalCode = (typeof PROGRAMME_REFUSALS)[keyof typeof PROGRAMME_REFUSALS];

export function isProgrammeRefusalCode(value: unknown): value is ProgrammeRefusalCode {
  return typeof value === "string" && (Object.values(PROGRAMME_REFUSALS) as string[]).includes(value);
}

/** The step an enrolment in `status` waits for, or null when it waits for nothing. */
export function stepOf(status: EnrolmentStatus): ProgrammeStep | null {
  if (status === "AWAITING_VISIT") return "VISIT";
  if (status === "AWAITING_FOLLOW_UP") return "FOLLOW_UP";
  return null;
}

// Enrolment: every hour, the companies that have come into a running programme get their place and workflow.
export const ENROL_PROGRAMMES_WORKFLOW = "enrolVisitProgrammesWorkflow";
export const ENROL_PROGRAMMES_SCHEDULE_ID = "enrol-visit-programmes";
/** The schedule passes nothing: every jobcentre. A run by hand (or a test) may name the jobcentres. */
export type EnrolProgrammesInput = { jobcentreIds?: string[] };
export type EnrolProgrammesResult = { enrolled: number; started: number };
