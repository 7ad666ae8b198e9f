// Danish words for the enums of the schema, shared by the employer and staff pages. Imported in the
// browser too, so only string types here (no @prisma/client runtime).
import type { JobOrderEventKind, JobOrderOutcome, JobOrderStatus, ReferralStatus, TaskKind } from "@prisma/client";

export const JOB_ORDER_STATUS_LABELS: Record<JobOrderStatus, string> = {
  RECEIVED: "Modtaget",
  ASSIGNED: "Tildelt en konsulent",
  ANSWERED: "Besvaret – vi finder kandidater",
  CLOSED: "Afsluttet",
};

export const JOB_ORDER_EVENT_LABELS: Record<JobOrderEventKind, string> = {
  RECEIVED: "Modtaget",
  RECEIPT_SENT: "Kvittering sendt",
  ASSIGNED: "Tildelt",
  REASSIGNED: "Overdraget",
  WARNED: "Varsel om svarfrist",
  DEADLINE_BREACHED: "Svarfristen overskredet",
  ESCALATED_TEAM_LEAD: "Sendt videre til teamleder",
  ESCALATED_MANAGER: "Sendt videre til leder",
  ANSWERED: "Besvaret",
  SHARED_WITH_REGION: "Sendt til den regionale rekrutteringsservice",
  MEETING_OFFERED: "Mødetider tilbudt virksomheden",
  MEETING_BOOKED: "Møde aftalt",
  MEETING_HELD: "Møde holdt",
  FEEDBACK_REMINDED: "Virksomheden mindet om tilbagemelding",
  FOLLOW_UP_PLANNED: "Opfølgning planlagt",
  FOLLOW_UP_DONE: "Opfølgning holdt",
  CLOSED: "Afsluttet",
  OUTCOME_UPDATED: "Resultat opdateret efter afslutning",
  SURVEY_SENT: "Tilfredshedsundersøgelse sendt",
  SURVEY_REMINDED: "Påmindelse om tilfredshedsundersøgelse sendt",
  SURVEY_ANSWERED: "Tilfredshedsundersøgelse besvaret",
  SURVEY_EXPIRED: "Tilfredshedsundersøgelse lukket ubesvaret",
  CORRECTED: "Rettet af virksomheden",
};

export const JOB_ORDER_OUTCOME_LABELS: Record<JobOrderOutcome, string> = {
  FILLED: "Besat",
  PARTLY_FILLED: "Delvist besat",
  NOT_FILLED: "Ikke besat",
  CANCELLED: "Annulleret",
};

/** For staff: the referral's state in the consultant's words. */
export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, string> = {
  SHORTLISTED: "På kortlisten",
  CONSENT_REQUESTED: "Venter på samtykke",
  CONSENT_GIVEN: "Samtykke givet",
  CONSENT_DECLINED: "Sagde nej",
  CONSENT_EXPIRED: "Svarede ikke (tæller som nej)",
  SHARED: "Henvist – CV delt med virksomheden",
  INVITED: "Inviteret til samtale",
  HIRED: "Ansat",
  NOT_RELEVANT: "Ikke relevant for virksomheden",
  WITHDRAWN: "Trukket tilbage",
};

/** For the employer: only the states of shared candidates are ever shown. */
export const REFERRAL_STATUS_EMPLOYER_LABELS: Partial<Record<ReferralStatus, string>> = {
  SHARED: "Ny – venter på jeres tilbagemelding",
  INVITED: "Inviteret til samtale",
  HIRED: "Ansat",
  NOT_RELEVANT: "Ikke relevant",
  WITHDRAWN: "Trukket tilbage af jobcentret",
};

export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  ANSWER: "Svar virksomheden",
  SEARCH: "Find og henvis kandidater",
  CONSENT_FOLLOW_UP: "Følg op på samtykke",
  MEETING: "Hold møde med virksomheden",
  REGIONAL_RECRUITMENT: "Regional rekruttering",
  FOLLOW_UP: "Opfølgning hos virksomheden",
};

export function jobOrderStatusLabel(status: JobOrderStatus): string {
  return JOB_ORDER_STATUS_LABELS[status] ?? status;
}

export function jobOrderEventLabel(kind: JobOrderEventKind): string {
  return JOB_ORDER_EVENT_LABELS[kind] ?? kind;
}
