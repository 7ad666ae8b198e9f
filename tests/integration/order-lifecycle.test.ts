// The web app's side of the lifecycle on the real parts: updates sent as the pages send them
// (app/models/job-order/lifecycle.server.ts) to a real worker on the Temporal dev server, with PostgreSQL and
// the SMTP sink. A step the order does not allow comes back as a refusal with its code, never an
// exception; a resubmitted form (same update id) is one step; a bulk hand-over moves the answer task with
// its order and the lifecycle's tasks on their own.
import crypto from "node:crypto";
import { eventually } from "../support/eventually";
import { describe, expect, it } from "vitest";
import { answerOrder } from "../../app/models/job-order/staff.server";
import {
  closeOrderByStaff,
  giveEmployerFeedback,
  handOverTasks,
  recordConsentByLink,
  requestConsent,
  shortlistCandidates,
} from "../../app/models/job-order/lifecycle.server";
import { upsertJobseekers, type JobseekerInput } from "../../app/models/jobseeker/register.server";
import { startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { getStateQuery, jobOrderWorkflowId, REFUSALS } from "../../workflows/job-order/definitions";
import { createJobcentre, createJobOrderRow, createStaffUser, jobseekerInput, uniqueSuffix } from "../factories";
import { client, prisma, taskQueue, useRealWorker } from "./real-worker";

useRealWorker("lifecycle");

function jobseeker(overrides: Partial<JobseekerInput> = {}): JobseekerInput {
  const ref = `IT-${uniqueSuffix()}`;
  return jobseekerInput({ externalRef: ref, email: `${ref.toLowerCase()}@borger.example`, ...overrides });
}

/** A fresh jobcentre with two consultants and a running order, assigned and waiting for its answer. */
async function runningOrder() {
  const { jobcentre, policy } = await createJobcentre(prisma);
  const a = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
  const b = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
  const order = await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, positions: 1 });
  await startJobOrderWorkflow(client, taskQueue, order.id);
  const handle = client.workflow.getHandle(jobOrderWorkflowId(order.id));
  const state = await eventually(async () => {
    const s = await handle.query(getStateQuery).catch(() => null);
    return s?.phase === "AWAITING_ANSWER" ? s : null;
  }, "the order to await its answer", { timeoutMs: 30_000, intervalMs: 200 });
  const owner = state.assigneeId === a.id ? a : b;
  const colleague = owner === a ? b : a;
  return { jobcentre, order, handle, owner, colleague };
}

/** A running order answered by its owner, with one jobseeker of its jobcentre's register. */
async function answeredOrder() {
  const running = await runningOrder();
  const { ids } = await upsertJobseekers(prisma, running.jobcentre.id, [jobseeker()]);
  const answered = await answerOrder(running.order, running.owner, { text: "Tak for ordren, vi finder kandidater.", updateKey: crypto.randomUUID() }, prisma);
  expect(answered.ok).toBe(true);
  return { ...running, ids };
}

/** An answered order with its jobseeker on the shortlist. */
async function shortlistedOrder() {
  const answered = await answeredOrder();
  const listed = await shortlistCandidates(answered.order, answered.owner, answered.ids, crypto.randomUUID());
  return { ...answered, referralId: listed.ok ? listed.value.added[0]! : "" };
}

