// The load benchmark in the production shape (`npm run bench:load`, docs/benchmarks.md): embedded PostgreSQL,
// the Temporal dev server and an SMTP sink, then N web and M worker processes started by their production
// entry points, and employers driving the public form over HTTP as a browser does (the form page, then the
// POST with its CSRF token and submission key). For 1, 10 and 50 concurrent employers: orders per second,
// POST latency p50/p95/p99 and submit → receipt mail p50/p95; and in the same run the raw start rate of a
// no-op workflow on the same server, the ceiling intake is measured against.
//
// Flags: --web N (1), --workers M (1), --orders K per level (200), --levels 1,10,50, --markdown, --profile
// (a CPU profile of each web and worker process, written to bench/profiles/ when they stop), --web-nice P
// (the web processes and the load driver yield the CPU to the worker, as when each has machines of its own).
// Results: bench/results/load-latest.json. Nothing is shared with a development portal.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Client, Connection } from "@temporalio/client";
import { createPrismaClient } from "../app/utils/db.server";
import { jobOrderFormValues } from "../prisma/demo-data";
import { seedReferenceAndStaff } from "../prisma/seed";
import { formatMarkdownTable, formatTable, percentileOf } from "./lib/bench-stats";
import { freePort } from "./lib/free-port";
import { PortalClient } from "./lib/portal-client";
import { withBenchServices } from "./lib/bench-services";
import { CORES, cpuBetween } from "./lib/process-cpu";
import { productionEnv, startEntryPoint, waitForHealth } from "./lib/production-processes";
import { PROJECT_ROOT } from "./lib/tools";

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const config = {
  web: Number(flag("web", "1")),
  workers: Number(flag("workers", "1")),
  orders: Number(flag("orders", "200")),
  levels: flag("levels", "1,10,50").split(",").map(Number),
  markdown: process.argv.includes("--markdown"),
  profile: process.argv.includes("--profile"),
  /** A nice value for the web processes and the load driver: the worker first, as on machines of its own. */
  webNice: Number(flag("web-nice", "0")),
};

/** Node's flags for a process: a CPU profile written on exit when asked for. */
function profileArgs(name: string): string[] {
  if (!config.profile) return [];
  // One folder per process: Node writes a profile per thread (the module loader has one of its own).
  const dir = path.join(PROJECT_ROOT, "bench", "profiles", `${name}-${Date.now()}`);
  fs.mkdirSync(dir, { recursive: true });
  return ["--cpu-prof", `--cpu-prof-dir=${dir}`];
}

type Level = {
  callers: number;
  orders: number;
  ordersPerSec: number;
  post: { p50: number; p95: number; p99: number };
  receipt: { p50: number; p95: number; missing: number };
  refused: number;
  /** The refused by status: 503 is "saved, will be forwarded" (the workflow did not start in time). */
  refusedBy: Record<string, number>;
  /** CPU milliseconds per stored order, by process group, from the level's start to its last receipt. */
  cpuMsPerOrder: Record<string, number>;
};

/** When each receipt mail reached the sink, by recipient: the sink writes one .eml file per mail. */
function watchReceipts(dir: string): { arrivals: Map<string, number>; stop: () => void } {
  const arrivals = new Map<string, number>();
  const seen = new Set<string>();
  const scan = () => {
    for (const name of fs.readdirSync(dir)) {
      if (!name.endsWith(".eml") || seen.has(name)) continue;
      seen.add(name);
          const at = performance.now();
      const head = fs.readFileSync(path.join(dir, name), "utf8").slice(0, 4000);
      const to = /^To: .*?([\w.+-]+@[\w.-]+)/im.exec(head)?.[1]?.toLowerCase();
      if (to && /^Subject: .*modtaget/im.test(head) && !arrivals.has(to)) arrivals.set(to, at);
    }
  };
  fs.mkdirSync(dir, { recursive: true });
  const watcher = fs.watch(dir, scan);
  const timer = setInterval(scan, 50);
  return { arrivals, stop: () => (watcher.close(), clearInterval(timer)) };
}

