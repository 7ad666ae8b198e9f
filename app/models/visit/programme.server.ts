// The visit programmes of a jobcentre as the progress page shows them: each programme's companies covered,
// visited, followed up, due soon and overdue (counted in PostgreSQL), and the list of its companies. The
// enrolments are written by their workflows only (workflows/activities/visit-programme.ts); from here a
// recorded visit is signalled to them and a company's no is sent to its workflow as an update.
import { Prisma, type EnrolmentStatus, type PrismaClient } from "@prisma/client";
import { WorkflowNotFoundError, type Client } from "@temporalio/client";
import { applicationFailureOf } from "~/models/job-order/updates.server";
import { employeeBandLabel } from "~/domain/company/employees";
import { ENROLMENT_STATUS_LABELS, isOpenEnrolment, type EnrolmentView } from "~/domain/visit/programme";
import { instantSql } from "~/utils/sql.server";
import { programmeReminderAt } from "~/utils/deadlines";
import {
  declineVisitsUpdate,
  isProgrammeRefusalCode,
  NOT_OPEN_MESSAGE,
  PROGRAMME_REFUSALS,
  visitProgrammeWorkflowId,
  visitRecordedSignal,
  type ProgrammeRefusalCode,
} from "../../../workflows/visit-programme/definitions";

export const ENROLMENT_PAGE_SIZE = 50;

export type ProgrammeProgress = {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  employeesAbove: number;
  followUpWithinMonths: number;
  reminderDaysBefore: number;
  covered: number;
  visited: number;
  followedUp: number;
  awaiting: number;
  dueSoon: number;
  overdue: number;
  declined: number;
};

/** The due instant of an open enrolment's step, in SQL. */
const DUE_SQL = Prisma.sql`CASE e."status" WHEN 'AWAITING_VISIT' THEN e."firstVisitDueAt" WHEN 'AWAITING_FOLLOW_UP' THEN e."followUpDueAt" END`;
const OPEN_SQL = Prisma.sql`e."status" IN ('AWAITING_VISIT', 'AWAITING_FOLLOW_UP')`;

function viewSql(view: EnrolmentView, now: Date): Prisma.Sql {
  const at = instantSql(now);
  switch (view) {
    case "forfaldne":
      return Prisma.sql`(e."status" IN ('VISIT_MISSED', 'FOLLOW_UP_MISSED') OR (${OPEN_SQL} AND ${DUE_SQL} < ${at}))`;
    case "snart":
      return Prisma.sql`(${OPEN_SQL} AND ${DUE_SQL} >= ${at} AND ${DUE_SQL} < ${at} + make_interval(days => p."reminderDaysBefore"))`;
    case "afventer":
      return OPEN_SQL;
    case "fulgt-op":
      return Prisma.sql`e."status" = 'FOLLOWED_UP'`;
    case "takket-nej":
      return Prisma.sql`e."status" = 'DECLINED'`;
    case "alle":
      return Prisma.sql`TRUE`;
  }
}

export async function isJobcentreProgramme(prisma: PrismaClient, jobcentreId: string, programmeId: string): Promise<boolean> {
  return (await prisma.visitProgramme.count({ where: { id: programmeId, jobcentreId } })) === 1;
}

