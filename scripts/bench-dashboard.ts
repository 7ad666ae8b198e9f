// The management figures at national scale (`npm run bench:dashboard`, docs/benchmarks.md): a million job
// orders with about three million rows of referral history over five years, in many jobcentres and their
// regions, written as the workflows leave them (prisma/order-history.ts). Measures the dashboard's server
// work for a jobcentre's year and a region's year beside a plain count(*) of the same orders, the first page
// of a drill-down, a CSV export of 100,000 rows (time and peak memory), and the response-time report as it
// is computed now (PostgreSQL) and as it was (rows loaded into JavaScript), on the same data.
// Starts its own embedded PostgreSQL in .data/bench-dashboard-<pid>, removed at the end and on Ctrl-C.
//
// Settings: BENCH_DASHBOARD_ORDERS (1000000), BENCH_DASHBOARD_JOBCENTRES (40), BENCH_DASHBOARD_REGION_SIZE (5),
// BENCH_DASHBOARD_RUNS (30), BENCH_DASHBOARD_EXPORT_ROWS (100000). `--markdown` prints the tables for the docs.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { PrismaClient } from "@prisma/client";
import { benchPostgres } from "./lib/bench-postgres";
import { PROJECT_ROOT } from "./lib/tools";
import { formatDuration, formatMarkdownTable, formatTable, result, timeAsync, type BenchResult } from "./lib/bench-stats";

function intSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const config = {
  orders: intSetting("BENCH_DASHBOARD_ORDERS", 1_000_000),
  jobcentres: intSetting("BENCH_DASHBOARD_JOBCENTRES", 40),
  regionSize: intSetting("BENCH_DASHBOARD_REGION_SIZE", 5),
  runs: intSetting("BENCH_DASHBOARD_RUNS", 30),
  exportRows: intSetting("BENCH_DASHBOARD_EXPORT_ROWS", 100_000),
  years: 5,
  consultantsPerJobcentre: 6,
  jobseekersPerJobcentre: 60,
};
const markdown = process.argv.includes("--markdown");

const database = benchPostgres("bench-dashboard", log);
function log(message: string) {
  console.log(`[bench:dashboard] ${message}`);
}

type Target = { result: string; limit: number; why: string };

const TARGETS: Target[] = [
  { result: "dashboard, a jobcentre's year", limit: 250, why: "a manager's default view stays interactive" },
  { result: "dashboard, a region's year", limit: 500, why: "the region's totals are as quick to read" },
  { result: "drill-down, first page", limit: 100, why: "a number opens its orders at once" },
];

/** A jobcentre per index, regions of `regionSize`, each with consultants, a manager and a register. */
async function createJobcentres(prisma: PrismaClient): Promise<Array<{ id: string; regionId: string }>> {
  const { REFERENCE_JOBCENTRES } = await import("../prisma/reference-data");
  const base = REFERENCE_JOBCENTRES.find((j) => j.id === "lolland")!;
  const { note, ...policy } = base.policy;
  const created: Array<{ id: string; regionId: string }> = [];
  for (let i = 0; i < config.jobcentres; i += 1) {
    const regionId = `bench-region-${Math.floor(i / config.regionSize) + 1}`;
    await prisma.recruitmentRegion.upsert({ where: { id: regionId }, create: { id: regionId, name: `Rekrutteringsregion ${regionId}`, email: `${regionId}@region.example` }, update: {} });
    const id = `bench-${String(i + 1).padStart(3, "0")}`;
    await prisma.jobcentre.create({ data: { id, name: `Jobcenter Bench ${i + 1}`, municipality: `Benchkommune ${i + 1}`, email: `${id}@jobcenter.example`, phone: "11 22 33 44", regionId } });
    await prisma.responsePolicy.create({ data: { jobcentreId: id, version: 1, ...policy, note, openingHours: policy.openingHours as never } });
    await prisma.postcodeArea.create({ data: { postcode: String(1000 + i).padStart(4, "0"), city: `Benchby ${i + 1}`, jobcentreId: id } });
    await prisma.user.createMany({
      data: [
        ...Array.from({ length: config.consultantsPerJobcentre }, (_, k) => ({ jobcentreId: id, role: "CONSULTANT" as const, name: `Konsulent ${k + 1} ${id}`, email: `konsulent${k + 1}@${id}.example`, passwordHash: "x" })),
        { jobcentreId: id, role: "MANAGER" as const, name: `Leder ${id}`, email: `leder@${id}.example`, passwordHash: "x" },
      ],
    });
    await prisma.$executeRaw`
      INSERT INTO "Jobseeker" ("id", "jobcentreId", "externalRef", "name", "postcode", "maxTravelKm", "hoursPerWeek", "benefitGroup", "searchText", "updatedAt")
      SELECT gen_random_uuid()::text, ${id}, 'B-' || g, 'Kandidat ' || g, ${String(1000 + i).padStart(4, "0")}, 30, 37, 'UNEMPLOYMENT_BENEFIT', 'kandidat', now()
      FROM generate_series(1, ${config.jobseekersPerJobcentre}::int) g`;
    created.push({ id, regionId });
  }
  return created;
}

