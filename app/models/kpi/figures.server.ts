// The management figures, computed in PostgreSQL from the orders the workflows keep (their referral figures
// included: referredAt, hiredAt, hires; decision 012). Each number is a count of one ORDER_SETS predicate,
// and the drill-down lists the rows of the same predicate, so a number and its list cannot disagree.
//
// Definitions (docs/decisions/012-management-figures.md):
// - An order belongs to the period of its receipt (STAR: creation date), in Copenhagen time, and to the
//   jobcentre responsible for it now.
// - Answered on time: the workflow's verdict when it recorded the answer. Share on time = on time ÷
//   (answered + open past the deadline); closed unanswered orders and open ones within the deadline are left out.
// - Referred (formidlet): a candidate's CV was shared with the employer, even if withdrawn later.
// - Hired: a referred candidate was hired, whenever it was reported (after the close too).
import type { JobOrderKind, PrismaClient } from "@prisma/client";
import { Prisma } from "@prisma/client";
import { DateTime } from "luxon";
import type { Period } from "~/domain/kpi/periods";
import type { KindFilter, OrderSet } from "~/schemas/dashboard";
import { getPrisma } from "~/utils/db.server";
import { instantSql } from "~/utils/sql.server";

export const ZONE = "Europe/Copenhagen";

/** Whose orders: the jobcentres (one, or a region's) and, for a consultant's own view, the assignee. */
export type FigureScope = { jobcentreIds: string[]; assigneeId?: string | null };

/** [start, end) instants of a period's Copenhagen calendar days, daylight saving included. */
export function periodInstants(period: Period): { start: Date; end: Date } {
  const start = DateTime.fromISO(period.from, { zone: ZONE }).startOf("day");
  const end = DateTime.fromISO(period.to, { zone: ZONE }).plus({ days: 1 }).startOf("day");
  return { start: start.toJSDate(), end: end.toJSDate() };
}


const answered = Prisma.sql`o."answeredAt" IS NOT NULL`;
const onTime = Prisma.sql`coalesce(o."answeredOnTime", o."dueAt" IS NULL OR o."answeredAt" <= o."dueAt")`;
const closed = Prisma.sql`o."status" = 'CLOSED'`;
const awaiting = Prisma.sql`(o."answeredAt" IS NULL AND o."status" <> 'CLOSED')`;

/** The sets that are about now, not about the period: the orders waiting for an answer today. */
export const NOW_SETS: ReadonlySet<OrderSet> = new Set<OrderSet>(["awaitingAnswer", "overdueNow"]);

/** The predicate of each order set over `o` ("JobOrder"), as of `now`. */
export function orderSetSql(set: OrderSet, now: Date): Prisma.Sql {
  const past = Prisma.sql`(o."dueAt" IS NOT NULL AND o."dueAt" < ${instantSql(now)})`;
  switch (set) {
    case "received":
      return Prisma.sql`TRUE`;
    case "answered":
      return answered;
    case "answeredOnTime":
      return Prisma.sql`(${answered} AND ${onTime})`;
    case "answeredLate":
      return Prisma.sql`(${answered} AND NOT ${onTime})`;
    case "openOverdue":
    case "overdueNow":
      return Prisma.sql`(${awaiting} AND ${past})`;
    case "openWithinDeadline":
      return Prisma.sql`(${awaiting} AND NOT ${past})`;
    case "awaitingAnswer":
      return awaiting;
    case "closedUnanswered":
      return Prisma.sql`(o."answeredAt" IS NULL AND ${closed})`;
    case "referred":
      return Prisma.sql`o."referredAt" IS NOT NULL`;
    case "notReferred":
      return Prisma.sql`o."referredAt" IS NULL`;
    case "hired":
      return Prisma.sql`o."hires" > 0`;
    case "referredNotHired":
      return Prisma.sql`(o."referredAt" IS NOT NULL AND o."hires" = 0)`;
    case "ended":
      return Prisma.sql`(${closed} OR o."hires" > 0)`;
    case "endedWithoutHire":
      return Prisma.sql`(${closed} AND o."hires" = 0)`;
  }
}

