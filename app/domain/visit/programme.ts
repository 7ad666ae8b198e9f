// A visit programme's promise (Frederikssund: every company with more than 3 employees is offered a visit
// and a follow-up visit): who is in it, when each visit is due, which visits keep it, and what each
// enrolment's state is called. The activities, the progress page and the figures read this module; the
// instants each step is due come from app/utils/deadlines.ts.
import type { EmployeeBand, EnrolmentStatus } from "@prisma/client";
import { bandIsAbove } from "../company/employees";

export type { EnrolmentStatus };

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  AWAITING_VISIT: "Venter på første besøg",
  AWAITING_FOLLOW_UP: "Venter på opfølgende besøg",
  FOLLOWED_UP: "Besøgt og fulgt op",
  VISIT_MISSED: "Ikke besøgt i perioden",
  FOLLOW_UP_MISSED: "Opfølgning ikke nået",
  DECLINED: "Takkede nej",
};

export const ENROLMENT_STATUSES = Object.keys(ENROLMENT_STATUS_LABELS) as EnrolmentStatus[];

/** The states in which a visit is still due: the workflow waits, and the company may decline. */
export const OPEN_ENROLMENT_STATUSES = ["AWAITING_VISIT", "AWAITING_FOLLOW_UP"] as const satisfies readonly EnrolmentStatus[];

export function isOpenEnrolment(status: EnrolmentStatus): boolean {
  return (OPEN_ENROLMENT_STATUSES as readonly EnrolmentStatus[]).includes(status);
}

/** A company is in the programme when its whole employee band is above the threshold; no band, no place. */
export function isInProgramme(band: EmployeeBand | null, employeesAbove: number): boolean {
  return band !== null && bandIsAbove(band, employeesAbove);
}

/** The lists of the progress page: what is still due, what is late, what is settled. */
export const ENROLMENT_VIEWS = ["forfaldne", "snart", "afventer", "fulgt-op", "takket-nej", "alle"] as const;
export type EnrolmentView = (typeof ENROLMENT_VIEWS)[number];

export const ENROLMENT_VIEW_LABELS: Record<EnrolmentView, string> = {
  forfaldne: "Overskredne",
  snart: "Skal besøges snart",
  afventer: "Venter på et besøg",
  "fulgt-op": "Besøgt og fulgt op",
  "takket-nej": "Takkede nej",
  alle: "Alle",
};