/** Every programme of the jobcentre with its figures, the newest first. */
export async function listProgrammeProgress(prisma: PrismaClient, jobcentreId: string, now = new Date()): Promise<ProgrammeProgress[]> {
  const rows = await prisma.$queryRaw<Array<Omit<ProgrammeProgress, "startsOn" | "endsOn"> & { startsOn: Date; endsOn: Date }>>`
    SELECT p."id", p."name", p."startsOn", p."endsOn", p."employeesAbove", p."followUpWithinMonths", p."reminderDaysBefore",
           count(e."id")::int AS "covered",
           count(e."id") FILTER (WHERE e."firstVisitAt" IS NOT NULL)::int AS "visited",
           count(e."id") FILTER (WHERE e."status" = 'FOLLOWED_UP')::int AS "followedUp",
           count(e."id") FILTER (WHERE ${viewSql("afventer", now)})::int AS "awaiting",
           count(e."id") FILTER (WHERE ${viewSql("snart", now)})::int AS "dueSoon",
           count(e."id") FILTER (WHERE ${viewSql("forfaldne", now)})::int AS "overdue",
           count(e."id") FILTER (WHERE e."status" = 'DECLINED')::int AS "declined"
    FROM "VisitProgramme" p
    LEFT JOIN "ProgrammeEnrolment" e ON e."programmeId" = p."id"
    WHERE p."jobcentreId" = ${jobcentreId}
    GROUP BY p."id"
    ORDER BY p."startsOn" DESC, p."name"`;
  return rows.map((r) => ({ ...r, startsOn: r.startsOn.toISOString().slice(0, 10), endsOn: r.endsOn.toISOString().slice(0, 10) }));
}

export type EnrolmentRow = {
  id: string;
  status: EnrolmentStatus;
  statusLabel: string;
  open: boolean;
  companyName: string;
  cvr: string;
  employees: string | null;
  keyAccountName: string | null;
  dueAt: string | null;
  remindFrom: string | null;
  firstVisitAt: string | null;
  followUpAt: string | null;
  settledAt: string | null;
};

/** One page of a programme's companies in a view: what is due first, then by name. */
export async function listEnrolments(
  prisma: PrismaClient,
  input: { jobcentreId: string; programmeId: string; view: EnrolmentView; page: number; now?: Date },
): Promise<{ rows: EnrolmentRow[]; total: number; page: number; pages: number; first: number }> {
  const now = input.now ?? new Date();
  const where = Prisma.sql`e."programmeId" = ${input.programmeId} AND e."jobcentreId" = ${input.jobcentreId} AND ${viewSql(input.view, now)}`;
  const [{ total }] = await prisma.$queryRaw<[{ total: number }]>`
    SELECT count(*)::int AS total FROM "ProgrammeEnrolment" e JOIN "VisitProgramme" p ON p."id" = e."programmeId" WHERE ${where}`;
  const pages = Math.max(1, Math.ceil(total / ENROLMENT_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page), pages);
  const offset = (page - 1) * ENROLMENT_PAGE_SIZE;
  const rows = await prisma.$queryRaw<
    Array<{
      id: string;
      status: EnrolmentStatus;
      companyName: string;
      cvr: string;
      employeeBand: Parameters<typeof employeeBandLabel>[0] | null;
      keyAccountName: string | null;
      dueAt: Date | null;
      reminderDaysBefore: number;
      firstVisitAt: Date | null;
      followUpAt: Date | null;
      settledAt: Date | null;
    }>
  >`
    SELECT e."id", e."status", c."name" AS "companyName", c."cvr", c."employeeBand", u."name" AS "keyAccountName",
           ${DUE_SQL} AS "dueAt", p."reminderDaysBefore", e."firstVisitAt", e."followUpAt",
           COALESCE(e."missedAt", e."declinedAt") AS "settledAt"
    FROM "ProgrammeEnrolment" e
    JOIN "VisitProgramme" p ON p."id" = e."programmeId"
    JOIN "Company" c ON c."id" = e."companyId"
    LEFT JOIN "CompanyRelationship" r ON r."companyId" = e."companyId" AND r."jobcentreId" = e."jobcentreId"
    LEFT JOIN "User" u ON u."id" = r."keyAccountConsultantId"
    WHERE ${where}
    ORDER BY ${DUE_SQL} ASC NULLS LAST, c."name", e."id"
    LIMIT ${ENROLMENT_PAGE_SIZE} OFFSET ${offset}`;
  return {
    total,
    page,
    pages,
    first: total === 0 ? 0 : offset + 1,
    rows: rows.map((r) => ({
      id: r.id,
      status: r.status,
      statusLabel: ENROLMENT_STATUS_LABELS[r.status],
      open: isOpenEnrolment(r.status),
      companyName: r.companyName,
      cvr: r.cvr,
      employees: r.employeeBand ? employeeBandLabel(r.employeeBand) : null,
      keyAccountName: r.keyAccountName,
      dueAt: r.dueAt?.toISOString() ?? null,
      remindFrom: r.dueAt ? programmeReminderAt(r.dueAt, r.reminderDaysBefore).toISOString() : null,
      firstVisitAt: r.firstVisitAt?.toISOString() ?? null,
      followUpAt: r.followUpAt?.toISOString() ?? null,
      settledAt: r.settledAt?.toISOString() ?? null,
    })),
  };
}

