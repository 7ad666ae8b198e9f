// Company visits as consultants plan and record them: on the company page, on the visit's own page and in
// each consultant's week. A visit belongs to the jobcentre that made it: another jobcentre finds it no more
// than it finds the jobcentre's orders. The follow-up after a hire is the job order workflow's (its task);
// it shows here like any other visit, and is recorded by completing its task on the order.
import type { Prisma, PrismaClient } from "@prisma/client";
import { ORDER_OWNER_ROLES } from "~/domain/staff-roles";
import { isRecordedOnOrder, VISIT_KIND_LABELS, VISIT_OUTCOME_LABELS, VISIT_STATE_LABELS, visitState } from "~/domain/visit/visits";
import { formatAddress } from "~/domain/company/stated";
import { isChosenFor } from "~/models/campaign/campaigns.server";
import type { PlanVisitInput, RecordVisitInput } from "~/schemas/visit";
import { atLocalTime, localDateOf } from "~/utils/deadlines";
import { formatCalendarDate, formatDateTime, localTimeOf } from "~/utils/format";
import { datesOfWeek, mondayOfIsoWeek } from "~/utils/iso-week";
import { addCalendarDays } from "~/utils/local-date";

export type VisitWriteFailure = "NOT_FOUND" | "STALE" | "UNKNOWN_CONSULTANT" | "UNKNOWN_UNIT" | "UNKNOWN_CAMPAIGN" | "RECORDED_ON_ORDER" | "NOT_PLANNED" | "NEXT_BEFORE_VISIT";
export type VisitWriteResult = { ok: true; visitId: string; companyId: string } | { ok: false; code: VisitWriteFailure; message: string };

export const VISIT_WRITE_MESSAGES: Record<VisitWriteFailure, string> = {
  NOT_FOUND: "Besøget findes ikke hos jobcentret.",
  STALE: "En kollega har ændret besøget, siden du åbnede siden. Se de nye oplysninger, og prøv igen.",
  UNKNOWN_CONSULTANT: "Vælg en aktiv konsulent eller teamleder i jobcentret til besøget.",
  UNKNOWN_UNIT: "Vælg en af virksomhedens produktionsenheder, eller virksomhedens egen adresse.",
  UNKNOWN_CAMPAIGN: "Virksomheden er ikke med i den kampagne hos jobcentret. Vælg en af dens kampagner, eller ingen.",
  RECORDED_ON_ORDER: "Opfølgningen efter en ansættelse registreres på jobordren, når opgaven gøres færdig.",
  NOT_PLANNED: "Besøget er allerede registreret eller aflyst.",
  NEXT_BEFORE_VISIT: "Det næste besøg skal ligge efter dette besøg.",
};

export const VISIT_STATUS_OF: Record<VisitWriteFailure, number> = {
  NOT_FOUND: 404,
  STALE: 409,
  UNKNOWN_CONSULTANT: 400,
  UNKNOWN_UNIT: 400,
  UNKNOWN_CAMPAIGN: 400,
  RECORDED_ON_ORDER: 409,
  NOT_PLANNED: 409,
  NEXT_BEFORE_VISIT: 400,
};

function failure(code: VisitWriteFailure): VisitWriteResult {
  return { ok: false, code, message: VISIT_WRITE_MESSAGES[code] };
}

