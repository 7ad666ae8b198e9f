// Company visits as figures, computed in PostgreSQL: those held in a period by kind and outcome, the year's
// count for the plan's visit goal (Faxe's 450), and what is planned or was cancelled. A visit counts where and
// when it took place (its planned time), once recorded as held; one recorded as not held does not count.
import { Prisma, type PrismaClient, type VisitKind, type VisitOutcome } from "@prisma/client";
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

/** A held visit, in the jobcentre's sense of the word: recorded as done and not "not held". */
const HELD = Prisma.sql`v."doneAt" IS NOT NULL AND v."outcome" IS DISTINCT FROM 'NOT_HELD'`;

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
        count(*) FILTER (WHERE ${HELD})::int AS held,
        count(DISTINCT v."companyId") FILTER (WHERE ${HELD})::int AS companies,
        count(*) FILTER (WHERE v."doneAt" IS NULL AND v."cancelledAt" IS NULL AND v."plannedFor" >= ${instantSql(now)})::int AS planned_ahead,
        count(*) FILTER (WHERE v."cancelledAt" IS NOT NULL)::int AS cancelled
      FROM "CompanyVisit" v
      WHERE ${scopeSql(scope)} AND ${inPeriod}
      GROUP BY GROUPING SETS ((), (v."kind"))`,
    prisma.$queryRaw<Array<{ outcome: VisitOutcome; held: number }>>`
      SELECT v."outcome", count(*)::int AS held FROM "CompanyVisit" v
      WHERE ${scopeSql(scope)} AND ${inPeriod} AND ${HELD} AND v."outcome" IS NOT NULL GROUP BY v."outcome"`,
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
    WHERE ${scopeSql(scope)} AND v."plannedFor" >= ${instantSql(start)} AND v."plannedFor" < ${instantSql(end)} AND ${HELD}`;
  return row!.n;
}