/** The orders of a scope, a period (unless the set is about now) and a kind. */
export function orderScopeSql(input: { scope: FigureScope; period: Period | null; kind?: KindFilter; now: Date }): Prisma.Sql {
  const conditions = [Prisma.sql`o."jobcentreId" IN (${Prisma.join(input.scope.jobcentreIds)})`];
  if (input.scope.assigneeId) conditions.push(Prisma.sql`o."assigneeId" = ${input.scope.assigneeId}`);
  if (input.period) {
    const { start, end } = periodInstants(input.period);
    conditions.push(Prisma.sql`o."receivedAt" >= ${instantSql(start)} AND o."receivedAt" < ${instantSql(end)}`);
  }
  if (input.kind && input.kind !== "ALL") conditions.push(Prisma.sql`o."kind" = ${input.kind}::"JobOrderKind"`);
  return Prisma.join(conditions, " AND ");
}

const hoursToAnswer = Prisma.sql`greatest(0, extract(epoch FROM (o."answeredAt" - o."receivedAt")) / 3600)::float8`;

/** The counts of each set, and the answer times, for one group of orders. */
export type OrderFigures = {
  received: number;
  answered: number;
  answeredOnTime: number;
  answeredLate: number;
  openOverdue: number;
  openWithinDeadline: number;
  closedUnanswered: number;
  referred: number;
  hired: number;
  ended: number;
  positions: number;
  /** Hires counted up to the positions of each order: an order for two filled by three counts two. */
  positionsFilled: number;
  /** Candidates hired, all of them (the referral list behind "hired" shows each). */
  hires: number;
  medianHoursToAnswer: number | null;
  p90HoursToAnswer: number | null;
};

const FIGURE_COLUMNS = (now: Date) => Prisma.sql`
  count(*)::int AS "received",
  count(*) FILTER (WHERE ${orderSetSql("answered", now)})::int AS "answered",
  count(*) FILTER (WHERE ${orderSetSql("answeredOnTime", now)})::int AS "answeredOnTime",
  count(*) FILTER (WHERE ${orderSetSql("answeredLate", now)})::int AS "answeredLate",
  count(*) FILTER (WHERE ${orderSetSql("openOverdue", now)})::int AS "openOverdue",
  count(*) FILTER (WHERE ${orderSetSql("openWithinDeadline", now)})::int AS "openWithinDeadline",
  count(*) FILTER (WHERE ${orderSetSql("closedUnanswered", now)})::int AS "closedUnanswered",
  count(*) FILTER (WHERE ${orderSetSql("referred", now)})::int AS "referred",
  count(*) FILTER (WHERE ${orderSetSql("hired", now)})::int AS "hired",
  count(*) FILTER (WHERE ${orderSetSql("ended", now)})::int AS "ended",
  coalesce(sum(o."positions"), 0)::int AS "positions",
  coalesce(sum(least(o."hires", o."positions")), 0)::int AS "positionsFilled",
  coalesce(sum(o."hires"), 0)::int AS "hires",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hoursToAnswer}) FILTER (WHERE ${answered}) AS "medianHoursToAnswer",
  percentile_disc(0.9) WITHIN GROUP (ORDER BY ${hoursToAnswer}) FILTER (WHERE ${answered}) AS "p90HoursToAnswer"`;

export const EMPTY_FIGURES: OrderFigures = {
  received: 0,
  answered: 0,
  answeredOnTime: 0,
  answeredLate: 0,
  openOverdue: 0,
  openWithinDeadline: 0,
  closedUnanswered: 0,
  referred: 0,
  hired: 0,
  ended: 0,
  positions: 0,
  positionsFilled: 0,
  hires: 0,
  medianHoursToAnswer: null,
  p90HoursToAnswer: null,
};