/** A visit id as it may stand in a path. */
export function isVisitId(value: string | undefined): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Who can make visits: the jobcentre's active consultants and team leads. */
export function listVisitConsultants(prisma: PrismaClient, jobcentreId: string) {
  return prisma.user.findMany({
    where: { jobcentreId, active: true, role: { in: [...ORDER_OWNER_ROLES] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

async function isVisitConsultant(prisma: PrismaClient | Prisma.TransactionClient, jobcentreId: string, userId: string): Promise<boolean> {
  const user = await prisma.user.findFirst({ where: { id: userId, jobcentreId, active: true, role: { in: [...ORDER_OWNER_ROLES] } }, select: { id: true } });
  return user !== null;
}

/** Plans a visit to a company the jobcentre has a relationship with. */
export async function planVisit(
  prisma: PrismaClient,
  input: { jobcentreId: string; cvr: string; byUserId: string; visit: PlanVisitInput },
): Promise<VisitWriteResult> {
  const relationship = await prisma.companyRelationship.findFirst({
    where: { jobcentreId: input.jobcentreId, company: { cvr: input.cvr } },
    select: { companyId: true },
  });
  if (!relationship) return failure("NOT_FOUND");
  const { visit } = input;
  if (!(await isVisitConsultant(prisma, input.jobcentreId, visit.consultantId))) return failure("UNKNOWN_CONSULTANT");
  if (visit.pNumber) {
    const unit = await prisma.productionUnit.findFirst({ where: { pNumber: visit.pNumber, companyId: relationship.companyId }, select: { pNumber: true } });
    if (!unit) return failure("UNKNOWN_UNIT");
  }
  if (visit.campaignId && !(await isChosenFor(prisma, { jobcentreId: input.jobcentreId, campaignId: visit.campaignId, companyId: relationship.companyId }))) return failure("UNKNOWN_CAMPAIGN");
  const created = await prisma.companyVisit.create({
    data: {
      companyId: relationship.companyId,
      jobcentreId: input.jobcentreId,
      kind: visit.kind,
      consultantId: visit.consultantId,
      plannedFor: atLocalTime(visit.date, visit.time),
      durationMinutes: visit.durationMinutes,
      pNumber: visit.pNumber,
      purpose: visit.purpose,
      campaignId: visit.campaignId,
      createdById: input.byUserId,
    },
    select: { id: true },
  });
  return { ok: true, visitId: created.id, companyId: relationship.companyId };
}

/**
 * Records what a planned visit came to. A next visit date plans the follow-up visit at once, by the same
 * consultant at the same place, with the next step as its purpose. `version` is the visit's updatedAt when
 * the form was shown: a colleague's change in between is not overwritten.
 */
export async function recordVisit(
  prisma: PrismaClient,
  input: { jobcentreId: string; visitId: string; byUserId: string; visit: RecordVisitInput; now?: Date },
): Promise<VisitWriteResult> {
  const now = input.now ?? new Date();
  const existing = await prisma.companyVisit.findFirst({ where: { id: input.visitId, jobcentreId: input.jobcentreId } });
  if (!existing) return failure("NOT_FOUND");
  if (isRecordedOnOrder(existing)) return failure("RECORDED_ON_ORDER");
  if (visitState(existing) !== "PLANNED") return failure("NOT_PLANNED");
  const { visit } = input;
  const nextAt = visit.nextVisitDate ? atLocalTime(visit.nextVisitDate, visit.nextVisitTime ?? localTimeOf(existing.plannedFor)) : null;
  if (nextAt && nextAt.getTime() <= existing.plannedFor.getTime()) return failure("NEXT_BEFORE_VISIT");
  const version = new Date(visit.version);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.companyVisit.updateMany({
      where: { id: existing.id, updatedAt: version, doneAt: null, cancelledAt: null },
      data: { doneAt: now, doneById: input.byUserId, outcome: visit.outcome, note: visit.note || null, nextStep: visit.nextStep },
    });
    if (count !== 1) return failure("STALE");
    if (nextAt) {
      // The consultant may have left meanwhile: the next visit is then the recorder's.
      const consultantId = existing.consultantId && (await isVisitConsultant(tx, input.jobcentreId, existing.consultantId)) ? existing.consultantId : input.byUserId;
      await tx.companyVisit.create({
        data: {
          companyId: existing.companyId,
          jobcentreId: existing.jobcentreId,
          kind: "FOLLOW_UP",
          previousVisitId: existing.id,
          consultantId,
          plannedFor: nextAt,
          durationMinutes: existing.durationMinutes,
          pNumber: existing.pNumber,
          purpose: visit.nextStep,
          createdById: input.byUserId,
        },
      });
    }
    return { ok: true as const, visitId: existing.id, companyId: existing.companyId };
  });
}

/** Cancels a planned visit; it stays on the page and in the calendar feed as cancelled. */
export async function cancelVisit(prisma: PrismaClient, input: { jobcentreId: string; visitId: string; version: string; now?: Date }): Promise<VisitWriteResult> {
  const existing = await prisma.companyVisit.findFirst({ where: { id: input.visitId, jobcentreId: input.jobcentreId } });
  if (!existing) return failure("NOT_FOUND");
  if (isRecordedOnOrder(existing)) return failure("RECORDED_ON_ORDER");
  if (visitState(existing) !== "PLANNED") return failure("NOT_PLANNED");
  const { count } = await prisma.companyVisit.updateMany({
    where: { id: existing.id, updatedAt: new Date(input.version), doneAt: null, cancelledAt: null },
    data: { cancelledAt: input.now ?? new Date() },
  });
  return count === 1 ? { ok: true, visitId: existing.id, companyId: existing.companyId } : failure("STALE");
}

const VISIT_SELECT = {
  id: true,
  kind: true,
  plannedFor: true,
  durationMinutes: true,
  pNumber: true,
  purpose: true,
  doneAt: true,
  outcome: true,
  note: true,
  nextStep: true,
  cancelledAt: true,
  taskId: true,
  updatedAt: true,
  company: { select: { cvr: true, name: true, address: true, postcode: true, city: true, productionUnits: { select: { pNumber: true, name: true, address: true, postcode: true, city: true } } } },
  consultant: { select: { id: true, name: true } },
  doneBy: { select: { name: true } },
  order: { select: { number: true, title: true } },
  jobcentreId: true,
  ordersTaken: { select: { number: true, title: true, jobcentreId: true }, orderBy: { receivedAt: "asc" } },
  previousVisit: { select: { id: true, plannedFor: true, kind: true } },
  nextVisit: { select: { id: true, plannedFor: true, kind: true } },
} satisfies Prisma.CompanyVisitSelect;

type VisitRow = Prisma.CompanyVisitGetPayload<{ select: typeof VISIT_SELECT }>;

type Addressed = { address: string; postcode: string; city: string | null };

/** Where the visit is: the chosen production unit's name and address, else the company's address. */
export function placeOf(visit: { pNumber: string | null; company: Addressed & { productionUnits: Array<Addressed & { pNumber: string; name: string }> } }): string {
  const unit = visit.pNumber ? visit.company.productionUnits.find((u) => u.pNumber === visit.pNumber) : undefined;
  return unit ? `${unit.name}, ${formatAddress(unit)}` : formatAddress(visit.company);
}

function visitView(row: VisitRow) {
  const state = visitState(row);
  const endsAt = new Date(row.plannedFor.getTime() + row.durationMinutes * 60_000);
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: VISIT_KIND_LABELS[row.kind],
    state,
    stateLabel: VISIT_STATE_LABELS[state],
    date: localDateOf(row.plannedFor),
    startsAt: row.plannedFor.toISOString(),
    start: localTimeOf(row.plannedFor),
    end: localTimeOf(endsAt),
    when: `${formatDateTime(row.plannedFor)}–${localTimeOf(endsAt)}`,
    durationMinutes: row.durationMinutes,
    place: placeOf(row),
    purpose: row.purpose,
    company: { cvr: row.company.cvr, name: row.company.name },
    consultant: row.consultant,
    outcome: row.outcome,
    outcomeLabel: row.outcome ? VISIT_OUTCOME_LABELS[row.outcome] : null,
    note: row.note,
    nextStep: row.nextStep,
    doneAt: row.doneAt ? formatDateTime(row.doneAt) : null,
    doneBy: row.doneBy?.name ?? null,
    cancelledAt: row.cancelledAt ? formatDateTime(row.cancelledAt) : null,
    order: row.order,
    // An order taken here for a workplace another jobcentre serves is that jobcentre's to show.
    ordersTaken: row.ordersTaken.filter((o) => o.jobcentreId === row.jobcentreId).map((o) => ({ number: o.number, title: o.title })),
    recordedOnOrder: isRecordedOnOrder(row),
    previousVisit: row.previousVisit ? { id: row.previousVisit.id, when: formatDateTime(row.previousVisit.plannedFor), kindLabel: VISIT_KIND_LABELS[row.previousVisit.kind] } : null,
    nextVisit: row.nextVisit ? { id: row.nextVisit.id, when: formatDateTime(row.nextVisit.plannedFor), kindLabel: VISIT_KIND_LABELS[row.nextVisit.kind] } : null,
    version: row.updatedAt.toISOString(),
  };
}
export type VisitView = ReturnType<typeof visitView>;

/** One visit of the jobcentre, or null (the page answers 404). */
export async function getVisit(prisma: PrismaClient, jobcentreId: string, visitId: string): Promise<VisitView | null> {
  const row = await prisma.companyVisit.findFirst({ where: { id: visitId, jobcentreId }, select: VISIT_SELECT });
  return row ? visitView(row) : null;
}

/** The company's visits with the jobcentre: the planned ones first (soonest first), then the latest held or cancelled. */
export async function listCompanyVisits(prisma: PrismaClient, jobcentreId: string, cvr: string) {
  const where = { jobcentreId, company: { cvr } };
  const [planned, past] = await Promise.all([
    prisma.companyVisit.findMany({ where: { ...where, doneAt: null, cancelledAt: null }, select: VISIT_SELECT, orderBy: { plannedFor: "asc" }, take: 50 }),
    prisma.companyVisit.findMany({ where: { ...where, OR: [{ doneAt: { not: null } }, { cancelledAt: { not: null } }] }, select: VISIT_SELECT, orderBy: { plannedFor: "desc" }, take: 20 }),
  ]);
  return { planned: planned.map(visitView), past: past.map(visitView) };
}

/** A consultant's visits in one ISO week, day by day (Monday to Sunday). */
export async function getWeek(prisma: PrismaClient, input: { jobcentreId: string; consultantId: string; week: string }) {
  const monday = mondayOfIsoWeek(input.week);
  if (!monday) throw new RangeError(`Not an ISO week: "${input.week}"`);
  const dates = datesOfWeek(monday);
  const rows = await prisma.companyVisit.findMany({
    where: {
      jobcentreId: input.jobcentreId,
      consultantId: input.consultantId,
      plannedFor: { gte: atLocalTime(monday, "00:00"), lt: atLocalTime(addCalendarDays(monday, 7), "00:00") },
    },
    select: VISIT_SELECT,
    orderBy: [{ plannedFor: "asc" }, { id: "asc" }],
  });
  const visits = rows.map(visitView);
  return {
    days: dates.map((date) => ({ date, label: formatCalendarDate(date), visits: visits.filter((v) => v.date === date) })),
    planned: visits.filter((v) => v.state === "PLANNED").length,
    done: visits.filter((v) => v.state === "DONE").length,
  };
}

