// The employer's correction on the real parts: sent as the page sends it (correctOrderAsEmployer) to a real
// worker with PostgreSQL and the SMTP sink. The order holds the new values, the event what they replaced,
// the owner gets one mail, and after the answer the lifecycle's plan follows the corrected order.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { correctionValuesOf, listCorrections } from "../../app/models/job-order/correction.server";
import { correctOrderAsEmployer } from "../../app/models/job-order/lifecycle.server";
import { answerOrder } from "../../app/models/job-order/staff.server";
import { endOfLocalDay } from "../../app/utils/deadlines";
import { startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { getStateQuery, jobOrderWorkflowId, REFUSALS } from "../../workflows/job-order/definitions";
import { createJobcentre, createJobOrderRow, createStaffUser } from "../factories";
import { dateAhead } from "../support/dates";
import { eventually } from "../support/eventually";
import { client, prisma, taskQueue, useRealWorker } from "./real-worker";

useRealWorker("correction");

const wait = { timeoutMs: 30_000, intervalMs: 200 };

/** A running order of a fresh jobcentre (meetings above 5 positions), answered when `answered`. */
async function order(options: { answered: boolean }) {
  const { jobcentre, policy } = await createJobcentre(prisma, { meetingAbovePositions: 5 });
  const owner = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
  const row = await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, positions: 2, startDate: new Date(`${dateAhead(40).iso}T00:00:00Z`) });
  await startJobOrderWorkflow(client, taskQueue, row.id);
  const handle = client.workflow.getHandle(jobOrderWorkflowId(row.id));
  await eventually(async () => (await handle.query(getStateQuery).catch(() => null))?.phase === "AWAITING_ANSWER", "the order to await its answer", wait);
  if (options.answered) {
    expect((await answerOrder(row, owner, { text: "Vi går i gang.", updateKey: crypto.randomUUID() }, prisma)).ok).toBe(true);
    await eventually(async () => (await handle.query(getStateQuery)).lifecycle.started, "the lifecycle to begin", wait);
  }
  return { row, owner, handle };
}

describe("the employer's correction", () => {
  it("stores the new values with what they replaced and mails the owner what changed, once", async () => {
    const { row, owner } = await order({ answered: false });
    const values = { ...correctionValuesOf(row), positions: 3, requirements: "Truckcertifikat B" };
    const key = crypto.randomUUID();

    const result = await correctOrderAsEmployer(row, row.contactEmail, values, key);
    expect(result).toEqual({ ok: true, value: { changed: ["positions", "requirements"] } });
    // The same form sent again is the same update.
    expect(await correctOrderAsEmployer(row, row.contactEmail, values, key)).toEqual(result);

    const stored = await prisma.jobOrder.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ positions: 3, requirements: "Truckcertifikat B", title: row.title });
    const events = await prisma.jobOrderEvent.findMany({ where: { orderId: row.id, kind: "CORRECTED" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.data).toMatchObject({
      changes: [
        { field: "positions", before: 2, after: 3 },
        { field: "requirements", before: "", after: "Truckcertifikat B" },
      ],
    });
    const mail = await eventually(
      async () => {
        const sent = await prisma.sentMail.findUnique({ where: { key: `order:${row.id}:correction:1` } });
        return sent?.status === "SENT" ? sent : null;
      },
      "the correction mail to be sent",
      wait,
    );
    expect(mail.to).toBe(owner.email);
    expect(await prisma.sentMail.count({ where: { orderId: row.id, key: { contains: "correction" } } })).toBe(1);
    expect((await listCorrections(row.id, prisma))[0]!.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ["positions", "2", "3"],
      ["requirements", "intet", "Truckcertifikat B"],
    ]);
  });

  it("after the answer, a new application deadline moves the close and more positions than the threshold offer the meeting", async () => {
    const { row, handle } = await order({ answered: true });
    const deadline = dateAhead(10).iso;
    const values = { ...correctionValuesOf(row), positions: 8, applicationDeadline: deadline };

    expect(await correctOrderAsEmployer(row, row.contactEmail, values, crypto.randomUUID())).toMatchObject({ ok: true });

    const stored = await prisma.jobOrder.findUniqueOrThrow({ where: { id: row.id }, include: { meeting: true } });
    expect(stored.closesAt).toEqual(endOfLocalDay(deadline));
    expect(stored.meeting).not.toBeNull();
    expect(await prisma.task.count({ where: { orderId: row.id, kind: "MEETING", status: "OPEN" } })).toBe(1);
    const state = await handle.query(getStateQuery);
    expect(state.lifecycle).toMatchObject({ positions: 8, closesAt: endOfLocalDay(deadline).toISOString() });
    expect(state.lifecycle.meeting).not.toBeNull();
  });

  it("refuses another contact's correction as employerNotAllowed and changes nothing", async () => {
    const { row } = await order({ answered: false });
    const values = { ...correctionValuesOf(row), positions: 9 };

    const result = await correctOrderAsEmployer(row, "someone@else.example", values, crypto.randomUUID());

    expect(result).toMatchObject({ ok: false, code: REFUSALS.employerNotAllowed });
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: row.id } })).positions).toBe(2);
    expect(await prisma.jobOrderEvent.count({ where: { orderId: row.id, kind: "CORRECTED" } })).toBe(0);
  });
});