type GroupedRow = OrderFigures & { grouping: number; kind: JobOrderKind | null; assigneeId: string | null; jobcentreId: string | null; answeredById: string | null };

export type OrderFigureBreakdown = {
  total: OrderFigures;
  byKind: Map<JobOrderKind, OrderFigures>;
  byAssignee: Map<string | null, OrderFigures>;
  byJobcentre: Map<string, OrderFigures>;
};

function figuresOf(row: GroupedRow): OrderFigures {
  const { grouping: _g, kind: _k, assigneeId: _a, jobcentreId: _j, answeredById: _b, ...figures } = row;
  return figures;
}

/**
 * The period's order figures in one pass: in total, by kind, by assignee and by jobcentre (GROUPING SETS,
 * so PostgreSQL reads the period's orders once).
 */
export async function orderFigures(
  scope: FigureScope,
  period: Period,
  now: Date,
  prisma: PrismaClient = getPrisma(),
  /** The breakdowns a view shows (each costs a sort): a jobcentre's by assignee, a region's by jobcentre. */
  breakdowns: { byAssignee: boolean; byJobcentre: boolean } = { byAssignee: true, byJobcentre: true },
): Promise<OrderFigureBreakdown> {
  const sets = [Prisma.sql`()`, Prisma.sql`(o."kind")`];
  if (breakdowns.byAssignee) sets.push(Prisma.sql`(o."assigneeId")`);
  if (breakdowns.byJobcentre) sets.push(Prisma.sql`(o."jobcentreId")`);
  // GROUPING() takes only columns some set groups by: a column left out counts as "not grouped by" (1).
  const bit = (column: string, included: boolean) => (included ? Prisma.sql`GROUPING(${Prisma.raw(`o."${column}"`)})` : Prisma.sql`1`);
  const rows = await prisma.$queryRaw<GroupedRow[]>`
    SELECT (GROUPING(o."kind") * 4 + ${bit("assigneeId", breakdowns.byAssignee)} * 2 + ${bit("jobcentreId", breakdowns.byJobcentre)})::int AS "grouping",
      o."kind", ${breakdowns.byAssignee ? Prisma.sql`o."assigneeId"` : Prisma.sql`NULL`} AS "assigneeId",
      ${breakdowns.byJobcentre ? Prisma.sql`o."jobcentreId"` : Prisma.sql`NULL`} AS "jobcentreId", NULL AS "answeredById",
      ${FIGURE_COLUMNS(now)}
    FROM "JobOrder" o
    WHERE ${orderScopeSql({ scope, period, now })}
    GROUP BY GROUPING SETS (${Prisma.join(sets)})`;
  const result: OrderFigureBreakdown = { total: EMPTY_FIGURES, byKind: new Map(), byAssignee: new Map(), byJobcentre: new Map() };
  // GROUPING's bits, left to right: kind, assignee, jobcentre; a 1 means "not grouped by".
  for (const row of rows) {
    if (row.grouping === 0b111) result.total = figuresOf(row);
    else if (row.grouping === 0b011) result.byKind.set(row.kind!, figuresOf(row));
    else if (row.grouping === 0b101) result.byAssignee.set(row.assigneeId, figuresOf(row));
    else if (row.grouping === 0b110) result.byJobcentre.set(row.jobcentreId!, figuresOf(row));
  }
  return result;
}

/** The response-time report's figures: in total and by the consultant who answered. */
export async function answerFigures(scope: FigureScope, period: Period, now: Date, prisma: PrismaClient = getPrisma()) {
  const rows = await prisma.$queryRaw<GroupedRow[]>`
    SELECT GROUPING(o."answeredById")::int AS "grouping", o."answeredById", NULL AS "kind", NULL AS "assigneeId", NULL AS "jobcentreId",
      ${FIGURE_COLUMNS(now)}
    FROM "JobOrder" o
    WHERE ${orderScopeSql({ scope, period, now })}
    GROUP BY GROUPING SETS ((), (o."answeredById"))`;
  const total = rows.find((r) => r.grouping === 1);
  const byAnswerer = new Map<string, OrderFigures>();
  for (const row of rows) if (row.grouping === 0 && row.answeredById) byAnswerer.set(row.answeredById, figuresOf(row));
  return { total: total ? figuresOf(total) : EMPTY_FIGURES, byAnswerer };
}

