// The promises kept through faults, against real processes (tests/faults/rig.ts): orders with warnings and
// escalations falling due and employers submitting by the public form while the worker is killed (-9), the
// Temporal server is stopped and started again on its database file, PostgreSQL is restarted and the SMTP
// server refuses connections for a minute. Afterwards every stored order has its workflow, every receipt,
// warning and escalation is in the sink once (by Message-ID), and every employer was told the truth.
// `npm run test:faults`; needs the build. FAULT_ORDERS scales the orders falling due (600).
import crypto from "node:crypto";
import { Client, Connection } from "@temporalio/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../app/utils/db.server";
import { jobOrderWorkflowId } from "../../workflows/job-order/definitions";
import { jobOrderFormValues } from "../../prisma/demo-data";
import { seedReferenceAndStaff } from "../../prisma/seed";
import { orderMessageIds, SinkReader, startDueOrders, useShortPromise, type DueOrder } from "../../scripts/lib/bench-due-orders";
import { PortalClient } from "../../scripts/lib/portal-client";
import { FaultRig } from "./rig";

const DUE_ORDERS = Number(process.env.FAULT_ORDERS ?? 600);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What one employer was told: a receipt page, "saved, will be forwarded", or (after retries) nothing stored. */
type Told = { submissionKey: string; email: string; told: "received" | "saved-not-started" | "not-saved"; statuses: number[] };

/**
 * An employer at the public form: the page, then the POST. "Not stored, send again" (503 not-saved) and a
 * refused connection are sent again with the same form and key, as the page asks; "saved, will be
 * forwarded" ends the visit, as it would for an employer who leaves.
 */
async function submitAsEmployer(baseUrl: string, n: number): Promise<Told> {
  const browser = new PortalClient(baseUrl, `2001:db8:fa::${n.toString(16)}`);
  const statuses: number[] = [];
  let page = await browser.get("/jobordre/ny").catch(() => null);
  for (let attempt = 0; !page || page.status !== 200; attempt++) {
    if (attempt > 30) throw new Error(`the form page did not load for employer ${n}`);
    await sleep(1000);
    page = await browser.get("/jobordre/ny").catch(() => null);
  }
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
  const submissionKey = /name="submissionKey" value="([^"]+)"/.exec(page.text)?.[1] ?? crypto.randomUUID();
  const values = jobOrderFormValues();
  const email = values.contactEmail!.toLowerCase();
  const body = new URLSearchParams({ ...values, csrf, submissionKey }).toString();
  for (let attempt = 0; attempt < 60; attempt++) {
    const reply = await browser
      .request("/jobordre/ny", { method: "POST", body, headers: { "Content-Type": "application/x-www-form-urlencoded" } })
      .catch(() => null);
    statuses.push(reply?.status ?? 0);
    if (reply && reply.status === 302 && /^\/jobordre\/[0-9a-f-]+\/kvittering$/.test(reply.location ?? "")) return { submissionKey, email, told: "received", statuses };
    const notice = reply ? /data-notice="([\w-]+)"/.exec(reply.text)?.[1] : undefined;
    if (reply?.status === 503 && notice === "saved-not-started") return { submissionKey, email, told: "saved-not-started", statuses };
    if (reply && !(reply.status === 503 && notice === "not-saved")) return { submissionKey, email, told: "not-saved", statuses };
    await sleep(1000);
  }
  return { submissionKey, email, told: "not-saved", statuses };
}

/** How long before a kill -9 a mail's acceptance may have come without its sent mark being written. */
const KILL_WINDOW_MS = 1000;
/**
 * The sink stamps a mail when it has read the whole of it, which can be a few milliseconds after the killed
 * worker wrote it (CI saw 17 ms); the rig starts the worker again only a second after the kill.
 */
const SINK_LAG_MS = 250;

const rig = new FaultRig();
let prisma: ReturnType<typeof createPrismaClient>;

beforeAll(async () => {
  await rig.start();
  prisma = createPrismaClient(rig.env.DATABASE_URL!);
  await seedReferenceAndStaff(prisma);
}, 180_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await rig.stop();
}, 60_000);