/** One employer's order as a browser sends it: the form page (cookie, CSRF, submission key), then the POST. */
async function submitOne(baseUrl: string, n: number): Promise<{ email: string; postMs: number; submittedAt: number; ok: boolean; status: number }> {
  const browser = new PortalClient(baseUrl, `2001:db8:1::${n.toString(16)}`);
  const page = await browser.get("/jobordre/ny");
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
  const submissionKey = /name="submissionKey" value="([^"]+)"/.exec(page.text)?.[1] ?? crypto.randomUUID();
  const values = jobOrderFormValues();
  const email = values.contactEmail!.toLowerCase();
  const body = new URLSearchParams({ ...values, csrf, submissionKey });
  const start = performance.now();
  const reply = await browser.request("/jobordre/ny", { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } });
  const end = performance.now();
  return { email, postMs: end - start, submittedAt: end, ok: reply.status === 302, status: reply.status };
}

async function runLevel(baseUrls: string[], callers: number, orders: number, arrivals: Map<string, number>, offset: number): Promise<Omit<Level, "cpuMsPerOrder">> {
  const results: Awaited<ReturnType<typeof submitOne>>[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      for (;;) {
        const n = next++;
        if (n >= orders) return;
        results.push(await submitOne(baseUrls[n % baseUrls.length]!, offset + n));
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const ok = results.filter((r) => r.ok);
  // The receipts of this level: wait up to 30 s for the last ones.
  const deadline = performance.now() + 30_000;
  while (ok.some((r) => !arrivals.has(r.email)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const posts = results.map((r) => r.postMs).sort((a, b) => a - b);
  const receipts = ok.filter((r) => arrivals.has(r.email)).map((r) => arrivals.get(r.email)! - r.submittedAt).sort((a, b) => a - b);
  return {
    callers,
    orders: ok.length,
    ordersPerSec: ok.length / seconds,
    post: { p50: percentileOf(posts, 50), p95: percentileOf(posts, 95), p99: percentileOf(posts, 99) },
    receipt: { p50: percentileOf(receipts, 50), p95: percentileOf(receipts, 95), missing: ok.length - receipts.length },
    refused: results.length - ok.length,
    refusedBy: results.filter((r) => !r.ok).reduce<Record<string, number>>((by, r) => ({ ...by, [r.status]: (by[r.status] ?? 0) + 1 }), {}),
  };
}

/** Starts of a workflow type no worker runs, on a queue of its own: the server's own ceiling for starts. */
async function noOpStartRate(address: string, concurrency: number, seconds: number): Promise<number> {
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  let started = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await client.workflow.start("noOpWorkflow", { taskQueue: `bench-noop-${process.pid}`, workflowId: `noop-${crypto.randomUUID()}`, args: [] });
        started++;
      }
    }),
  );
  await connection.close();
  return started / seconds;
}

