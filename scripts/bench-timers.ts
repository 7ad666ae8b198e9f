// Timer benchmark: how late the answer promise's warnings and escalations go out when many fall due at once.
// Starts embedded PostgreSQL, the Temporal dev server and the SMTP sink, the worker as production runs it
// (its own process, scripts/worker.ts; `--workers M`), gives Lolland a short test policy (a one-hour promise,
// the warning 36 s before the deadline, the team lead's escalation at it), and stores `--orders` (1,000)
// orders by the real intake, received so that their deadlines fall within one minute, with their workflows
// started. Then it waits for the mails and reports, per kind, how late each one was in the sink after its
// instant (p50, p95, p99, max), how many are missing and how many came more than once (by Message-ID).
// Flags: --orders N (1000), --workers M (1), --spread S seconds (60), --markdown, --profile (a CPU profile
// of each worker process, written to bench/profiles/ when it stops).
// Results: bench/results/timers-latest.json.
import fs from "node:fs";
import path from "node:path";
import { Client, Connection } from "@temporalio/client";
import { createPrismaClient } from "../app/utils/db.server";
import { seedReferenceAndStaff } from "../prisma/seed";
import { formatMarkdownTable, formatTable, percentileOf } from "./lib/bench-stats";
import { orderMessageIds, SinkReader, startDueOrders, useShortPromise, type DueOrder } from "./lib/bench-due-orders";
import { withBenchServices } from "./lib/bench-services";
import { CORES, cpuBetween } from "./lib/process-cpu";
import { productionEnv, startEntryPoint } from "./lib/production-processes";

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const config = {
  orders: Number(flag("orders", "1000")),
  workers: Number(flag("workers", "1")),
  spreadMs: Number(flag("spread", "60")) * 1000,
  markdown: process.argv.includes("--markdown"),
  profile: process.argv.includes("--profile"),
};

function profileArgs(name: string): string[] {
  if (!config.profile) return [];
  const dir = path.join(process.cwd(), "bench", "profiles", `${name}-${Date.now()}`);
  fs.mkdirSync(dir, { recursive: true });
  return ["--cpu-prof", `--cpu-prof-dir=${dir}`];
}

type Kind = "warning" | "escalation";
type Lateness = { kind: Kind; sent: number; missing: number; duplicated: number; p50: number; p95: number; p99: number; max: number };

function latenessOf(kind: Kind, orders: DueOrder[], sink: Map<string, Date[]>): Lateness {
  const late: number[] = [];
  let missing = 0;
  let duplicated = 0;
  for (const order of orders) {
    const arrivals = sink.get(orderMessageIds(order.id)[kind]);
    if (!arrivals) {
      missing++;
      continue;
    }
    if (arrivals.length > 1) duplicated++;
    const instant = kind === "warning" ? order.warnAt : order.escalateAt;
    late.push(Math.min(...arrivals.map((a) => a.getTime())) - instant.getTime());
  }
  late.sort((a, b) => a - b);
  return { kind, sent: late.length, missing, duplicated, p50: percentileOf(late, 50), p95: percentileOf(late, 95), p99: percentileOf(late, 99), max: late.at(-1) ?? NaN };
}