/** Peak RSS and heap while `fn` runs, sampled every 5 ms. */
async function withPeakMemory<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; rssBeforeMB: number; peakRssMB: number; peakHeapMB: number }> {
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 5);
  const start = performance.now();
  try {
    const value = await fn();
    return { value, ms: performance.now() - start, rssBeforeMB: mb(before.rss), peakRssMB: mb(peakRss), peakHeapMB: mb(peakHeap) };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const postgres = await database.start();
  Object.assign(process.env, {
    NODE_ENV: "production",
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: "unused:7233",
    SMTP_URL: "smtp://127.0.0.1:1",
    SESSION_SECRET: crypto.randomBytes(32).toString("base64url"),
    LINK_SECRET: crypto.randomBytes(32).toString("base64url"),
  });
  delete process.env.DEV_MAIL_DIR;

  const { getPrisma } = await import("../app/utils/db.server");
  const { generateOrderHistory } = await import("../prisma/order-history");
  const { buildDashboard } = await import("../app/models/kpi/dashboard.server");
  const { drillDownPage, drillDownRows, DRILL_DOWN_HEAD } = await import("../app/models/kpi/drill-down.server");
  const { getComplianceReport } = await import("../app/models/kpi/compliance.server");
  const { exportResponse } = await import("../app/utils/table-export.server");
  const { oracleReport } = await import("../tests/support/compliance-oracle");
  const prisma = getPrisma();

  // --- data --------------------------------------------------------------------------------------
  const jobcentres = await createJobcentres(prisma);
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear() - config.years + 1, 0, 1));
  const perJobcentre = Math.round(config.orders / config.jobcentres);
  const loadStart = performance.now();
  for (const [index, jc] of jobcentres.entries()) {
    await generateOrderHistory(prisma, { jobcentreId: jc.id, from, to: now, orders: perJobcentre, seed: 500 + index, numberPrefix: `B${index + 1}`, maxReferrals: 1, openDays: 45 });
    if ((index + 1) % 5 === 0) log(`history of ${index + 1}/${jobcentres.length} jobcentres written (${formatDuration(performance.now() - loadStart)})`);
  }
  await prisma.$executeRawUnsafe("VACUUM ANALYZE");
  const [counts] = await prisma.$queryRaw<Array<{ orders: number; referralEvents: number; referrals: number; surveys: number }>>`
    SELECT (SELECT count(*)::int FROM "JobOrder") AS "orders", (SELECT count(*)::int FROM "ReferralEvent") AS "referralEvents",
      (SELECT count(*)::int FROM "Referral") AS "referrals", (SELECT count(*)::int FROM "SatisfactionSurvey") AS "surveys"`;
  log(`data: ${counts!.orders} orders, ${counts!.referrals} referrals, ${counts!.referralEvents} referral history rows, ${counts!.surveys} surveys (${formatDuration(performance.now() - loadStart)})`);

  // --- measurements -------------------------------------------------------------------------------
  const results: BenchResult[] = [];
  const add = (r: BenchResult) => {
    results.push(r);
    log(`${r.name}: median ${formatDuration(r.medianMs)}, p95 ${formatDuration(r.p95Ms)}${r.note ? ` (${r.note})` : ""}`);
  };
  const year = now.getUTCFullYear() - 1;
  const yearChoice = { type: "year" as const, year };
  const yearPeriod = { from: `${year}-01-01`, to: `${year}-12-31` };
  const measured = jobcentres[0]!;
  const region = jobcentres.filter((j) => j.regionId === measured.regionId).map((j) => j.id);
  const jobcentreScope = { area: "jobcentre" as const, own: false, scope: { jobcentreIds: [measured.id] }, jobcentre: { id: measured.id, name: measured.id }, region: { id: measured.regionId, name: measured.regionId, jobcentreIds: region } };
  const regionScope = { ...jobcentreScope, area: "region" as const, scope: { jobcentreIds: region } };
  const countSql = (ids: string[]) =>
    prisma.$queryRawUnsafe(`SELECT count(*) FROM "JobOrder" WHERE "jobcentreId" = ANY($1) AND "receivedAt" >= $2::timestamptz AT TIME ZONE 'UTC' AND "receivedAt" < $3::timestamptz AT TIME ZONE 'UTC'`, ids, `${year}-01-01T00:00:00+01:00`, `${year + 1}-01-01T00:00:00+01:00`);

  const timed = async (name: string, fn: () => Promise<unknown>, note?: string) => {
    const r = await timeAsync(fn, { warmup: 3, runs: config.runs });
    add(result("dashboard", name, r.durations, null, note));
    return results[results.length - 1]!;
  };
  const [jobcentreYear] = await prisma.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM "JobOrder" WHERE "jobcentreId" = ${measured.id} AND "receivedAt" >= ${new Date(`${year}-01-01T00:00:00+01:00`)} AND "receivedAt" < ${new Date(`${year + 1}-01-01T00:00:00+01:00`)}`;
  const dashJc = await timed("dashboard, a jobcentre's year", () => buildDashboard(jobcentreScope, yearChoice, now, prisma), `${year}: ${jobcentreYear!.n} orders`);
  const countJc = await timed("count(*), the same jobcentre's year", () => countSql([measured.id]));
  const dashRegion = await timed("dashboard, a region's year", () => buildDashboard(regionScope, yearChoice, now, prisma), `${region.length} jobcentres`);
  const countRegion = await timed("count(*), the same region's year", () => countSql(region));
  // Where a region's dashboard spends its time: its queries one by one.
  const figures = await import("../app/models/kpi/figures.server");
  const trendPeriod = { from: `${year - 1}-01-01`, to: `${year}-12-31` };
  await timed("· region: orderFigures (grouping sets)", () => figures.orderFigures(regionScope.scope, yearPeriod, now, prisma, { byAssignee: false, byJobcentre: true }));
  await timed("· region: monthlyFigures (two years)", () => figures.monthlyFigures(regionScope.scope, trendPeriod, now, prisma));
  await timed("· region: surveyFigures", () => figures.surveyFigures(regionScope.scope, yearPeriod, now, prisma));
  await timed("· region: currentWorkload", () => figures.currentWorkload(regionScope.scope, now, prisma));
  await timed("· region: ordersReceivedInYear", () => figures.ordersReceivedInYear(regionScope.scope, year, now, prisma));
  const filter = { set: "received" as const, period: yearPeriod, kind: "ALL" as const, assigneeId: null, page: 1 };
  await timed("drill-down, first page", () => drillDownPage(jobcentreScope, filter, now, prisma), "50 rows and the count");
  await timed("response-time report, a jobcentre's year (PostgreSQL)", () => getComplianceReport(measured.id, { fra: yearPeriod.from, til: yearPeriod.to }, now, prisma));
  await timed("response-time report, a jobcentre's year (rows into JavaScript, as before)", async () => {
    const { periodInstants } = await import("../app/models/kpi/figures.server");
    const { start, end } = periodInstants(yearPeriod);
    const orders = await prisma.jobOrder.findMany({
      where: { jobcentreId: measured.id, receivedAt: { gte: start, lt: end } },
      select: { status: true, receivedAt: true, dueAt: true, answeredAt: true, answeredById: true, answeredOnTime: true, events: { where: { kind: "ANSWERED" }, orderBy: { at: "asc" }, take: 1, select: { at: true, actorId: true, data: true } } },
    });
    return oracleReport(orders, now);
  });

  // The CSV of a region's orders over the five years, cut at exportRows.
  const exportScope = { ...jobcentreScope, scope: { jobcentreIds: region } };
  const exportFilter = { ...filter, period: { from: `${from.getUTCFullYear()}-01-01`, to: `${now.getUTCFullYear()}-12-31` } };
  const exported = await withPeakMemory(async () => {
    async function* firstRows() {
      let n = 0;
      for await (const row of drillDownRows(exportScope, exportFilter, now, prisma)) {
        yield row;
        n += 1;
        if (n >= config.exportRows) return;
      }
    }
    const response = exportResponse({ format: "csv", fileName: "bench", sheetName: "bench", head: DRILL_DOWN_HEAD, rows: firstRows() });
    let bytes = 0;
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    return bytes;
  });
  log(`CSV export of ${config.exportRows} rows: ${formatDuration(exported.ms)}, ${(exported.value / 1024 / 1024).toFixed(1)} MB, RSS ${exported.rssBeforeMB} → peak ${exported.peakRssMB} MB, peak heap ${exported.peakHeapMB} MB`);

  // --- report -------------------------------------------------------------------------------------
  const headers = ["measure", "runs", "median", "p95", "note"];
  const rows = results.map((r) => [r.name, String(r.samples), formatDuration(r.medianMs), formatDuration(r.p95Ms), r.note ?? ""]);
  const ratios = [
    ["dashboard ÷ count(*), jobcentre's year (median)", (dashJc.medianMs / countJc.medianMs).toFixed(1)],
    ["dashboard ÷ count(*), region's year (median)", (dashRegion.medianMs / countRegion.medianMs).toFixed(1)],
  ];
  const targetRows = TARGETS.map((t) => {
    const r = results.find((x) => x.name === t.result)!;
    return [t.result, `p95 ≤ ${t.limit} ms`, formatDuration(r.p95Ms), r.p95Ms <= t.limit ? "yes" : "NO", t.why];
  });
  const exportRow = [[`CSV export, ${config.exportRows.toLocaleString("en-US")} rows`, formatDuration(exported.ms), `${(exported.value / 1024 / 1024).toFixed(1)} MB`, `${exported.rssBeforeMB} → ${exported.peakRssMB} MB`, `${exported.peakHeapMB} MB`]];
  const print = markdown ? formatMarkdownTable : formatTable;
  console.log(`\nData: ${counts!.orders.toLocaleString("en-US")} orders, ${counts!.referrals.toLocaleString("en-US")} referrals, ${counts!.referralEvents.toLocaleString("en-US")} referral history rows, ${counts!.surveys.toLocaleString("en-US")} surveys in ${config.jobcentres} jobcentres (regions of ${config.regionSize}), ${config.years} years.\n`);
  console.log(print(headers, rows, new Set([1, 2, 3])));
  console.log("");
  console.log(print(["ratio", "value"], ratios, new Set([1])));
  console.log("");
  console.log(print(["export", "time", "size", "RSS before → peak", "peak heap"], exportRow, new Set([1, 2])));
  console.log("");
  console.log(print(["target", "limit", "measured", "met", "why"], targetRows, new Set()));
  const out = path.join(PROJECT_ROOT, "bench", "results");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "dashboard-latest.json"), JSON.stringify({ config, counts, results, ratios, export: exported, at: now.toISOString() }, null, 2));
}

main()
  .catch((error: unknown) => {
    if (!database.interrupted()) console.error(error);
    process.exitCode = 1;
  })
  .finally(() => database.cleanup());