describe("the lifecycle from the web app", () => {
  it("a resubmitted form (the same update id) is one step with one result", async () => {
    const { order, owner, ids } = await answeredOrder();
    const key = crypto.randomUUID();
    const first = await shortlistCandidates(order, owner, ids, key);
    const again = await shortlistCandidates(order, owner, ids, key);
    expect(first.ok && first.value.added).toHaveLength(1);
    expect(again).toEqual(first);
    expect(await prisma.referral.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("refuses a step before the answer as notAnswered, with a Danish message", async () => {
    const { jobcentre, order, owner } = await runningOrder();
    const { ids } = await upsertJobseekers(prisma, jobcentre.id, [jobseeker()]);
    const early = await shortlistCandidates(order, owner, ids, crypto.randomUUID());
    expect(early).toMatchObject({ ok: false, code: REFUSALS.notAnswered });
    expect(!early.ok && early.message.length).toBeGreaterThan(10);
  });

  it("refuses a jobseeker of another jobcentre's register as jobseekerNotAllowed", async () => {
    const { order, owner } = await answeredOrder();
    const other = await createJobcentre(prisma);
    const { ids: outsider } = await upsertJobseekers(prisma, other.jobcentre.id, [jobseeker()]);
    expect(await shortlistCandidates(order, owner, outsider, crypto.randomUUID())).toMatchObject({ ok: false, code: REFUSALS.jobseekerNotAllowed });
  });

  it("refuses a consent reply-by in the past as invalidRequest", async () => {
    const { order, owner, referralId } = await shortlistedOrder();
    const past = await requestConsent(order, owner, [referralId], new Date(Date.now() - 86_400_000), crypto.randomUUID());
    expect(past).toMatchObject({ ok: false, code: REFUSALS.invalidRequest });
  });

  it("refuses a forged consent link as invalidLink", async () => {
    const { order, owner, referralId } = await shortlistedOrder();
    expect((await requestConsent(order, owner, [referralId], new Date(Date.now() + 3 * 86_400_000), crypto.randomUUID())).ok).toBe(true);
    const forged = await recordConsentByLink(order, referralId, crypto.createHash("sha256").update("gæt").digest("hex"), "YES");
    expect(forged).toMatchObject({ ok: false, code: REFUSALS.invalidLink });
  });

  it("refuses the employer's feedback on a candidate not yet shared as referralState", async () => {
    const { order, referralId } = await shortlistedOrder();
    const feedback = await giveEmployerFeedback(order, { referralId, outcome: "INVITED" }, order.contactEmail, crypto.randomUUID());
    expect(feedback).toMatchObject({ ok: false, code: REFUSALS.referralState });
  });

  it("refuses every step after the close as orderClosed", async () => {
    const { order, owner, ids } = await answeredOrder();
    const closed = await closeOrderByStaff(order, owner, "Virksomheden har selv fundet en.", true, crypto.randomUUID());
    expect(closed).toEqual({ ok: true, value: { outcome: "CANCELLED" } });
    expect(await shortlistCandidates(order, owner, ids, crypto.randomUUID())).toMatchObject({ ok: false, code: REFUSALS.orderClosed });
  });

  it("hands tasks of several orders to a colleague at once: the answer task with its order, the others on their own", async () => {
    const first = await runningOrder();
    const second = await runningOrder();
    const answered = await answerOrder(first.order, first.owner, { text: "Vi går i gang.", updateKey: crypto.randomUUID() }, prisma);
    expect(answered.ok).toBe(true);
    const search = await eventually(() => prisma.task.findFirst({ where: { orderId: first.order.id, kind: "SEARCH", status: "OPEN" } }), "the search task", { timeoutMs: 30_000, intervalMs: 200 });
    const answerTask = await prisma.task.findFirstOrThrow({ where: { orderId: second.order.id, kind: "ANSWER" } });

    const moved = await handOverTasks(first.owner, [search.id], first.colleague.id, crypto.randomUUID(), prisma);
    expect(moved).toEqual({ moved: 1, failures: [] });
    expect((await prisma.task.findUniqueOrThrow({ where: { id: search.id } })).assigneeId).toBe(first.colleague.id);

    const handed = await handOverTasks(second.owner, [answerTask.id], second.colleague.id, crypto.randomUUID(), prisma);
    expect(handed).toEqual({ moved: 1, failures: [] });
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: second.order.id } })).assigneeId).toBe(second.colleague.id);
    expect((await prisma.task.findUniqueOrThrow({ where: { id: answerTask.id } })).assigneeId).toBe(second.colleague.id);

    // To someone of another jobcentre: refused, named by order, nothing moved.
    const stranger = await createStaffUser(prisma, { jobcentreId: (await createJobcentre(prisma)).jobcentre.id });
    const refused = await handOverTasks(first.owner, [search.id], stranger.id, crypto.randomUUID(), prisma);
    expect(refused.moved).toBe(0);
    expect(refused.failures).toEqual([{ orderNumber: first.order.number, code: REFUSALS.assigneeNotAllowed, message: expect.any(String) }]);
  });
});
