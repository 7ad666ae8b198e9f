// Company visits as figures, computed in PostgreSQL: those held in a period by kind and outcome, the year's
// count for the plan's visit goal (Faxe's 450), and what is planned or was cancelled. A visit counts where and
// when it took place (its planned time), once recorded as held; one recorded as not held does not count.
import { Prisma, type PrismaClient, type VisitKind, type VisitOutcome } from "@prisma/client";
import { COOPERATION_ORDER_KINDS, COOPERATION_VISIT_OUTCOMES, NO_EMPLOYEE_BANDS } from "~/domain/company/cooperation";
import type { Period } from "~/domain/kpi/periods";
import { getPrisma } from "~/utils/db.server";
import { instantSql } from "~/utils/sql.server";
import { periodInstants, type FigureScope } from "./figures.server";

export type VisitFigures = {
  held: number;
  companies: number;
  byKind: Map<VisitKind, number>;
  byOutcome: Map<VisitOutcome, number>;
  plannedAhead: number;
  cancelled: number;
};

/**
 * A held visit, in the jobcentre's sense of the word: recorded as done and not "not held". A follow-up after a
 * hire is done on its order's task, with no outcome, and counts. The same rule for Prisma's queries below.
 */
export const HELD_VISIT_SQL = Prisma.sql`v."doneAt" IS NOT NULL AND v."outcome" IS DISTINCT FROM 'NOT_HELD'`;
export const HELD_VISIT_WHERE = {
  doneAt: { not: null },
  OR: [{ outcome: null }, { outcome: { not: "NOT_HELD" } }],
} satisfies Prisma.CompanyVisitWhereInput;

function scopeSql(scope: FigureScope): Prisma.Sql {
  const conditions = [Prisma.sql`v."jobcentreId" IN (${Prisma.join(scope.jobcentreIds)})`];
  if (scope.assigneeId) conditions.push(Prisma.sql`v."consultantId" = ${scope.assigneeId}`);
  return Prisma.join(conditions, " AND ");
}

export async function visitFigures(scope: FigureScope, period: Period, now: Date, prisma: PrismaClient = getPrisma()): Promise<VisitFigures> {
  const { start, end } = periodInstants(period);
  const inPeriod = Prisma.sql`v."plannedFor" >= ${instantSql(start)} AND v."plannedFor" < ${instantSql(end)}`;
  const [rows, outcomes] = await Promise.all([
    prisma.$queryRaw<Array<{ total: number; kind: VisitKind | null; held: number; companies: number; planned_ahead: number; cancelled: number }>>`
      SELECT GROUPING(v."kind")::int AS total, v."kind",
        count(*) FILTER (WHERE ${HELD_VISIT_SQL})::int AS held,
        count(DISTINCT v."companyId") FILTER (WHERE ${HELD_VISIT_SQL})::int AS companies,
        count(*) FILTER (WHERE v."doneAt" IS NULL AND v."cancelledAt" IS NULL AND v."plannedFor" >= ${instantSql(now)})::int AS planned_ahead,
        count(*) FILTER (WHERE v."cancelledAt" IS NOT NULL)::int AS cancelled
      FROM "CompanyVisit" v
      WHERE ${scopeSql(scope)} AND ${inPeriod}
      GROUP BY GROUPING SETS ((), (v."kind"))`,
    prisma.$queryRaw<Array<{ outcome: VisitOutcome; held: number }>>`
      SELECT v."outcome", count(*)::int AS held FROM "CompanyVisit" v
      WHERE ${scopeSql(scope)} AND ${inPeriod} AND ${HELD_VISIT_SQL} AND v."outcome" IS NOT NULL GROUP BY v."outcome"`,
  ]);
  const total = rows.find((r) => r.total === 1);
  const byKind = new Map<VisitKind, number>(rows.filter((r) => r.total === 0 && r.kind).map((r) => [r.kind!, r.held]));
  const byOutcome = new Map<VisitOutcome, number>(outcomes.map((r) => [r.outcome, r.held]));
  return {
    held: total?.held ?? 0,
    companies: total?.companies ?? 0,
    byKind,
    byOutcome,
    plannedAhead: total?.planned_ahead ?? 0,
    cancelled: total?.cancelled ?? 0,
  };
}