async function main() {
  if (!fs.existsSync(path.join(PROJECT_ROOT, "build", "index.js"))) throw new Error("The load benchmark runs the production build: run `npm run build` first");
  await withBenchServices(async ({ services, processes, cpuSnapshot }) => {
    const prisma = createPrismaClient(services.env.DATABASE_URL!);
    await seedReferenceAndStaff(prisma);
    const env = productionEnv(services.env, { taskQueue: `bench-load-${process.pid}`, publicUrl: "http://127.0.0.1", trustProxy: true });
    for (let i = 0; i < config.workers; i++) processes.push(startEntryPoint("scripts/worker.ts", env, profileArgs(`worker-${i}`)).child);
    const baseUrls: string[] = [];
    const outputs: Array<() => string> = [];
    for (let i = 0; i < config.web; i++) {
      const port = await freePort();
      const web = startEntryPoint("scripts/serve.ts", { ...env, PORT: String(port), HOST: "127.0.0.1" }, profileArgs(`web-${i}`));
      processes.push(web.child);
      outputs.push(web.output);
      if (config.webNice) os.setPriority(web.child.pid!, config.webNice);
      await waitForHealth(`http://127.0.0.1:${port}`, web.child, web.output);
      baseUrls.push(`http://127.0.0.1:${port}`);
    }
    if (config.webNice) os.setPriority(config.webNice);
    const receipts = watchReceipts(services.env.DEV_MAIL_DIR!);
    // A few orders warm up each web process and the worker (module loading, connection pools, the workflow
    // bundle, the compiler's first queries) and are not counted: a production process has long been running.
    const warmUp = await Promise.all(baseUrls.flatMap((url, i) => Array.from({ length: 5 }, (_, j) => submitOne(url, 900_000 + i * 10 + j))));
    const warmUntil = performance.now() + 60_000;
    while (warmUp.some((r) => r.ok && !receipts.arrivals.has(r.email)) && performance.now() < warmUntil) await new Promise((r) => setTimeout(r, 100));

    // What each order costs the machine, so its rate can be set against the cores (docs/benchmarks.md "Load").
    const pids = { web: processes.slice(config.workers).map((p) => p.pid!), worker: processes.slice(0, config.workers).map((p) => p.pid!), "load driver": [process.pid] };
    const snapshot = () => cpuSnapshot(pids);
    const perUnit = (cpu: Record<string, number>, units: number) => Object.fromEntries(Object.entries(cpu).map(([group, ms]) => [group, ms / Math.max(units, 1)]));

    const levels: Level[] = [];
    for (const [i, callers] of config.levels.entries()) {
      const before = snapshot();
      const level = await runLevel(baseUrls, callers, config.orders, receipts.arrivals, i * 100_000);
      levels.push({ ...level, cpuMsPerOrder: perUnit(cpuBetween(before, snapshot()), level.orders) });
    }
    receipts.stop();
    const noOp = { 1: await noOpStartRate(env.TEMPORAL_ADDRESS!, 1, 5), 10: 0 };
    const beforeNoOp = snapshot();
    noOp[10] = await noOpStartRate(env.TEMPORAL_ADDRESS!, 10, 5);
    const cpuMsPerNoOpStart = perUnit(cpuBetween(beforeNoOp, snapshot()), noOp[10] * 5);
    await prisma.$disconnect();

    const ms = (v: number) => `${Math.round(v)} ms`;
    const headers = ["callers", "orders", "orders/s", "POST p50", "POST p95", "POST p99", "receipt p50", "receipt p95", "refused", "no receipt"];
    const rows = levels.map((l) => [
      String(l.callers),
      String(l.orders),
      l.ordersPerSec.toFixed(1),
      ms(l.post.p50),
      ms(l.post.p95),
      ms(l.post.p99),
      ms(l.receipt.p50),
      ms(l.receipt.p95),
      l.refused === 0 ? "0" : `${l.refused} (${Object.entries(l.refusedBy).map(([status, n]) => `${n}×${status}`).join(", ")})`,
      String(l.receipt.missing),
    ]);
    const right = new Set(headers.map((_, i) => i));
    console.log(`\n${config.web} web, ${config.workers} worker process(es), ${config.orders} orders per level`);
    console.log(formatTable(headers, rows, right));
    console.log(`no-op workflow starts on the same server: ${noOp[1].toFixed(0)}/s with 1 caller, ${noOp[10].toFixed(0)}/s with 10`);
    const at10 = levels.find((l) => l.callers === 10);
    if (at10) console.log(`intake at 10 callers ÷ no-op start rate at 10: ${(at10.ordersPerSec / noOp[10]).toFixed(2)} (target ≥ 0.8)`);
    const costLine = (cpu: Record<string, number>) => {
      const total = Object.values(cpu).reduce((a, b) => a + b, 0);
      const parts = Object.entries(cpu).map(([group, ms]) => `${group} ${ms.toFixed(1)}`).join(", ");
      return `${parts}; all ${total.toFixed(1)} ms → ${CORES} cores give at most ${((CORES * 1000) / total).toFixed(0)}/s`;
    };
    for (const l of levels) console.log(`CPU per order at ${l.callers} caller(s): ${costLine(l.cpuMsPerOrder)}`);
    console.log(`CPU per no-op start at 10 callers: ${costLine(cpuMsPerNoOpStart)}`);
    // A refusal of 500 is a fault to find: the web processes' own words on it.
    if (levels.some((l) => Object.keys(l.refusedBy).some((status) => Number(status) >= 500))) {
      for (const output of outputs) console.log(output().split("\n").filter((line) => /error|fail/i.test(line)).slice(0, 20).join("\n"));
    }
    if (config.markdown) console.log(`\n${formatMarkdownTable(headers, rows, right)}`);
    const out = path.join(PROJECT_ROOT, "bench", "results");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "load-latest.json"), JSON.stringify({ at: new Date().toISOString(), config, levels, noOp, cpuMsPerNoOpStart }, null, 2) + "\n");
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
