// Benchmarks (`npm run bench`, docs/benchmarks.md): the deadline module, the database part of intake,
// the task inbox and compliance queries at a realistic volume, and the jobseeker register with candidate search.
// Starts its own embedded PostgreSQL in .data/bench-<pid> (removed at the end, also on Ctrl-C), so it never
// touches a development portal.
// Speed targets live here and in docs/benchmarks.md with written-down results, never in timed tests.
//
// Settings (environment): BENCH_ORDERS (20000), BENCH_JOBCENTRE (lolland), BENCH_INTAKE_SEQUENTIAL (500),
// BENCH_INTAKE_CONCURRENT (1000), BENCH_CONCURRENCY (10), BENCH_QUERY_RUNS (50), BENCH_JOBSEEKERS (50000),
// BENCH_SEARCH_RUNS (20), BENCH_IMPORT_RUNS (5). `--markdown` also prints the tables as Markdown for
// docs/benchmarks.md. Results: bench/results/latest.json.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import type { CandidateSearchInput } from "../app/models/referral/candidate-search.server";
import type { JobseekerInput } from "../app/models/jobseeker/register.server";
import { benchPostgres } from "./lib/bench-postgres";
import { PROJECT_ROOT } from "./lib/tools";
import {
  formatDuration,
  formatMarkdownTable,
  formatRate,
  formatTable,
  memorySnapshot,
  result,
  timeAsync,
  timeConcurrent,
  timeSyncPasses,
  type BenchResult,
  type MemorySnapshot,
} from "./lib/bench-stats";

const DAY = 86_400_000;

function intSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const config = {
  orders: intSetting("BENCH_ORDERS", 20_000),
  jobcentre: process.env.BENCH_JOBCENTRE ?? "lolland",
  intakeSequential: intSetting("BENCH_INTAKE_SEQUENTIAL", 500),
  intakeConcurrent: intSetting("BENCH_INTAKE_CONCURRENT", 1_000),
  concurrency: intSetting("BENCH_CONCURRENCY", 10),
  queryRuns: intSetting("BENCH_QUERY_RUNS", 50),
  /** Jobseekers in the register of all four jobcentres, split by the same shares as the orders. */
  jobseekers: intSetting("BENCH_JOBSEEKERS", 50_000),
  jobseekerBatch: 2_000,
  /** Runs of each candidate search, after 3 warm-up runs (fewer than BENCH_QUERY_RUNS: a search over the register is slower). */
  searchRuns: intSetting("BENCH_SEARCH_RUNS", 20),
  importRows: 2_000,
  importRuns: intSetting("BENCH_IMPORT_RUNS", 5),
  backlogOrders: 1_000,
  companiesPerJobcentre: 500,
  /** Jobseekers per jobcentre that part 3's referrals (consent and follow-up tasks) are made of. */
  referralPoolPerJobcentre: 300,
  /** Share of all orders in the measured jobcentre; the other three share the rest equally. */
  measuredShare: 0.4,
};
const markdown = process.argv.includes("--markdown");

// ---------------------------------------------------------------------------------------------
// Own PostgreSQL, stopped and removed at the end and on Ctrl-C.

