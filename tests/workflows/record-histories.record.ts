// Records histories of the job order workflow as it is now, for the replay test of the next version
// (tests/workflows/replay.test.ts): before changing the workflow, run
//   RECORD_HISTORIES=v2 npx vitest run --project record-histories
// and commit tests/workflows/histories/v2-*.json. Not part of the suite (scripts/test.sh leaves it out).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { TestWorkflowEnvironment } from "@temporalio/testing";
import { DefaultLogger, Runtime, type Worker } from "@temporalio/worker";
import { temporal } from "@temporalio/proto";
import type { PrismaClient } from "@prisma/client";
import type { WorkflowHandle } from "@temporalio/client";
import { createPrismaClient } from "../../app/utils/db.server";
import { createSmtpMailer } from "../../app/utils/mailer.server";
import { startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { ensureTemporalTestServer } from "../../scripts/lib/tools";
import { createJobcentre, createJobOrderRow, createStaffUser, uniqueSuffix } from "../factories";
import { createActivities } from "../../workflows/activities";
import { bundleJobOrderWorkflows, createJobOrderWorker } from "../../workflows/worker";
import { answerOrderUpdate, closeOrderUpdate, getStateQuery, jobOrderWorkflowId, reassignOrderUpdate } from "../../workflows/definitions";

const TASK_QUEUE = `record-${uniqueSuffix()}`;
const OUT = path.resolve(import.meta.dirname, "histories");
let env: TestWorkflowEnvironment;
let prisma: PrismaClient;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  try {
    Runtime.install({ logger: new DefaultLogger("WARN") });
  } catch {
    // Already installed in this process.
  }
  env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: "existing-path", path: ensureTemporalTestServer() } } });
  prisma = createPrismaClient(process.env.DATABASE_URL!);
  const activities = createActivities({
    prisma,
    mailer: createSmtpMailer(process.env.SMTP_URL!, "Test <no-reply@example.dk>"),
    publicUrl: "http://localhost:3000",
    employerLinkTtlHours: 72,
    linkSecret: "test-link-secret-that-is-long-enough-0123456789",
    temporal: { client: env.client, taskQueue: TASK_QUEUE },
  });
  worker = await createJobOrderWorker({ connection: env.nativeConnection, namespace: "default", taskQueue: TASK_QUEUE, activities, workflowBundle: await bundleJobOrderWorkflows() });
  running = worker.run();
}, 120_000);

afterAll(async () => {
  worker?.shutdown();
  await running?.catch(() => {});
  await env?.teardown();
  await prisma?.$disconnect();
});

async function setup() {
  const { jobcentre, policy } = await createJobcentre(prisma, { responseHours: 24, countingMode: "CLOCK_HOURS", warningAtPercent: 75, escalateTeamLeadAfterHours: 0, escalateManagerAfterHours: 24 });
  const a = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
  const b = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
  await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "TEAM_LEAD" });
  await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "MANAGER" });
  const order = await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, receivedAt: new Date(await env.currentTimeMs()) });
  await startJobOrderWorkflow(env.client, TASK_QUEUE, order.id);
  const handle = env.client.workflow.getHandle(jobOrderWorkflowId(order.id));
  for (let i = 0; i < 200; i++) {
    const s = await handle.query(getStateQuery).catch(() => null);
    if (s?.phase === "AWAITING_ANSWER") break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { a, b, handle };
}

async function save(name: string, handle: WorkflowHandle) {
  // Let the worker finish any workflow task still running before the history is read.
  await new Promise((r) => setTimeout(r, 1500));
  const history = await handle.fetchHistory();
  fs.mkdirSync(OUT, { recursive: true });
  const History = temporal.api.history.v1.History;
  const json = History.toObject(History.fromObject(history), { longs: String, enums: String, bytes: String });
  fs.writeFileSync(path.join(OUT, `${name}.json`), JSON.stringify(json, null, 1) + "\n");
}

const VERSION = process.env.RECORD_HISTORIES ?? "";

describe.runIf(/^v\d+$/.test(VERSION))(`record ${VERSION} histories`, () => {
  it("answered on time after a hand-over, waiting to be closed", async () => {
    const { a, b, handle } = await setup();
    await handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: a.id === (await handle.query(getStateQuery)).assigneeId ? b.id : a.id, byUserId: a.id }] });
    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: a.id, text: "Tak for ordren. Vi ringer i morgen." }] });
    await save(`${VERSION}-answered-open`, handle);
  }, 60_000);

  it("unanswered past the deadline, escalated to team lead and manager", async () => {
    const { handle } = await setup();
    await env.sleep(49 * 3_600_000);
    for (let i = 0; i < 100; i++) {
      const s = await handle.query(getStateQuery);
      if (s.escalationLevel === 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await save(`${VERSION}-escalated-unanswered`, handle);
  }, 60_000);

  it("answered late and then closed", async () => {
    const { a, handle } = await setup();
    await env.sleep(30 * 3_600_000);
    for (let i = 0; i < 100; i++) {
      const s = await handle.query(getStateQuery);
      if (s.escalationLevel === 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: a.id, text: "Undskyld ventetiden. Vi har kandidater." }] });
    await handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId: a.id, reason: "Virksomheden har selv fundet en medarbejder" }] });
    await handle.result();
    await save(`${VERSION}-answered-late-closed`, handle);
  }, 60_000);
});