export type WorkloadFigures = { awaitingAnswer: number; overdueNow: number };

/** The orders waiting for an answer now and those past their deadline, in total and by assignee. */
export async function currentWorkload(scope: FigureScope, now: Date, prisma: PrismaClient = getPrisma()) {
  const rows = await prisma.$queryRaw<Array<WorkloadFigures & { grouping: number; assigneeId: string | null; jobcentreId: string | null }>>`
    SELECT GROUPING(o."assigneeId", o."jobcentreId")::int AS "grouping", o."assigneeId", o."jobcentreId",
      count(*)::int AS "awaitingAnswer",
      count(*) FILTER (WHERE ${orderSetSql("overdueNow", now)})::int AS "overdueNow"
    FROM "JobOrder" o
    WHERE ${orderScopeSql({ scope, period: null, now })} AND o."status" <> 'CLOSED' AND o."answeredAt" IS NULL
    GROUP BY GROUPING SETS ((), (o."assigneeId"), (o."jobcentreId"))`;
  const empty: WorkloadFigures = { awaitingAnswer: 0, overdueNow: 0 };
  const pick = ({ awaitingAnswer, overdueNow }: WorkloadFigures) => ({ awaitingAnswer, overdueNow });
  return {
    total: pick(rows.find((r) => r.grouping === 0b11) ?? empty),
    byAssignee: new Map(rows.filter((r) => r.grouping === 0b01).map((r) => [r.assigneeId, pick(r)])),
    byJobcentre: new Map(rows.filter((r) => r.grouping === 0b10).map((r) => [r.jobcentreId!, pick(r)])),
  };
}

export type MonthFigures = {
  month: string;
  received: number;
  answeredOnTime: number;
  /** answered + open past the deadline: the share on time's denominator. */
  answerBase: number;
  ordinary: number;
  ordinaryReferred: number;
  ordinaryHired: number;
};

/** The months a period touches as [start, end) instants in Copenhagen: "2026-03" → its first and next month's first instant. */
function monthBounds(period: Period): Array<{ month: string; start: Date }> {
  const first = DateTime.fromISO(period.from, { zone: ZONE }).startOf("month");
  const last = DateTime.fromISO(period.to, { zone: ZONE }).startOf("month");
  const bounds: Array<{ month: string; start: Date }> = [];
  for (let m = first; m <= last; m = m.plus({ months: 1 })) bounds.push({ month: m.toFormat("yyyy-LL"), start: m.toJSDate() });
  return bounds;
}

/**
 * Month by month (Copenhagen), for the trend: the figures of each month a period touches. The months are
 * found by width_bucket over the months' first instants, computed once here, rather than by converting
 * every order's time to Copenhagen time in SQL (which was half the dashboard's time for a region).
 */