describe("faults", () => {
  it("keeps every promise through a killed worker, a restarted Temporal server and PostgreSQL, and an SMTP outage", async () => {
    const policy = await useShortPromise(prisma, "lolland");
    const connection = await Connection.connect({ address: rig.env.TEMPORAL_ADDRESS! });
    const client = new Client({ connection });

    // Orders whose warnings and escalations fall due across the faults below (first warning ~60 s in).
    const t0 = Date.now();
    const firstDueAt = new Date(t0 + 100_000);
    const dueOrders: DueOrder[] = await startDueOrders({ prisma, client, taskQueue: rig.env.TEMPORAL_TASK_QUEUE!, policy, postcode: "4900", count: DUE_ORDERS, firstDueAt, spreadMs: 150_000 });
    await connection.close();
    rig.note(`${dueOrders.length} orders falling due stored and started in ${Math.round((Date.now() - t0) / 1000)} s`);

    // Employers at the form from now until the faults are over, two at a time.
    let employersUntil = Number.POSITIVE_INFINITY;
    const told: Told[] = [];
    let nextEmployer = 0;
    const employers = Promise.all(
      Array.from({ length: 2 }, async () => {
        while (Date.now() < employersUntil) told.push(await submitAsEmployer(rig.baseUrl, nextEmployer++));
      }),
    );

    await sleep(5_000);
    rig.killWorker();
    await sleep(15_000);
    await rig.stopTemporal();
    await sleep(20_000); // employers submit meanwhile: saved, will be forwarded
    await rig.startTemporalAgain();
    await sleep(20_000);
    await rig.restartPostgres();
    await sleep(15_000);
    await rig.stopSmtp();
    await sleep(60_000);
    await rig.startSmtpAgain();
    await sleep(10_000);
    employersUntil = Date.now();
    await employers;
    rig.note(`${told.length} employers at the form: ${JSON.stringify(countBy(told.map((t) => t.told)))}`);

    // Every order stored has its workflow and its receipt, every order due its warning and escalation.
    const reader = new SinkReader(rig.mailDir);
    const expectedMails = async () => {
      const orders = await prisma.jobOrder.findMany({ select: { id: true, workflowStartedAt: true } });
      const due = new Set(dueOrders.map((o) => o.id));
      return { orders, messageIds: orders.flatMap((o) => (due.has(o.id) ? Object.values(orderMessageIds(o.id)) : [orderMessageIds(o.id).receipt])) };
    };
    let waited = 0;
    for (; waited < 300; waited += 5) {
      const { orders, messageIds } = await expectedMails();
      const sink = reader.read();
      if (orders.every((o) => o.workflowStartedAt) && messageIds.every((id) => sink.has(id))) break;
      await sleep(5_000);
    }
    rig.note(`all mails in the sink ${waited} s after the faults`);
    await sleep(10_000); // room for a second copy of anything, were one to come
    const { orders, messageIds } = await expectedMails();
    const sink = reader.read();
    const missing = messageIds.filter((id) => !sink.has(id));
    const twice = messageIds.filter((id) => (sink.get(id)?.length ?? 0) > 1);
    // A sent mark lost between the SMTP server's acceptance and its write (a worker killed -9, or PostgreSQL
    // going away under the write) sends the mail again with the same Message-ID (decision 016): a second copy
    // is the known limit only for a mail first accepted in the second before a kill or during a restart.
    const firstAcceptedBeforeKill = (id: string) => {
      const first = Math.min(...sink.get(id)!.map((d) => d.getTime()));
      const windows = [
        ...rig.workerKills.map((kill) => ({ from: kill.getTime() - KILL_WINDOW_MS, to: kill.getTime() + SINK_LAG_MS })),
        ...rig.postgresRestarts.map((r) => ({ from: r.stoppedAt.getTime() - KILL_WINDOW_MS, to: r.backAt.getTime() })),
      ];
      return windows.some((w) => first >= w.from && first <= w.to);
    };
    const resentAfterKill = twice.filter(firstAcceptedBeforeKill);
    const kindOf = new Map(orders.flatMap((o) => Object.entries(orderMessageIds(o.id)).map(([kind, id]) => [id, kind])));
    const twiceByKind = countBy(twice.map((id) => kindOf.get(id) ?? "?"));
    rig.note(`${orders.length} orders, ${messageIds.length} mails expected: ${missing.length} missing, more than once ${JSON.stringify(twiceByKind)} (${resentAfterKill.length} first accepted in the second before a kill -9 or during a PostgreSQL restart) at ${twice.map((id) => sink.get(id)!.map((d) => d.toISOString()).join(" & ")).join(", ")}; worker restarts ${rig.workerRestarts}`);
    const report = rig.report();
    console.log(report.split("\n--- worker")[0]);

    // No employer told "received" for an order that is not stored; nothing submitted was lost.
    const stored = new Set((await prisma.jobOrder.findMany({ select: { submissionKey: true } })).map((o) => o.submissionKey));
    expect(told.filter((t) => t.told === "not-saved"), report).toEqual([]);
    expect(told.filter((t) => !stored.has(t.submissionKey)), report).toEqual([]);
    // Nobody saw a 500 or any answer but a receipt, "not stored, send again" and "saved, will be forwarded".
    expect(told.flatMap((t) => t.statuses).filter((s) => ![302, 503, 0].includes(s)), report).toEqual([]);
    // Those who submitted while Temporal was down were told "saved, will be forwarded", and got their receipt.
    const savedNotStarted = told.filter((t) => t.told === "saved-not-started");
    expect(savedNotStarted.length, report).toBeGreaterThan(0);

    expect(orders.length).toBe(DUE_ORDERS + told.length);
    expect(orders.filter((o) => !o.workflowStartedAt), report).toEqual([]);
    const handles = await describeAll(rig.env.TEMPORAL_ADDRESS!, orders.map((o) => o.id));
    expect(handles.missing, report).toEqual([]);

    expect(missing, report).toEqual([]);
    expect(twice.filter((id) => !firstAcceptedBeforeKill(id)), report).toEqual([]);
    expect(resentAfterKill.filter((id) => sink.get(id)!.length > 2), report).toEqual([]);
  }, 900_000);
});

function countBy(values: string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((by, v) => ({ ...by, [v]: (by[v] ?? 0) + 1 }), {});
}

/** The orders whose workflow the server does not know. */
async function describeAll(address: string, orderIds: string[]): Promise<{ missing: string[] }> {
  const connection = await Connection.connect({ address });
  const client = new Client({ connection });
  const missing: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (;;) {
        const id = orderIds[next++];
        if (!id) return;
        await client.workflow
          .getHandle(jobOrderWorkflowId(id))
          .describe()
          .catch(() => missing.push(id));
      }
    }),
  );
  await connection.close();
  return { missing };
}