async function main() {
  await withBenchServices(async ({ services, processes, cpuSnapshot }) => {
    const prisma = createPrismaClient(services.env.DATABASE_URL!);
    await seedReferenceAndStaff(prisma);
    const policy = await useShortPromise(prisma, "lolland");
    const taskQueue = `bench-timers-${process.pid}`;
    const env = productionEnv(services.env, { taskQueue, publicUrl: "http://127.0.0.1" });
    for (let i = 0; i < config.workers; i++) processes.push(startEntryPoint("scripts/worker.ts", env, profileArgs(`timers-worker-${i}`)).child);
    const connection = await Connection.connect({ address: env.TEMPORAL_ADDRESS! });
    const client = new Client({ connection });

    // Room to store and start every order and send its receipt before the first warning (36 s before the
    // first deadline): about 10 orders a second end to end on this machine (bench:load), with a margin.
    const leadMs = 60_000 + config.orders * 100;
    const firstDueAt = new Date(Date.now() + leadMs);
    const started = Date.now();
    const orders = await startDueOrders({ prisma, client, taskQueue, policy, postcode: "4900", count: config.orders, firstDueAt, spreadMs: config.spreadMs });
    const startSeconds = (Date.now() - started) / 1000;
    const startedLate = orders.filter((o) => o.startedAt >= o.warnAt).length;
    console.log(`${orders.length} orders stored and started in ${startSeconds.toFixed(1)} s; first deadline at ${firstDueAt.toISOString()}`);

    // Until every warning and escalation is in the sink, or two minutes after the last deadline.
    const lastAt = firstDueAt.getTime() + config.spreadMs;
    const expected = orders.flatMap((o) => [orderMessageIds(o.id).warning, orderMessageIds(o.id).escalation]);
    const reader = new SinkReader(services.env.DEV_MAIL_DIR!);
    // The machine's CPU from the first warning instant to the last mail: what the deadline minute costs.
    const firstWarnAt = Math.min(...orders.map((o) => Number(o.warnAt)));
    await new Promise((r) => setTimeout(r, Math.max(0, firstWarnAt - Date.now())));
    const snapshot = () => cpuSnapshot({ worker: processes.map((p) => p.pid!), benchmark: [process.pid] });
    const cpuBefore = snapshot();
    const windowStart = Date.now();
    let sink = reader.read();
    while (Date.now() < lastAt + 120_000 && (Date.now() < lastAt || expected.some((id) => !sink.has(id)))) {
      await new Promise((r) => setTimeout(r, 1000));
      sink = reader.read();
    }
    const windowSeconds = (Date.now() - windowStart) / 1000;
    const cpu = cpuBetween(cpuBefore, snapshot());
    // A last look a few seconds on, for a second copy of any mail.
    await new Promise((r) => setTimeout(r, 5000));
    sink = reader.read();
    await connection.close();
    await prisma.$disconnect();

    const results = (["warning", "escalation"] as const).map((kind) => latenessOf(kind, orders, sink));
    const receipts = orders.filter((o) => sink.has(orderMessageIds(o.id).receipt)).length;
    const ms = (v: number) => `${Math.round(v)} ms`;
    const headers = ["mail", "sent", "missing", "more than once", "late p50", "late p95", "late p99", "late max"];
    const rows = results.map((r) => [r.kind, String(r.sent), String(r.missing), String(r.duplicated), ms(r.p50), ms(r.p95), ms(r.p99), ms(r.max)]);
    const right = new Set([1, 2, 3, 4, 5, 6, 7]);
    console.log(`\n${config.orders} orders due within ${config.spreadMs / 1000} s, ${config.workers} worker process(es); receipts ${receipts}/${orders.length}; started after their warning instant: ${startedLate}`);
    console.log(formatTable(headers, rows, right));
    console.log("target: escalation lateness p99 ≤ 2 s");
    const cpuSeconds = Object.values(cpu).reduce((a, b) => a + b, 0) / 1000;
    const cpuParts = Object.entries(cpu).map(([group, ms]) => `${group} ${(ms / 1000).toFixed(1)} s`).join(", ");
    console.log(`CPU from the first warning to the last mail (${windowSeconds.toFixed(0)} s): ${cpuParts}; all ${cpuSeconds.toFixed(1)} s of the ${CORES} cores' ${(CORES * windowSeconds).toFixed(0)} s (${((100 * cpuSeconds) / (CORES * windowSeconds)).toFixed(0)} %)`);
    if (config.markdown) console.log(`\n${formatMarkdownTable(headers, rows, right)}`);
    const out = path.join(process.cwd(), "bench", "results");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "timers-latest.json"), JSON.stringify({ at: new Date().toISOString(), config, startSeconds, startedLate, receipts, results, cpuWindow: { seconds: windowSeconds, cpuMs: cpu } }, null, 2) + "\n");
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