/** Visits held in a calendar year: the count the plan's visit goal is measured by. */
export async function visitsHeldInYear(scope: FigureScope, year: number, prisma: PrismaClient = getPrisma()): Promise<number> {
  const { start, end } = periodInstants({ from: `${year}-01-01`, to: `${year}-12-31` });
  const [row] = await prisma.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "CompanyVisit" v
    WHERE ${scopeSql(scope)} AND v."plannedFor" >= ${instantSql(start)} AND v."plannedFor" < ${instantSql(end)} AND ${HELD_VISIT_SQL}`;
  return row!.n;
}

export type ProgrammeFigures = {
  /** The programmes whose period overlaps the year, by name. */
  names: string[];
  covered: number;
  visited: number;
  followedUp: number;
  declined: number;
  /** Visited, or declined before or after the first visit: each company once (the goal's numerator). */
  visitedOrDeclined: number;
  overdue: number;
};

/**
 * The year's visit programmes of the jobcentres (decision 019): companies in them, visited, followed up,
 * declined, and overdue at `now` (missed, or past due and still waiting). Programmes are the jobcentre's,
 * so a consultant's own scope counts the companies they are key account consultant for.
 */
export async function programmeFigures(scope: FigureScope, year: number, now: Date, prisma: PrismaClient = getPrisma()): Promise<ProgrammeFigures> {
  const owner = scope.assigneeId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "CompanyRelationship" r WHERE r."companyId" = e."companyId" AND r."jobcentreId" = e."jobcentreId" AND r."keyAccountConsultantId" = ${scope.assigneeId})`
    : Prisma.empty;
  const at = instantSql(now);
  const [row] = await prisma.$queryRaw<[{ names: string[] | null; covered: number; visited: number; followed_up: number; declined: number; visited_or_declined: number; overdue: number }]>`
    SELECT array_agg(DISTINCT p."name") AS names,
      count(e."id")::int AS covered,
      count(e."id") FILTER (WHERE e."firstVisitAt" IS NOT NULL)::int AS visited,
      count(e."id") FILTER (WHERE e."status" = 'FOLLOWED_UP')::int AS followed_up,
      count(e."id") FILTER (WHERE e."status" = 'DECLINED')::int AS declined,
      count(e."id") FILTER (WHERE e."firstVisitAt" IS NOT NULL OR e."status" = 'DECLINED')::int AS visited_or_declined,
      count(e."id") FILTER (WHERE e."status" IN ('VISIT_MISSED', 'FOLLOW_UP_MISSED')
        OR (e."status" = 'AWAITING_VISIT' AND e."firstVisitDueAt" < ${at})
        OR (e."status" = 'AWAITING_FOLLOW_UP' AND e."followUpDueAt" < ${at}))::int AS overdue
    FROM "VisitProgramme" p
    LEFT JOIN "ProgrammeEnrolment" e ON e."programmeId" = p."id" ${owner}
    WHERE p."jobcentreId" IN (${Prisma.join(scope.jobcentreIds)})
      AND p."startsOn" <= ${`${year}-12-31`}::date AND p."endsOn" >= ${`${year}-01-01`}::date`;
  return { names: (row.names ?? []).sort(), covered: row.covered, visited: row.visited, followedUp: row.followed_up, declined: row.declined, visitedOrDeclined: row.visited_or_declined, overdue: row.overdue };
}

/** The programme goal's value: the companies that were given their visit or declined it, of all in it. */
export function programmeCoverage(f: ProgrammeFigures): number | null {
  return f.covered === 0 ? null : f.visitedOrDeclined / f.covered;
}

export type CooperationFigures = { companies: number; cooperating: number; unknownSize: number };

/**
 * The samarbejdsgrad's count for a year (app/domain/company/cooperation.ts): the register's companies with
 * employees, those the jobcentre had contact with about a scheme, and those whose size is not known.
 */
export async function cooperationFigures(scope: FigureScope, year: number, prisma: PrismaClient = getPrisma()): Promise<CooperationFigures> {
  const { start, end } = periodInstants({ from: `${year}-01-01`, to: `${year}-12-31` });
  const jobcentres = Prisma.join(scope.jobcentreIds);
  const [row] = await prisma.$queryRaw<[CooperationFigures]>`
    WITH register AS (
      SELECT DISTINCT c."id", c."employeeBand" FROM "Company" c JOIN "CompanyRelationship" r ON r."companyId" = c."id"
      WHERE r."jobcentreId" IN (${jobcentres})
    ), employers AS (
      SELECT "id" FROM register WHERE "employeeBand" IS NOT NULL AND "employeeBand"::text NOT IN (${Prisma.join([...NO_EMPLOYEE_BANDS])})
    )
    SELECT
      (SELECT count(*) FROM employers)::int AS companies,
      (SELECT count(*) FROM employers e WHERE
        EXISTS (SELECT 1 FROM "JobOrder" o WHERE o."companyId" = e."id" AND o."jobcentreId" IN (${jobcentres})
          AND o."kind"::text IN (${Prisma.join([...COOPERATION_ORDER_KINDS])}) AND o."receivedAt" >= ${instantSql(start)} AND o."receivedAt" < ${instantSql(end)})
        OR EXISTS (SELECT 1 FROM "CompanyVisit" v WHERE v."companyId" = e."id" AND v."jobcentreId" IN (${jobcentres}) AND ${HELD_VISIT_SQL}
          AND v."outcome"::text IN (${Prisma.join([...COOPERATION_VISIT_OUTCOMES])}) AND v."plannedFor" >= ${instantSql(start)} AND v."plannedFor" < ${instantSql(end)})
      )::int AS cooperating,
      (SELECT count(*) FROM register WHERE "employeeBand" IS NULL)::int AS "unknownSize"`;
  return row;
}
