// The held visits behind the dashboard's visit count (Faxe's 450): the same scope and the same rule as the
// figure (visit-figures.server.ts: held, by the day it took place), as a page of 50 and as a keyset-paged
// stream for the exports. The visit's notes are left out: a downloaded list carries what the figure needs.
import { Prisma, type PrismaClient, type VisitKind, type VisitOutcome } from "@prisma/client";
import { z } from "zod";
import { describePeriod } from "~/domain/kpi/periods";
import { VISIT_KIND_LABELS, VISIT_OUTCOME_LABELS } from "~/domain/visit/visits";
import { compliancePeriodSchema } from "~/schemas/compliance";
import { getPrisma } from "~/utils/db.server";
import { instantSql } from "~/utils/sql.server";
import type { ExportValue } from "~/utils/table-export.server";
import type { DashboardScope } from "./dashboard.server";
import { consultantFilterOf, NOT_A_COLLEAGUE } from "./drill-down.server";
import { periodInstants, ZONE } from "./figures.server";
import { HELD_VISIT_SQL } from "./visit-figures.server";

const PAGE_SIZE = 50;
const EXPORT_BATCH = 1000;

export type VisitDrillDown = { period: { from: string; to: string }; consultantId: string | null; page: number };

const querySchema = z.object({
  fra: z.string(),
  til: z.string(),
  konsulent: z.string().uuid().optional(),
  side: z.coerce.number().int().min(1).max(100_000).default(1),
});

/**
 * The list's filters from its URL, for the viewer's scope (as the orders' drill-down): a consultant must be
 * of the viewer's jobcentre, and a consultant who sees their own figures sees only their own visits.
 */
export async function requireVisitDrillDown(ds: DashboardScope, params: URLSearchParams, prisma: PrismaClient = getPrisma()): Promise<VisitDrillDown> {
  const parsed = querySchema.safeParse(Object.fromEntries([...params].filter(([k]) => ["fra", "til", "konsulent", "side"].includes(k))));
  const period = parsed.success ? compliancePeriodSchema.safeParse({ fra: parsed.data.fra, til: parsed.data.til }) : null;
  if (!parsed.success || !period?.success) {
    const notFound = !parsed.success && parsed.error.flatten().fieldErrors.konsulent !== undefined;
    throw new Response(notFound ? "Ikke fundet" : "Listen kan ikke vises med de valgte filtre.", { status: notFound ? 404 : 400 });
  }
  if (ds.area === "region") throw new Response("Ikke fundet", { status: 404 });
  const consultantId = await consultantFilterOf(ds, parsed.data.konsulent ?? null, prisma);
  if (consultantId === NOT_A_COLLEAGUE) throw new Response("Ikke fundet", { status: 404 });
  return { period: { from: period.data.fra, to: period.data.til }, consultantId, page: parsed.data.side };
}

type Row = { id: string; plannedFor: Date; dayText: string; companyName: string; cvr: string; kind: VisitKind; consultantName: string | null; outcome: VisitOutcome | null; nextStep: string };

function whereOf(ds: DashboardScope, filter: VisitDrillDown): Prisma.Sql {
  const { start, end } = periodInstants(filter.period);
  return Prisma.join(
    [
      Prisma.sql`v."jobcentreId" IN (${Prisma.join(ds.scope.jobcentreIds)})`,
      filter.consultantId ? Prisma.sql`v."consultantId" = ${filter.consultantId}` : Prisma.sql`TRUE`,
      HELD_VISIT_SQL,
      Prisma.sql`v."plannedFor" >= ${instantSql(start)} AND v."plannedFor" < ${instantSql(end)}`,
    ],
    " AND ",
  );
}

const SELECT = Prisma.sql`
  SELECT v."id", v."plannedFor", to_char(v."plannedFor" AT TIME ZONE 'UTC' AT TIME ZONE ${ZONE}, 'YYYY-MM-DD HH24:MI') AS "dayText",
    c."name" AS "companyName", c."cvr", v."kind", u."name" AS "consultantName", v."outcome", v."nextStep"
  FROM "CompanyVisit" v JOIN "Company" c ON c."id" = v."companyId" LEFT JOIN "User" u ON u."id" = v."consultantId"`;

export const VISIT_LIST_HEAD = ["Besøgt", "Virksomhed", "CVR", "Slags", "Konsulent", "Resultat", "Næste skridt"];

function exportRow(r: Row): ExportValue[] {
  return [r.dayText, r.companyName, r.cvr, VISIT_KIND_LABELS[r.kind], r.consultantName ?? "", r.outcome ? VISIT_OUTCOME_LABELS[r.outcome] : "", r.nextStep];
}

export async function visitListPage(ds: DashboardScope, filter: VisitDrillDown, prisma: PrismaClient = getPrisma()) {
  const where = whereOf(ds, filter);
  const [rows, [count]] = await Promise.all([
    prisma.$queryRaw<Row[]>`${SELECT} WHERE ${where} ORDER BY v."plannedFor", v."id" LIMIT ${PAGE_SIZE} OFFSET ${(filter.page - 1) * PAGE_SIZE}`,
    prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "CompanyVisit" v WHERE ${where}`,
  ]);
  const total = count!.n;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return {
    title: "Holdte virksomhedsbesøg",
    periodText: `besøg holdt ${describePeriod({ type: "range", from: filter.period.from, to: filter.period.to })}`,
    total,
    page: Math.min(filter.page, pages),
    pages,
    head: VISIT_LIST_HEAD,
    rows: rows.map((r) => ({ number: r.dayText, href: `/besoeg/${r.id}`, cells: exportRow(r).map((v) => (v === null ? "" : String(v))) })),
  };
}

/** Every visit of the list for the downloads, keyset-paged by (time, id). */
export async function* visitListRows(ds: DashboardScope, filter: VisitDrillDown, prisma: PrismaClient = getPrisma()): AsyncIterable<ExportValue[]> {
  const where = whereOf(ds, filter);
  let after: { plannedFor: Date; id: string } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after ? Prisma.sql`AND (v."plannedFor", v."id") > (${instantSql(after.plannedFor)}, ${after.id})` : Prisma.empty;
    const batch: Row[] = await prisma.$queryRaw<Row[]>`${SELECT} WHERE ${where} ${keyset} ORDER BY v."plannedFor", v."id" LIMIT ${EXPORT_BATCH}`;
    for (const row of batch) yield exportRow(row);
    if (batch.length < EXPORT_BATCH) return;
    const last = batch[batch.length - 1]!;
    after = { plannedFor: last.plannedFor, id: last.id };
  }
}
