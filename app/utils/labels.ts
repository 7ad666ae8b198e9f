// Danish words for the enums of the schema, shared by the employer and staff pages. Imported in the
// browser too, so only string types here (no @prisma/client runtime).
import type { JobOrderEventKind, JobOrderStatus } from "@prisma/client";

export const JOB_ORDER_STATUS_LABELS: Record<JobOrderStatus, string> = {
  RECEIVED: "Modtaget",
  ASSIGNED: "Tildelt en konsulent",
  ANSWERED: "Besvaret",
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
  CLOSED: "Afsluttet",
};

export function jobOrderStatusLabel(status: JobOrderStatus): string {
  return JOB_ORDER_STATUS_LABELS[status] ?? status;
}

export function jobOrderEventLabel(kind: JobOrderEventKind): string {
  return JOB_ORDER_EVENT_LABELS[kind] ?? kind;
}