export async function monthlyFigures(scope: FigureScope, period: Period, now: Date, prisma: PrismaClient = getPrisma()): Promise<MonthFigures[]> {
  const ordinary = Prisma.sql`o."kind" = 'ORDINARY'`;
  const bounds = monthBounds(period);
  const thresholds = Prisma.sql`ARRAY[${Prisma.join(bounds.map((b) => instantSql(b.start)))}]::timestamp[]`;
  const rows = await prisma.$queryRaw<Array<Omit<MonthFigures, "month"> & { bucket: number }>>`
    SELECT width_bucket(o."receivedAt", ${thresholds}) AS "bucket",
      count(*)::int AS "received",
      count(*) FILTER (WHERE ${orderSetSql("answeredOnTime", now)})::int AS "answeredOnTime",
      count(*) FILTER (WHERE ${answered} OR ${orderSetSql("openOverdue", now)})::int AS "answerBase",
      count(*) FILTER (WHERE ${ordinary})::int AS "ordinary",
      count(*) FILTER (WHERE ${ordinary} AND ${orderSetSql("referred", now)})::int AS "ordinaryReferred",
      count(*) FILTER (WHERE ${ordinary} AND ${orderSetSql("hired", now)})::int AS "ordinaryHired"
    FROM "JobOrder" o
    WHERE ${orderScopeSql({ scope, period, now })}
    GROUP BY 1 ORDER BY 1`;
  // Bucket i (1-based) is the i-th month; the period's bounds keep every order inside them.
  return rows.map(({ bucket, ...figures }) => ({ month: bounds[bucket - 1]!.month, ...figures }));
}

export type SurveyFigures = {
  sent: number;
  answered: number;
  /** Not answered, and the answer window has closed: counts against the response rate. */
  unanswered: number;
  /** Not answered yet, window still open: left out of the response rate. */
  stillOpen: number;
  serviceSatisfied: number;
  serviceAnswers: number;
  communicationSatisfied: number;
  communicationAnswers: number;
  informedSatisfied: number;
  informedAnswers: number;
  recommendYes: number;
  recommendAnswers: number;
};

/** Satisfied = 4 (tilfreds) or 5 (meget tilfreds) on the survey's five-point scale. */
export const SATISFIED_FROM_SCORE = 4;

/** The satisfaction surveys sent in a period (by the jobcentre that sent them) and their answers. */
export async function surveyFigures(scope: FigureScope, period: Period, now: Date, prisma: PrismaClient = getPrisma()): Promise<SurveyFigures> {
  const { start, end } = periodInstants(period);
  const assignee = scope.assigneeId ? Prisma.sql`AND o."assigneeId" = ${scope.assigneeId}` : Prisma.empty;
  const [row] = await prisma.$queryRaw<SurveyFigures[]>`
    SELECT count(*)::int AS "sent",
      count(*) FILTER (WHERE s."answeredAt" IS NOT NULL)::int AS "answered",
      count(*) FILTER (WHERE s."answeredAt" IS NULL AND s."closesAt" <= ${instantSql(now)})::int AS "unanswered",
      count(*) FILTER (WHERE s."answeredAt" IS NULL AND s."closesAt" > ${instantSql(now)})::int AS "stillOpen",
      count(*) FILTER (WHERE s."serviceScore" >= ${SATISFIED_FROM_SCORE})::int AS "serviceSatisfied",
      count(s."serviceScore")::int AS "serviceAnswers",
      count(*) FILTER (WHERE s."communicationScore" >= ${SATISFIED_FROM_SCORE})::int AS "communicationSatisfied",
      count(s."communicationScore")::int AS "communicationAnswers",
      count(*) FILTER (WHERE s."informedScore" >= ${SATISFIED_FROM_SCORE})::int AS "informedSatisfied",
      count(s."informedScore")::int AS "informedAnswers",
      count(*) FILTER (WHERE s."wouldRecommend")::int AS "recommendYes",
      count(s."wouldRecommend")::int AS "recommendAnswers"
    FROM "SatisfactionSurvey" s JOIN "JobOrder" o ON o."id" = s."orderId"
    WHERE s."jobcentreId" IN (${Prisma.join(scope.jobcentreIds)}) ${assignee}
      AND s."sentAt" >= ${instantSql(start)} AND s."sentAt" < ${instantSql(end)}`;
  return row!;
}

/** Orders received in a year up to now (for a count goal and its pace). */
export async function ordersReceivedInYear(scope: FigureScope, year: number, now: Date, prisma: PrismaClient = getPrisma()): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "JobOrder" o
    WHERE ${orderScopeSql({ scope, period: { from: `${year}-01-01`, to: `${year}-12-31` }, now })}`;
  return row!.n;
}
