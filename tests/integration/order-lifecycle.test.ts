// The web app's side of the lifecycle on the real parts: updates sent as the pages send them
// (app/models/order-lifecycle.server.ts) to a real worker on the Temporal dev server, with PostgreSQL and
// the SMTP sink. A step the order does not allow comes back as a refusal with its code, never an
// exception; a resubmitted form (same update id) is one step; a bulk hand-over moves the answer task with
// its order and the lifecycle's tasks on their own.
import crypto from "node:crypto";
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
import { client, prisma, taskQueue, useRealWorker, waitFor } from "./real-worker";

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
  const state = await waitFor("the order to await its answer", async () => {
    const s = await handle.query(getStateQuery).catch(() => null);
    return s?.phase === "AWAITING_ANSWER" ? s : null;
  });
  const owner = state.assigneeId === a.id ? a : b;
  const colleague = owner === a ? b : a;
  return { jobcentre, order, handle, owner, colleague };
}

describe("the lifecycle from the web app", () => {
  it("refuses a step that does not fit the order with its code, and a resubmitted form is one step", async () => {
    const { jobcentre, order, owner } = await runningOrder();
    const { ids } = await upsertJobseekers(prisma, jobcentre.id, [jobseeker()]);

    const early = await shortlistCandidates(order, owner, ids, crypto.randomUUID());
    expect(early).toMatchObject({ ok: false, code: REFUSALS.notAnswered });

    const answered = await answerOrder(order, owner, { text: "Tak for ordren, vi finder kandidater.", updateKey: crypto.randomUUID() }, prisma);
    expect(answered.ok).toBe(true);
    const key = crypto.randomUUID();
    const first = await shortlistCandidates(order, owner, ids, key);
    const again = await shortlistCandidates(order, owner, ids, key);
    expect(first.ok && first.value.added).toHaveLength(1);
    expect(again).toEqual(first);
    expect(await prisma.referral.count({ where: { orderId: order.id } })).toBe(1);

    // Someone from another jobcentre's register is refused with the reason, as is a reply-by in the past.
    const other = await createJobcentre(prisma);
    const { ids: outsider } = await upsertJobseekers(prisma, other.jobcentre.id, [jobseeker()]);
    const refused = await shortlistCandidates(order, owner, outsider, crypto.randomUUID());
    expect(refused).toMatchObject({ ok: false, code: REFUSALS.jobseekerNotAllowed });
    const referralId = first.ok ? first.value.added[0]! : "";
    const past = await requestConsent(order, owner, [referralId], new Date(Date.now() - 86_400_000), crypto.randomUUID());
    expect(past).toMatchObject({ ok: false, code: REFUSALS.invalidRequest });

    // A forged consent link is refused; the employer cannot give feedback on a candidate not yet shared.
    const asked = await requestConsent(order, owner, [referralId], new Date(Date.now() + 3 * 86_400_000), crypto.randomUUID());
    expect(asked.ok).toBe(true);
    const forged = await recordConsentByLink(order, referralId, crypto.createHash("sha256").update("gæt").digest("hex"), "YES");
    expect(forged).toMatchObject({ ok: false, code: REFUSALS.invalidLink });
    const early2 = await giveEmployerFeedback(order, { referralId, outcome: "INVITED" }, order.contactEmail, crypto.randomUUID());
    expect(early2).toMatchObject({ ok: false, code: REFUSALS.referralState });

    // Closed: every further step says so.
    const closed = await closeOrderByStaff(order, owner, "Virksomheden har selv fundet en.", true, crypto.randomUUID());
    expect(closed).toEqual({ ok: true, value: { outcome: "CANCELLED" } });
    const late = await shortlistCandidates(order, owner, ids, crypto.randomUUID());
    expect(late).toMatchObject({ ok: false, code: REFUSALS.orderClosed });
    // Every refusal carries a message for the person who asked.
    for (const outcome of [early, refused, past, forged, early2, late]) expect(!outcome.ok && outcome.message.length).toBeGreaterThan(10);
  });

  it("hands tasks of several orders to a colleague at once: the answer task with its order, the others on their own", async () => {
    const first = await runningOrder();
    const second = await runningOrder();
    const answered = await answerOrder(first.order, first.owner, { text: "Vi går i gang.", updateKey: crypto.randomUUID() }, prisma);
    expect(answered.ok).toBe(true);
    const search = await waitFor("the search task", () => prisma.task.findFirst({ where: { orderId: first.order.id, kind: "SEARCH", status: "OPEN" } }));
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