/**
 * Tells the workflows of the company's open programme places that a visit was recorded. Best effort: a
 * workflow that misses the signal reads the visit when its step is due.
 */
export async function notifyProgrammesOfVisit(prisma: PrismaClient, client: () => Promise<Client>, visit: { jobcentreId: string; companyId: string }): Promise<void> {
  const open = await prisma.programmeEnrolment.findMany({
    where: { jobcentreId: visit.jobcentreId, companyId: visit.companyId, status: { in: ["AWAITING_VISIT", "AWAITING_FOLLOW_UP"] }, workflowStartedAt: { not: null } },
    select: { programmeId: true, companyId: true },
  });
  if (open.length === 0) return;
  try {
    const temporal = await client();
    await Promise.all(open.map((e) => temporal.workflow.getHandle(visitProgrammeWorkflowId(e.programmeId, e.companyId)).signal(visitRecordedSignal)));
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) console.error("[visit-programme] a recorded visit could not be signalled; its step is read when due:", error);
  }
}

export type DeclineOutcome = { ok: true } | { ok: false; code: ProgrammeRefusalCode | "notFound" | "notStarted" | "notReached"; message: string };

export const DECLINE_MESSAGES = {
  notFound: "Virksomheden er ikke med i programmet.",
  notStarted: "Virksomhedens forløb i programmet er ikke startet endnu. Prøv igen om lidt.",
  notReached: "Nejet kunne ikke gemmes lige nu. Prøv igen om lidt.",
} as const;

const UPDATE_TIMEOUT_MS = 20_000;

/** The company said no thanks to the programme's visits: the workflow records it, or says why not. */
export async function declineProgrammeVisits(
  prisma: PrismaClient,
  client: () => Promise<Client>,
  input: { jobcentreId: string; enrolmentId: string; byUserId: string; updateId: string },
): Promise<DeclineOutcome> {
  const enrolment = await prisma.programmeEnrolment.findFirst({
    where: { id: input.enrolmentId, jobcentreId: input.jobcentreId },
    select: { programmeId: true, companyId: true, status: true, workflowStartedAt: true },
  });
  if (!enrolment) return { ok: false, code: "notFound", message: DECLINE_MESSAGES.notFound };
  if (!isOpenEnrolment(enrolment.status)) return { ok: false, code: PROGRAMME_REFUSALS.notOpen, message: NOT_OPEN_MESSAGE };
  if (!enrolment.workflowStartedAt) return { ok: false, code: "notStarted", message: DECLINE_MESSAGES.notStarted };
  try {
    const temporal = await client();
    const handle = temporal.workflow.getHandle(visitProgrammeWorkflowId(enrolment.programmeId, enrolment.companyId));
    await temporal.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () => handle.executeUpdate(declineVisitsUpdate, { args: [{ byUserId: input.byUserId }], updateId: input.updateId }));
    return { ok: true };
  } catch (error) {
    const failure = applicationFailureOf(error);
    if (failure && isProgrammeRefusalCode(failure.type) && failure.message) return { ok: false, code: failure.type, message: failure.message };
    if (error instanceof WorkflowNotFoundError) return { ok: false, code: "notStarted", message: DECLINE_MESSAGES.notStarted };
    console.error(`[visit-programme] decline of enrolment ${input.enrolmentId} failed:`, error);
    return { ok: false, code: "notReached", message: DECLINE_MESSAGES.notReached };
  }
}