const database = benchPostgres("bench", log);
function log(message: string) {
  console.log(`[bench] ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Targets: what a jobcentre portal needs, checked against the p95 (or throughput) of a result.

type Target = { result: string; metric: "p95Ms" | "opsPerSec"; limit: number; why: string };

/** Names of the part 4 results that targets refer to. */
const PART4 = {
  title: `searchCandidates "Lagermedarbejder", page 1`,
  typo: `searchCandidates typo "truckcertefikat"`,
  twoWords: `searchCandidates "lagermedarbejder truckcertifikat"`,
  filtersOnly: "searchCandidates no text, ≤ 25 km, ≥ 30 h",
  flexJob: `searchCandidates FLEX_JOB "Pædagogmedhjælper i fleksjob"`,
  page10: `searchCandidates "medarbejder", page 10`,
  regional: `searchCandidates regional (4 jobcentres) "Lagermedarbejder"`,
  importCreate: "importJobseekersCsv 2,000 rows, first import",
  importUpdate: "importJobseekersCsv 2,000 rows, re-import",
} as const;

const TARGETS: Target[] = [
  { result: "computeDeadlines WORKING_HOURS", metric: "p95Ms", limit: 1, why: "once per order in the workflow; never noticeable" },
  { result: "policyHoursBetween WORKING_HOURS, 3 weeks", metric: "p95Ms", limit: 0.5, why: "once per inbox row (500 rows < 250 ms even at p95)" },
  { result: "createJobOrder sequential", metric: "p95Ms", limit: 20, why: "database part of the public form's submit" },
  { result: "createJobOrder concurrent", metric: "p95Ms", limit: 250, why: "a burst of 10 submits queues on the order-number row lock; still far below 1 s" },
  { result: "createJobOrder concurrent", metric: "opsPerSec", limit: 50, why: "far above any real peak (a few orders a minute)" },
  { result: "listTasks (alle)", metric: "p95Ms", limit: 50, why: "the task inbox query, at 20k orders and their tasks" },
  { result: "inbox loader data (4 queries + time left)", metric: "p95Ms", limit: 100, why: "the whole inbox page's server work" },
  { result: "getComplianceReport, 1 month", metric: "p95Ms", limit: 100, why: "the manager page's default view" },
  { result: "getComplianceReport, 1 year", metric: "p95Ms", limit: 500, why: "a year's report stays interactive" },
  { result: "backlog: listTasks (alle)", metric: "p95Ms", limit: 50, why: "the inbox stays fast with a large backlog (a page of TASK_PAGE_SIZE)" },
  { result: PART4.title, metric: "p95Ms", limit: 300, why: "the candidate page's first view (the order's title); feels immediate" },
  { result: PART4.typo, metric: "p95Ms", limit: 300, why: "a typo must not cost more than a correct word (trigram index)" },
  { result: PART4.regional, metric: "p95Ms", limit: 500, why: "a regional order searches four registers at once; still interactive" },
  { result: PART4.page10, metric: "p95Ms", limit: 400, why: "paging deep into a broad result stays interactive (ranked in SQL, OFFSET)" },
  { result: PART4.importCreate, metric: "p95Ms", limit: 5_000, why: "a consultant uploads a file of 2,000 and waits for the answer" },
  { result: PART4.importUpdate, metric: "p95Ms", limit: 5_000, why: "a re-upload of the same register updates every row; the same wait" },
];

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const results: BenchResult[] = [];
  const memory: MemorySnapshot[] = [];
  const snapshot = (after: string) => {
    const m = memorySnapshot(after);
    memory.push(m);
    log(`memory after ${after}: rss ${m.rssMB} MB, heap used ${m.heapUsedMB} MB (${m.heapAfterGcMB ?? "?"} MB after GC)`);
  };
  const add = (r: BenchResult) => {
    results.push(r);
    log(`${r.part} | ${r.name}: median ${formatDuration(r.medianMs)}, p95 ${formatDuration(r.p95Ms)}${r.opsPerSec !== null ? `, ${formatRate(r.opsPerSec)}/s` : ""}`);
  };

  // --- PostgreSQL, migrations, environment ----------------------------------------------------
  const postgres = await database.start();

  // App modules read the environment when first used; set it before loading them.
  Object.assign(process.env, {
    NODE_ENV: "production",
    DATABASE_URL: postgres.url,
    TEMPORAL_ADDRESS: "unused:7233",
    SMTP_URL: "smtp://127.0.0.1:1",
    // Production refuses published secrets: fresh ones for each run.
    SESSION_SECRET: crypto.randomBytes(32).toString("base64url"),
    LINK_SECRET: crypto.randomBytes(32).toString("base64url"),
  });
  delete process.env.DEV_MAIL_DIR;

  const { getPrisma } = await import("../app/utils/db.server");
  const { computeDeadlines, policyHoursBetween } = await import("../app/utils/deadlines");
  const { getCurrentPolicy, toDeadlinePolicy } = await import("../app/models/policy/policy.server");
  const { createJobOrder } = await import("../app/models/job-order/intake.server");
  const { jobOrderSchema, danishToday } = await import("../app/schemas/job-order");
  const { listRecentlyAnswered } = await import("../app/models/job-order/inbox.server");
  const { countTasks, listTasks } = await import("../app/models/job-order/tasks.server");
  const { listColleagues } = await import("../app/models/access/users.server");
  const { TASK_KIND_LABELS } = await import("../app/utils/labels");
  const { getComplianceReport } = await import("../app/models/kpi/compliance.server");
  const { describeTimeLeft, escalationText } = await import("../app/models/job-order/staff.server");
  const { formatDateTime, formatDuration: formatHours } = await import("../app/utils/format");
  const { searchCandidates } = await import("../app/models/referral/candidate-search.server");
  const { upsertJobseekers } = await import("../app/models/jobseeker/register.server");
  const { importJobseekersCsv, parseJobseekerCsv } = await import("../app/models/jobseeker/import.server");
  const { BENEFIT_GROUP_CSV_VALUES, JOBSEEKER_COLUMNS } = await import("../app/schemas/jobseeker");
  const { formatCsv } = await import("../app/utils/csv");
  const { makeSyntheticJobseekers } = await import("../prisma/synthetic-jobseekers");
  const { createJobcentre, createStaffUser, ensureReferenceData, jobOrderFormValues } = await import("../tests/factories");
  const { REFERENCE_JOBCENTRES } = await import("../prisma/reference-data");
  const { JobOrderDataset, seededRandom } = await import("./lib/bench-dataset");
  type TaskInboxQuery = Parameters<typeof listTasks>[1];
  type InboxTask = Awaited<ReturnType<typeof listTasks>>[number];

  const prisma = getPrisma(); // the app's own client: adapter-pg, pool of 10
  await ensureReferenceData(prisma);
  const pgVersion = (await prisma.$queryRaw<Array<{ version: string }>>`SELECT version()`)[0]!.version;
  const policyRows = new Map(
    await Promise.all(REFERENCE_JOBCENTRES.map(async (jc) => [jc.id, (await getCurrentPolicy(prisma, jc.id))!] as const)),
  );
  if (!policyRows.has(config.jobcentre)) throw new Error(`BENCH_JOBCENTRE: unknown jobcentre "${config.jobcentre}"`);
  snapshot("start-up (PostgreSQL, migrations, reference data)");

  // --- 1. Deadline module (pure CPU) ------------------------------------------------------------
  log("part 1: deadline module …");
  const clockPolicy = toDeadlinePolicy(policyRows.get("lolland")!); // 24 clock hours
  const workingPolicy = toDeadlinePolicy(policyRows.get("lejre")!); // 24 working hours, holidays, closed days
  const random = seededRandom(42);
  const yearStart = Date.UTC(2026, 0, 1);
  const instants = Array.from({ length: 10_000 }, (_, i) => new Date(yearStart + Math.floor(((i + random()) / 10_000) * 365 * DAY)));
  const spanStarts = instants.filter((_, i) => i % 5 === 0); // 2,000 spans
  const cpuRuns = 5;
  for (const [label, policy] of [["CLOCK_HOURS", clockPolicy], ["WORKING_HOURS", workingPolicy]] as const) {
    const deadlines = timeSyncPasses(instants, (at) => computeDeadlines(policy, at), cpuRuns);
    add(
      result("1 deadlines", `computeDeadlines ${label}`, deadlines.durations, (instants.length * cpuRuns) / (deadlines.wallMs / 1000),
        `${instants.length.toLocaleString("en-US")} instants over 2026 × ${cpuRuns} runs; first pass ${formatDuration(deadlines.coldPassMs)}`),
    );
    const spans = timeSyncPasses(spanStarts, (from) => policyHoursBetween(policy, from, new Date(from.getTime() + 21 * DAY)), cpuRuns);
    add(
      result("1 deadlines", `policyHoursBetween ${label}, 3 weeks`, spans.durations, (spanStarts.length * cpuRuns) / (spans.wallMs / 1000),
        `${spanStarts.length.toLocaleString("en-US")} spans × ${cpuRuns} runs; first pass ${formatDuration(spans.coldPassMs)}`),
    );
  }
  snapshot("part 1 (deadline module)");

  // --- 2. Intake: the database part of createJobOrder ----------------------------------------------
  log("part 2: intake …");
  const startDate = danishToday(new Date(Date.now() + 30 * DAY));
  const intakePostcodes = ["4900", "3600", "4640", "4320"]; // Lolland, Frederikssund, Faxe, Lejre
  // Validated before timing: zod is not database time.
  const intakeInputs = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const postcode = intakePostcodes[i % intakePostcodes.length]!;
      const { submissionKey: _key, ...input } = jobOrderSchema.parse({
        ...jobOrderFormValues({ workplacePostcode: postcode, companyPostcode: postcode, startDate }),
        submissionKey: crypto.randomUUID(),
      });
      return input;
    });
  const intake = async (input: ReturnType<typeof intakeInputs>[number]) => {
    const order = await createJobOrder(input, crypto.randomUUID(), new Date(), prisma);
    if (!order.created) throw new Error("intake returned an existing order");
  };
  const warmupInputs = intakeInputs(50);
  const sequentialInputs = intakeInputs(config.intakeSequential);
  for (const input of warmupInputs) await intake(input);
  const seq = await timeAsync((i) => intake(sequentialInputs[i]!), { warmup: 0, runs: sequentialInputs.length });
  add(
    result("2 intake", "createJobOrder sequential", seq.durations, seq.durations.length / (seq.wallMs / 1000),
      `${seq.durations.length} orders, one caller, after 50 warm-up orders`),
  );
  const concurrentInputs = intakeInputs(config.intakeConcurrent + 50);
  await timeConcurrent((i) => intake(concurrentInputs[i]!), { total: 50, concurrency: config.concurrency }); // warm-up
  const conc = await timeConcurrent((i) => intake(concurrentInputs[50 + i]!), { total: config.intakeConcurrent, concurrency: config.concurrency });
  add(
    result("2 intake", "createJobOrder concurrent", conc.durations, conc.durations.length / (conc.wallMs / 1000),
      `${conc.durations.length} orders, ${config.concurrency} callers, pool of 10 connections`),
  );
  const intakeOrders = await prisma.jobOrder.count();
  snapshot("part 2 (intake)");

  // --- 3. Realistic volume: task inbox and compliance ---------------------------------------------------
  // Intake's orders would only blur the picture (no deadlines yet): start the history from empty.
  await prisma.$executeRawUnsafe(`TRUNCATE "JobOrderEvent", "JobOrder", "Company", "OrderNumberCounter" CASCADE`);
  log(`part 3: staff and ${config.orders.toLocaleString("en-US")} orders over 2 years …`);
  const setups = [];
  for (const jc of REFERENCE_JOBCENTRES) {
    const consultants = [];
    for (let i = 1; i <= 6; i++) consultants.push(await createStaffUser(prisma, { jobcentreId: jc.id, role: "CONSULTANT", name: `Konsulent ${i} ${jc.id}` }));
    const teamLead = await createStaffUser(prisma, { jobcentreId: jc.id, role: "TEAM_LEAD", name: `Teamleder ${jc.id}` });
    const manager = await createStaffUser(prisma, { jobcentreId: jc.id, role: "MANAGER", name: `Leder ${jc.id}` });
    setups.push({
      id: jc.id,
      postcodes: jc.postcodes.map(([postcode]) => postcode),
      policy: policyRows.get(jc.id)!,
      regionId: jc.regionId,
      consultantIds: consultants.map((c) => c.id),
      teamLeadEmails: [teamLead.email],
      managerEmails: [manager.email],
    });
  }
  const now = new Date();
  const shares = Object.fromEntries(
    REFERENCE_JOBCENTRES.map((jc) => [jc.id, jc.id === config.jobcentre ? config.measuredShare : (1 - config.measuredShare) / (REFERENCE_JOBCENTRES.length - 1)]),
  );
  const dataset = new JobOrderDataset(prisma, setups, now);
  const seedStart = performance.now();
  const companies = await dataset.createCompanies(config.companiesPerJobcentre);
  const referralJobseekers = await dataset.createReferralPool(config.referralPoolPerJobcentre);
  const counts = await dataset.addOrders({ count: config.orders, shares, spanDays: 730 });
  const seedMs = performance.now() - seedStart;
  await prisma.$executeRawUnsafe("ANALYZE");
  log(
    `loaded ${counts.orders.toLocaleString("en-US")} orders, ${counts.events.toLocaleString("en-US")} events, ` +
      `${counts.tasks.toLocaleString("en-US")} tasks, ${counts.referrals.toLocaleString("en-US")} referrals, ` +
      `${companies} companies in ${formatDuration(seedMs)} (createMany); ${config.jobcentre}: ${JSON.stringify(counts.byJobcentre[config.jobcentre])}`,
  );
  log(`tasks by kind: ${JSON.stringify(counts.tasksByKind)}`);
  snapshot("dataset load");

  const setup = setups.find((s) => s.id === config.jobcentre)!;
  const user = { id: setup.consultantIds[0]!, jobcentreId: config.jobcentre };
  const runs = config.queryRuns;
  const warmup = 5;

  // The inbox route's loader (app/routes/indbakke.tsx) without auth and JSON: its four queries in
  // parallel, then the rows with the time left (the answer task in its order's policy, else plain hours).
  const inboxQuery = (vis: TaskInboxQuery["vis"]): TaskInboxQuery => ({ vis, type: "alle", forfaldne: false, soeg: "", side: 1 });
  const timeLeftOf = (task: InboxTask, at: Date) => {
    if (task.kind === "ANSWER" && task.order.dueAt) {
      const timeLeft = describeTimeLeft(task.order.policy, task.order, at);
      if (timeLeft) return { ...timeLeft, escalation: escalationText(task.order.escalationLevel) };
    }
    const hours = (task.dueAt.getTime() - at.getTime()) / 3_600_000;
    return { text: formatHours(hours), overdue: at.getTime() > task.dueAt.getTime(), nearDeadline: false, escalation: null };
  };
  const inboxLoader = async (query: TaskInboxQuery) => {
    const at = new Date();
    const [tasks, countsByView, answered, colleagues] = await Promise.all([
      listTasks(user, query, at, prisma),
      countTasks(user, query, at, prisma),
      listRecentlyAnswered(user, query.vis === "mine" ? "mine" : "alle", at, prisma),
      listColleagues(user.jobcentreId, prisma),
    ]);
    const rows = tasks.map((t) => {
      const timeLeft = timeLeftOf(t, at);
      return {
        id: t.id,
        kind: TASK_KIND_LABELS[t.kind] ?? t.kind,
        jobseeker: t.referral?.jobseeker.name ?? null,
        fromJobcentre: t.jobcentreId !== user.jobcentreId ? t.jobcentre.name : null,
        number: t.order.number,
        company: t.order.company.name,
        assignee: t.assignee?.name ?? null,
        dueAt: formatDateTime(t.dueAt),
        timeLeft: timeLeft.text,
        overdue: timeLeft.overdue,
        escalation: timeLeft.escalation,
      };
    });
    return { rows: rows.length, total: countsByView[query.vis], answered: answered.length, colleagues: colleagues.length };
  };

  const measureInbox = async (prefix: string) => {
    for (const vis of ["alle", "mine"] as const) {
      const shown = (await listTasks(user, inboxQuery(vis), new Date(), prisma)).length;
      const total = (await countTasks(user, inboxQuery(vis), new Date(), prisma))[vis];
      const r = await timeAsync(() => listTasks(user, inboxQuery(vis), new Date(), prisma), { warmup, runs });
      add(result("3 inbox", `${prefix}listTasks (${vis})`, r.durations, runs / (r.wallMs / 1000), `${shown} of ${total} open tasks returned`));
    }
    const loader = await timeAsync(() => inboxLoader(inboxQuery("alle")), { warmup, runs });
    add(
      result("3 inbox", `${prefix}inbox loader data (4 queries + time left)`, loader.durations, runs / (loader.wallMs / 1000),
        "listTasks ‖ countTasks ‖ listRecentlyAnswered ‖ listColleagues, then the time left per row"),
    );
  };

  log("part 3: task inbox queries …");
  const openTasksInScope = await countTasks(user, inboxQuery("alle"), new Date(), prisma);
  log(`open tasks ${config.jobcentre} sees: ${JSON.stringify(openTasksInScope)}`);
  await measureInbox("");
  for (const [name, fn, note] of [
    ["countTasks (4 views)", () => countTasks(user, inboxQuery("alle"), new Date(), prisma), "one count per view: mine, alle, ikke-tildelt, regionale"],
    ["listRecentlyAnswered (alle, 14 days)", () => listRecentlyAnswered(user, "alle", new Date(), prisma), undefined],
  ] as const) {
    const r = await timeAsync(fn, { warmup, runs });
    add(result("3 inbox", name, r.durations, runs / (r.wallMs / 1000), note));
  }

  log("part 3: compliance reports …");
  const today = danishToday(now);
  const lastMonthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const lastMonthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const shiftYears = (date: string, years: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() + years);
    d.setUTCDate(d.getUTCDate() + 1);
    return iso(d);
  };
  const periods = [
    { name: "getComplianceReport, 1 month", period: { fra: iso(lastMonthStart), til: iso(lastMonthEnd) }, runs },
    { name: "getComplianceReport, 1 year", period: { fra: shiftYears(today, -1), til: today }, runs: Math.max(10, Math.round(runs / 2)) },
    { name: "getComplianceReport, 2 years (max period)", period: { fra: shiftYears(today, -2), til: today }, runs: Math.max(5, Math.round(runs / 5)) },
  ];
  for (const p of periods) {
    const report = await getComplianceReport(config.jobcentre, p.period, now, prisma);
    const r = await timeAsync(() => getComplianceReport(config.jobcentre, p.period, now, prisma), { warmup: 3, runs: p.runs });
    const share = report.totals.shareOnTime === null ? "–" : `${Math.round(report.totals.shareOnTime * 100)} % on time`;
    add(result("3 compliance", p.name, r.durations, null, `${p.period.fra} – ${p.period.til}: ${report.totals.received} orders, ${share}`));
  }
  snapshot("part 3 (task inbox and compliance)");

  // --- Query plans of the measured queries (EXPLAIN ANALYZE of the SQL Prisma sends) -------------
  log("query plans …");
  const yearPeriod = periods[1]!.period;
  const explained = await capturePlans(postgres.url, [
    ["listTasks (alle)", (db) => listTasks(user, inboxQuery("alle"), new Date(), db)],
    ["listTasks (mine)", (db) => listTasks(user, inboxQuery("mine"), new Date(), db)],
    ["countTasks (4 views)", (db) => countTasks(user, inboxQuery("alle"), new Date(), db)],
    ["listRecentlyAnswered (alle)", (db) => listRecentlyAnswered(user, "alle", new Date(), db)],
    ["getComplianceReport, 1 year", (db) => getComplianceReport(config.jobcentre, yearPeriod, now, db)],
  ]);
  const plans = explained.plans;
  const profiles = explained.profiles;

  // --- What if: an index the schema does not have, on this database only, dropped again -------------
  // (orderId, kind) for the report's ANSWERED events.
  log("what-if index …");
  const whatIf = [
    {
      index: `CREATE INDEX "bench_whatif_event_order_kind" ON "JobOrderEvent" ("orderId", "kind")`,
      drop: `DROP INDEX "bench_whatif_event_order_kind"`,
      label: `+ index JobOrderEvent(orderId, kind)`,
      calls: [
        ["getComplianceReport, 1 year", () => getComplianceReport(config.jobcentre, yearPeriod, now, prisma), periods[1]!.runs],
      ] as Array<[string, () => Promise<unknown>, number]>,
      explain: ["getComplianceReport, 1 year", (db: PrismaClient) => getComplianceReport(config.jobcentre, yearPeriod, now, db)] as [string, (db: PrismaClient) => Promise<unknown>],
    },
  ];
  for (const w of whatIf) {
    await prisma.$executeRawUnsafe(w.index);
    await prisma.$executeRawUnsafe("ANALYZE");
    for (const [name, fn, n] of w.calls) {
      const r = await timeAsync(fn, { warmup, runs: n });
      add(result("3 what-if", `${name} ${w.label}`, r.durations, null, "index created on the benchmark database only"));
    }
    const withIndex = await capturePlans(postgres.url, [[`${w.explain[0]} ${w.label}`, w.explain[1]]]);
    plans.push(...withIndex.plans);
    profiles.push(...withIndex.profiles);
    await prisma.$executeRawUnsafe(w.drop);
  }
  await prisma.$executeRawUnsafe("ANALYZE");

  // --- 3b. A backlog: many more open tasks than the inbox shows ----------------------------------------
  // Unanswered orders, each with its open answer task (as assignOrder leaves it).
  log(`part 3b: backlog of ${config.backlogOrders} more open orders (and their answer tasks) in ${config.jobcentre} …`);
  const backlog = await dataset.addOrders({ count: config.backlogOrders, shares: { [config.jobcentre]: 1 }, spanDays: 10, allOpen: true });
  await prisma.$executeRawUnsafe("ANALYZE");
  await measureInbox("backlog: ");
  snapshot("part 3b (backlog)");

  // --- 4. Jobseeker register and candidate search --------------------------------------------------
  // The register through the model's own write path (upsertJobseekers: one transaction a batch, a row
  // at a time, then the full-text documents), split like the orders.
  const jobseekerCounts: Record<string, number> = Object.fromEntries(
    REFERENCE_JOBCENTRES.map((jc) => [jc.id, Math.round(config.jobseekers * shares[jc.id]!)]),
  );
  jobseekerCounts[config.jobcentre]! += config.jobseekers - Object.values(jobseekerCounts).reduce((a, b) => a + b, 0);
  log(`part 4: register of ${config.jobseekers.toLocaleString("en-US")} jobseekers ${JSON.stringify(jobseekerCounts)} …`);
  const loadBatches: number[] = [];
  let loaded = 0;
  for (const [index, jc] of REFERENCE_JOBCENTRES.entries()) {
    const people = makeSyntheticJobseekers(jc.id, jc.postcodes.map(([p]) => p), jobseekerCounts[jc.id]!, 2_000 + index);
    for (let i = 0; i < people.length; i += config.jobseekerBatch) {
      const batch = people.slice(i, i + config.jobseekerBatch);
      const start = performance.now();
      const written = await upsertJobseekers(prisma, jc.id, batch);
      loadBatches.push(performance.now() - start);
      if (written.created !== batch.length) throw new Error(`register load: ${written.created} of ${batch.length} created`);
      loaded += written.created;
    }
  }
  const loadMs = loadBatches.reduce((a, b) => a + b, 0);
  const loadRate = loaded / (loadMs / 1000);
  add(
    result("4 register", `upsertJobseekers load, batches of ${config.jobseekerBatch.toLocaleString("en-US")}`, loadBatches, loadRate,
      `${loaded.toLocaleString("en-US")} new jobseekers in ${loadBatches.length} batches, ${formatDuration(loadMs)} in all; ops/s = rows/s`),
  );
  // What autovacuum does soon after such a load: merges the GIN pending lists, sets the visibility map.
  await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "Jobseeker"`);
  snapshot("register load");

  log("part 4: candidate search …");
  const measured = REFERENCE_JOBCENTRES.find((jc) => jc.id === config.jobcentre)!;
  const search: CandidateSearchInput = {
    jobcentreIds: [config.jobcentre],
    workplacePostcode: measured.postcodes[0]![0],
    kind: "ORDINARY",
    orderHours: 37,
    text: "",
    onlyContactConsent: true,
    page: 1,
    pageSize: 20,
  };
  const searches: Array<[string, CandidateSearchInput]> = [
    [PART4.title, { ...search, text: "Lagermedarbejder" }],
    [PART4.typo, { ...search, text: "truckcertefikat" }],
    [PART4.twoWords, { ...search, text: "lagermedarbejder truckcertifikat" }],
    [PART4.filtersOnly, { ...search, maxDistanceKm: 25, minHours: 30 }],
    [PART4.flexJob, { ...search, kind: "FLEX_JOB", text: "Pædagogmedhjælper i fleksjob" }],
    [PART4.page10, { ...search, text: "medarbejder", page: 10 }],
    [PART4.regional, { ...search, text: "Lagermedarbejder", jobcentreIds: REFERENCE_JOBCENTRES.map((jc) => jc.id) }],
  ];
  for (const [name, input] of searches) {
    const first = await searchCandidates(prisma, input);
    const r = await timeAsync(() => searchCandidates(prisma, input), { warmup: 3, runs: config.searchRuns });
    add(
      result("4 candidate search", name, r.durations, config.searchRuns / (r.wallMs / 1000),
        `${first.total.toLocaleString("en-US")} hits (${input.jobcentreIds.length === 1 ? input.jobcentreIds[0] : `${input.jobcentreIds.length} jobcentres`}), page ${first.page} of ${first.pageCount}`),
    );
  }
  const searchPlans = await capturePlans(postgres.url, [
    [PART4.title, (db) => searchCandidates(db, searches[0]![1])],
    [PART4.typo, (db) => searchCandidates(db, searches[1]![1])],
    [PART4.page10, (db) => searchCandidates(db, searches[5]![1])],
    [PART4.regional, (db) => searchCandidates(db, searches[6]![1])],
  ]);
  plans.push(...searchPlans.plans);
  profiles.push(...searchPlans.profiles);

  // CSV import of 2,000 rows: the pure check, then check + one transaction, into a jobcentre of its own.
  log(`part 4: CSV import of ${config.importRows.toLocaleString("en-US")} rows …`);
  const csvRow = (p: JobseekerInput): string[] => {
    const cells: Record<(typeof JOBSEEKER_COLUMNS)[number], string> = {
      reference: p.externalRef,
      navn: p.name,
      email: p.email ?? "",
      telefon: p.phone ?? "",
      postnummer: p.postcode,
      maks_km: String(p.maxTravelKm),
      timer_pr_uge: String(p.hoursPerWeek),
      ydelse: BENEFIT_GROUP_CSV_VALUES[p.benefitGroup][0]!,
      stillinger: p.occupations.join("|"),
      kompetencer: p.skills.join("|"),
      certifikater: p.certificates.join("|"),
      korekort: p.drivingLicences.join("|"),
      sprog: p.languages.join("|"),
      cv: p.cvSummary,
      kontakt_ok: p.contactConsent ? "ja" : "nej",
    };
    return JOBSEEKER_COLUMNS.map((c) => cells[c]);
  };
  const importPeople = makeSyntheticJobseekers("import", measured.postcodes.map(([p]) => p), config.importRows, 77);
  const csvText = formatCsv([[...JOBSEEKER_COLUMNS], ...importPeople.map(csvRow)]);
  const checked = parseJobseekerCsv(csvText);
  if (checked.accepted.length !== config.importRows || checked.rejected.length > 0 || checked.problems.length > 0) {
    throw new Error(`CSV import: ${checked.accepted.length} accepted, rejected ${JSON.stringify(checked.rejected.slice(0, 3))}, problems ${JSON.stringify(checked.problems)}`);
  }
  const csvKB = Math.round(Buffer.byteLength(csvText) / 1024);
  const parseRuns = Math.max(config.importRuns, 10);
  const parse = await timeAsync(async () => parseJobseekerCsv(csvText), { warmup: 2, runs: parseRuns });
  add(
    result("4 register", `parseJobseekerCsv ${config.importRows.toLocaleString("en-US")} rows`, parse.durations, (config.importRows * parseRuns) / (parse.wallMs / 1000),
      `${csvKB} KB of CSV; checks every row, no database; ops/s = rows/s`),
  );
  // Each first import goes into a new jobcentre (created untimed), so it creates every row; the first one is a warm-up.
  const createDurations: number[] = [];
  let importJobcentre = "";
  for (let i = 0; i <= config.importRuns; i++) {
    importJobcentre = (await createJobcentre(prisma)).jobcentre.id;
    const start = performance.now();
    const imported = await importJobseekersCsv(prisma, importJobcentre, csvText);
    const ms = performance.now() - start;
    if (!imported.applied || imported.created !== config.importRows) throw new Error("CSV import: first import did not create every row");
    if (i > 0) createDurations.push(ms);
  }
  const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);
  add(
    result("4 register", PART4.importCreate, createDurations, (config.importRows * createDurations.length) / (sumOf(createDurations) / 1000),
      `parse + one transaction creating ${config.importRows.toLocaleString("en-US")} rows, a new jobcentre each run, after 1 warm-up; ops/s = rows/s`),
  );
  const reimport = await timeAsync(
    async () => {
      const imported = await importJobseekersCsv(prisma, importJobcentre, csvText);
      if (!imported.applied || imported.updated !== config.importRows) throw new Error("CSV import: re-import did not update every row");
    },
    { warmup: 1, runs: config.importRuns },
  );
  add(
    result("4 register", PART4.importUpdate, reimport.durations, (config.importRows * config.importRuns) / (reimport.wallMs / 1000),
      `the same file again into the same jobcentre: parse + one transaction updating ${config.importRows.toLocaleString("en-US")} rows, after 1 warm-up; ops/s = rows/s`),
  );
  const jobseekersInTable = await prisma.jobseeker.count();
  snapshot("part 4 (register and candidate search)");

  // --- Report -----------------------------------------------------------------------------------
  const targets = TARGETS.map((t) => {
    const r = results.find((x) => x.name === t.result);
    const value = r ? (t.metric === "p95Ms" ? r.p95Ms : r.opsPerSec ?? Number.NaN) : Number.NaN;
    const met = t.metric === "p95Ms" ? value < t.limit : value >= t.limit;
    return { ...t, value, met };
  });

  const cpus = os.cpus();
  const report = {
    generatedAt: new Date().toISOString(),
    durationSeconds: Math.round((performance.now() - started) / 100) / 10,
    config,
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? "unknown",
      totalMemoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      postgres: pgVersion,
    },
    dataset: {
      intakeOrders,
      orders: counts.orders,
      events: counts.events,
      tasks: counts.tasks,
      tasksByKind: counts.tasksByKind,
      referrals: counts.referrals,
      /** Jobseekers behind the referrals (no consent to contact: no candidate search finds them). */
      referralJobseekers,
      openTasksInScope,
      companies,
      seedSeconds: Math.round(seedMs / 100) / 10,
      shares,
      byJobcentre: counts.byJobcentre,
      backlog: { orders: backlog.orders, events: backlog.events, tasks: backlog.tasks },
      jobseekers: {
        register: loaded,
        byJobcentre: jobseekerCounts,
        loadSeconds: Math.round(loadMs / 100) / 10,
        rowsPerSecond: Math.round(loadRate),
        /** Rows the import runs added in jobcentres of their own, after the searches. */
        importRows: jobseekersInTable - loaded - referralJobseekers,
      },
    },
    results,
    memory,
    targets,
    profiles,
    plans,
  };
  const outDir = path.join(PROJECT_ROOT, "bench", "results");
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);

  const resultHeaders = ["part", "measurement", "n", "median", "p95", "max", "ops/s", "note"];
  const resultRows = results.map((r) => [r.part, r.name, String(r.samples), formatDuration(r.medianMs), formatDuration(r.p95Ms), formatDuration(r.maxMs), formatRate(r.opsPerSec), r.note ?? ""]);
  const memoryHeaders = ["after", "rss MB", "heap used MB", "heap total MB", "heap after GC MB"];
  const memoryRows = memory.map((m) => [m.after, String(m.rssMB), String(m.heapUsedMB), String(m.heapTotalMB), String(m.heapAfterGcMB ?? "–")]);
  const targetHeaders = ["target", "limit", "measured", "met"];
  const targetRows = targets.map((t) => [
    `${t.result} ${t.metric === "p95Ms" ? "p95" : "throughput"}`,
    t.metric === "p95Ms" ? `< ${formatDuration(t.limit)}` : `≥ ${t.limit}/s`,
    t.metric === "p95Ms" ? formatDuration(t.value) : `${formatRate(t.value)}/s`,
    t.met ? "yes" : "NO",
  ]);
  const right = new Set([2, 3, 4, 5, 6]);

  console.log(`\nMachine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.totalMemoryGB} GB, ${report.machine.platform}, Node ${process.version}`);
  console.log(`PostgreSQL: ${pgVersion}`);
  console.log(
    `Dataset: ${counts.orders.toLocaleString("en-US")} orders (${counts.events.toLocaleString("en-US")} events, ` +
      `${counts.tasks.toLocaleString("en-US")} tasks, ${counts.referrals.toLocaleString("en-US")} referrals) over 2 years; ` +
      `${config.jobcentre}: ${JSON.stringify(counts.byJobcentre[config.jobcentre])}; backlog +${backlog.orders} open`,
  );
  console.log(
    `Register: ${loaded.toLocaleString("en-US")} jobseekers ${JSON.stringify(jobseekerCounts)}, loaded at ${formatRate(loadRate)} rows/s\n`,
  );
  console.log(formatTable(resultHeaders, resultRows, right));
  console.log(`\n${formatTable(memoryHeaders, memoryRows, new Set([1, 2, 3, 4]))}`);
  console.log(`\n${formatTable(targetHeaders, targetRows, new Set([1, 2]))}`);
  console.log("\nWhere the time goes (one call each, on a client that logs its SQL):");
  console.log(
    formatTable(
      ["call", "wall", "SQL (Prisma's measure)", "queries"],
      profiles.map((p) => [p.label, formatDuration(p.wallMs), formatDuration(p.sqlMs), String(p.queries)]),
      new Set([1, 2, 3]),
    ),
  );
  console.log("\nQuery plans on the task, order and jobseeker tables (scans used; all plans in full in bench/results/latest.json):");
  for (const plan of plans.filter((p) => /FROM "public"\."(JobOrder(Event)?|Task)"/.test(p.sql) || p.label.startsWith("searchCandidates"))) {
    console.log(`  ${plan.label}: ${plan.sql.slice(0, 90)}…`);
    console.log(`    ${plan.scans.join("; ")}${plan.executionTime ? ` (${plan.executionTime})` : ""}`);
  }
  if (markdown) {
    console.log(
      `\n${formatMarkdownTable(
        ["call", "wall", "SQL (Prisma's measure)", "queries"],
        profiles.map((p) => [p.label, formatDuration(p.wallMs), formatDuration(p.sqlMs), String(p.queries)]),
        new Set([1, 2, 3]),
      )}`,
    );
    console.log(`\n${formatMarkdownTable(resultHeaders, resultRows, right)}`);
    console.log(`\n${formatMarkdownTable(memoryHeaders, memoryRows, new Set([1, 2, 3, 4]))}`);
    console.log(`\n${formatMarkdownTable(targetHeaders, targetRows, new Set([1, 2]))}`);
  }
  console.log(`\nWritten: bench/results/latest.json (${report.durationSeconds} s in all)`);
  await prisma.$disconnect();
}

