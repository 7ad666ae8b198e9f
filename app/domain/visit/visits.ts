// Company visits: their kinds and outcomes, what staff plan themselves and what the job order workflow plans,
// and the limits of what a visit holds. Browser-safe: the forms, the schemas and the models share it.
import type { VisitKind, VisitOutcome } from "@prisma/client";

export const VISIT_KIND_LABELS: Record<VisitKind, string> = {
  OUTREACH: "Opsøgende besøg",
  FOLLOW_UP: "Opfølgende besøg",
  CAMPAIGN: "Kampagnebesøg",
  AFTER_HIRE: "Opfølgning efter ansættelse",
  RETENTION: "Fastholdelse og sygefravær",
};

export const VISIT_KINDS = Object.keys(VISIT_KIND_LABELS) as VisitKind[];

/** The kinds staff plan. The follow-up after a hire is planned by the order's workflow, with its task. */
export const PLANNABLE_VISIT_KINDS = ["OUTREACH", "FOLLOW_UP", "CAMPAIGN", "RETENTION"] as const satisfies readonly VisitKind[];
export type PlannableVisitKind = (typeof PLANNABLE_VISIT_KINDS)[number];

export const VISIT_OUTCOME_LABELS: Record<VisitOutcome, string> = {
  JOB_ORDER: "Virksomheden gav en jobordre",
  RECRUITMENT_LATER: "Behov for rekruttering senere",
  SCHEMES: "Interesse for ordninger (praktik, løntilskud, fleksjob, voksenlærling)",
  RETENTION_AGREED: "Aftale om fastholdelse af en medarbejder",
  NO_NEED: "Intet behov nu",
  NOT_HELD: "Besøget blev ikke til noget",
};
export const VISIT_OUTCOMES = Object.keys(VISIT_OUTCOME_LABELS) as VisitOutcome[];

export const VISIT_LIMITS = {
  minMinutes: 15,
  maxMinutes: 480,
  purpose: 1_000,
  note: 4_000,
  nextStep: 1_000,
  /** How far back a visit may be registered, and how far ahead planned (days). */
  daysBack: 366,
  daysAhead: 731,
} as const;

export type VisitState = "PLANNED" | "DONE" | "CANCELLED";

export const VISIT_STATE_LABELS: Record<VisitState, string> = { PLANNED: "Planlagt", DONE: "Holdt", CANCELLED: "Aflyst" };

export function visitState(visit: { doneAt: Date | string | null; cancelledAt: Date | string | null }): VisitState {
  if (visit.doneAt) return "DONE";
  if (visit.cancelledAt) return "CANCELLED";
  return "PLANNED";
}

/** A visit with a task of a job order is the order's: it is recorded by completing that task. */
export function isRecordedOnOrder(visit: { taskId: string | null }): boolean {
  return visit.taskId !== null;
}