type Plan = { label: string; sql: string; durationMs: number; scans: string[]; executionTime: string | null; plan: string[] };
type CallProfile = { label: string; wallMs: number; sqlMs: number; queries: number };

/** Long id lists make plans unreadable: keep the start of each line. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/**
 * Runs each call twice on a client that logs its SQL (the first run warms the connections), then
 * EXPLAIN ANALYZEs every SELECT (and WITH … SELECT) of the second run. Also tells how much of the call's
 * time was spent in SQL as Prisma measured it, and how much in Prisma and JavaScript around it.
 * A call's plans are taken in one transaction, rolled back, that first repeats the call's own
 * `SELECT set_config(…, true)` (searchCandidates sets the trigram threshold for its transaction).
 */
async function capturePlans(
  url: string,
  calls: Array<[string, (db: PrismaClient) => Promise<unknown>]>,
): Promise<{ plans: Plan[]; profiles: CallProfile[] }> {
  const logging = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }), log: [{ emit: "event", level: "query" }] });
  let captured: Array<{ query: string; params: string; duration: number }> = [];
  logging.$on("query", (e) => captured.push({ query: e.query, params: e.params, duration: Number(e.duration) }));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const plans: Plan[] = [];
  const profiles: CallProfile[] = [];
  try {
    for (const [label, call] of calls) {
      await call(logging as unknown as PrismaClient);
      captured = [];
      const start = performance.now();
      await call(logging as unknown as PrismaClient);
      const wallMs = performance.now() - start;
      profiles.push({ label, wallMs, sqlMs: captured.reduce((s, q) => s + q.duration, 0), queries: captured.length });
      await client.query("BEGIN");
      try {
        for (const { query, params, duration } of captured) {
          if (!/^\s*(SELECT|WITH)\b/i.test(query)) continue;
          let values: unknown[] = [];
          try {
            values = JSON.parse(params) as unknown[];
          } catch {
            continue;
          }
          if (/^\s*SELECT\s+set_config\s*\(/i.test(query)) {
            await client.query(query, values);
            continue;
          }
          const explained = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, values);
          const lines = explained.rows.map((row) => clip(row["QUERY PLAN"], 240));
          plans.push({
            label,
            sql: clip(query.replace(/\s+/g, " "), 600),
            durationMs: duration,
            scans: lines
              .filter((l) => /Scan|Sort Method|Rows Removed/.test(l))
              .map((l) => l.replace(/^[\s->]+/, "").replace(/\s+\(cost=[^)]*\)/, "").trim()),
            executionTime: lines.find((l) => l.startsWith("Execution Time"))?.trim() ?? null,
            plan: lines,
          });
        }
      } finally {
        await client.query("ROLLBACK");
      }
    }
  } finally {
    await client.end();
    await logging.$disconnect();
  }
  return { plans, profiles };
}

main()
  .catch((error: unknown) => {
    // After Ctrl-C the database goes away under the running part: that error is expected.
    if (!database.interrupted()) console.error("[bench] failed:", error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await database.cleanup();
  });
