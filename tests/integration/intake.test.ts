// Intake on the real parts: PostgreSQL, the Temporal dev server with the real worker and activities, and
// the development SMTP sink. An order is stored once per submission, its workflow starts (or is started
// later by the reconciler when Temporal was unreachable), and the receipt mail arrives.
import crypto from "node:crypto";
import { Connection } from "@temporalio/client";
import { beforeAll, describe, expect, it } from "vitest";
import { createJobOrder, markWorkflowStarted } from "../../app/models/job-order/intake.server";
import { toDeadlinePolicy } from "../../app/models/policy/policy.server";
import { listDevMails } from "../../app/models/dev/mails.server";
import { jobOrderSchema } from "../../app/schemas/job-order";
import { computeDeadlines } from "../../app/utils/deadlines";
import { startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { getStateQuery, jobOrderWorkflowId } from "../../workflows/job-order/definitions";
import { createCompany, createJobcentre, createStaffUser, jobOrderFormValues, makeCvr } from "../factories";
import { companyFieldsOf, getOnBehalfContext } from "../../app/models/job-order/on-behalf.server";
import { eventually } from "../support/eventually";
import { activities, client, prisma, taskQueue, useRealWorker } from "./real-worker";

useRealWorker("intake");

function parseForm(overrides: Record<string, string> = {}) {
  const { submissionKey: _key, ...input } = jobOrderSchema.parse({ ...jobOrderFormValues(overrides), submissionKey: crypto.randomUUID() });
  return input;
}

beforeAll(async () => {
  // A consultant in each jobcentre the orders below go to (by their workplace postcodes).
  for (const jobcentreId of ["lolland", "frederikssund", "faxe"]) {
    await createStaffUser(prisma, { jobcentreId, role: "CONSULTANT", name: `Integrationskonsulent ${jobcentreId}` });
  }
});

describe("job order intake", () => {
  it("stores the order, starts its workflow, assigns it, sets the deadline from the policy and mails the receipt", async () => {
    const input = parseForm({ workplacePostcode: "4900" });
    const order = await createJobOrder(input, crypto.randomUUID(), new Date(), prisma);
    expect(order.created).toBe(true);
    expect(order.number).toMatch(/^JO-\d{4}-\d{5}$/);

    await startJobOrderWorkflow(client, taskQueue, order.id);
    await markWorkflowStarted(order.id, new Date(), prisma);

    const stored = await eventually(async () => {
      const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id }, include: { policy: true } });
      return row.status === "ASSIGNED" && row.dueAt ? row : null;
    }, "the order to be assigned", { timeoutMs: 30_000, intervalMs: 200 });
    expect(stored.jobcentreId).toBe("lolland");
    expect(stored.policy.responseHours).toBe(24);
    expect(stored.dueAt).toEqual(computeDeadlines(toDeadlinePolicy(stored.policy), stored.receivedAt).dueAt);

    const mails = await eventually(async () => {
      const found = await listDevMails(process.env.DEV_MAIL_DIR!, { to: input.contactEmail });
      return found.length > 0 ? found : null;
    }, "the receipt mail", { timeoutMs: 30_000, intervalMs: 200 });
    expect(mails[0]!.subject).toContain(order.number);

    // After the receipt the workflow waits for the answer, with the clock the row shows.
    const handle = client.workflow.getHandle(jobOrderWorkflowId(order.id));
    const state = await eventually(async () => {
      const s = await handle.query(getStateQuery);
      return s.phase === "AWAITING_ANSWER" ? s : null;
    }, "the workflow to await the answer", { timeoutMs: 30_000, intervalMs: 200 });
    expect(state.assigneeId).toBe(stored.assigneeId);
    expect(state.dueAt).toBe(stored.dueAt!.toISOString());
  });

  it("stores an order taken at a visit for the register's company, owned by the consultant who took it, and runs it like one from the form", async () => {
    const taker = await createStaffUser(prisma, { jobcentreId: "lolland", role: "CONSULTANT", name: "Konsulent ved besøget" });
    const company = await createCompany(prisma, { name: `Registrets navn ${crypto.randomUUID().slice(0, 6)} A/S`, address: "Registervej 1", postcode: "4900", source: "CVR_IMPORT" });
    await prisma.companyRelationship.create({ data: { jobcentreId: "lolland", companyId: company.id, source: "CVR_IMPORT" } });
    const visit = await prisma.companyVisit.create({ data: { companyId: company.id, jobcentreId: "lolland", kind: "OUTREACH", consultantId: taker.id, plannedFor: new Date() } });
    const context = await getOnBehalfContext(prisma, { jobcentreId: "lolland", cvr: company.cvr, visitId: visit.id });
    expect(context?.visit?.id).toBe(visit.id);
    // Another jobcentre's company and a visit of another company are not the taker's to use.
    expect(await getOnBehalfContext(prisma, { jobcentreId: "faxe", cvr: company.cvr, visitId: null })).toBeNull();
    const strayVisit = await prisma.companyVisit.create({ data: { companyId: (await createCompany(prisma)).id, jobcentreId: "lolland", kind: "OUTREACH", plannedFor: new Date() } });
    expect((await getOnBehalfContext(prisma, { jobcentreId: "lolland", cvr: company.cvr, visitId: strayVisit.id }))?.visit).toBeNull();

    const input = parseForm({ workplacePostcode: "4900", cvr: makeCvr(), companyName: "Hvad formularen bar ApS" });
    const order = await createJobOrder({ ...input, ...companyFieldsOf(context!) }, crypto.randomUUID(), new Date(), prisma, { takenById: taker.id, originVisitId: visit.id });
    await startJobOrderWorkflow(client, taskQueue, order.id);
    const stored = await eventually(async () => {
      const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
      return row.status === "ASSIGNED" ? row : null;
    }, "the order to be assigned", { timeoutMs: 30_000, intervalMs: 200 });
    expect(stored).toMatchObject({ companyId: company.id, statedCompanyName: company.name, takenById: taker.id, originVisitId: visit.id, assigneeId: taker.id });
    await eventually(async () => ((await listDevMails(process.env.DEV_MAIL_DIR!, { to: input.contactEmail })).length > 0 ? true : null), "the receipt mail", { timeoutMs: 30_000, intervalMs: 200 });
  });

  it("stores one order for a submission sent five times at once, and starting its workflow twice is harmless", async () => {
    const input = parseForm({ workplacePostcode: "3600" });
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => createJobOrder(input, key, new Date(), prisma)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await prisma.jobOrder.count({ where: { submissionKey: key } })).toBe(1);

    await startJobOrderWorkflow(client, taskQueue, results[0]!.id);
    await startJobOrderWorkflow(client, taskQueue, results[0]!.id);
    await eventually(async () => {
      const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: results[0]!.id } });
      return row.status === "ASSIGNED";
    }, "the order to be assigned", { timeoutMs: 30_000, intervalMs: 200 });
  });

  it("keeps an order whose workflow could not be started, and the reconciler starts it", async () => {
    const input = parseForm({ workplacePostcode: "4690" });
    // Stored a minute ago while Temporal was unreachable: the start failed, so no workflowStartedAt.
    const unreachable = Connection.connect({ address: "127.0.0.1:1", connectTimeout: 500 });
    await expect(unreachable).rejects.toThrow();
    const order = await createJobOrder(input, crypto.randomUUID(), new Date(Date.now() - 60_000), prisma);
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).workflowStartedAt).toBeNull();

    const started = await activities.startMissingOrderWorkflows();
    expect(started).toBeGreaterThanOrEqual(1);
    const row = await eventually(async () => {
      const r = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
      return r.status === "ASSIGNED" ? r : null;
    }, "the reconciled order to be assigned", { timeoutMs: 30_000, intervalMs: 200 });
    expect(row.workflowStartedAt).not.toBeNull();
    expect(row.jobcentreId).toBe("faxe");
  });

  it("numbers orders sent at the same moment consecutively, without gaps, past five digits", async () => {
    // Years of their own, so no other test's orders share the counter, in a jobcentre of their own (the
    // workplace outside the reference jobcentres' postcodes), so no other test sees the orders.
    const { jobcentre } = await createJobcentre(prisma);
    const form = () => parseForm({ workplacePostcode: "8000", jobcentreId: jobcentre.id });
    const at = new Date("2031-03-01T10:00:00Z");
    const results = await Promise.all(Array.from({ length: 12 }, () => createJobOrder(form(), crypto.randomUUID(), at, prisma)));
    const sequence = results.map((r) => Number(r.number.slice("JO-2031-".length))).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const stored = await prisma.jobOrder.findMany({ where: { id: { in: results.map((r) => r.id) } }, select: { id: true, number: true } });
    expect(new Map(stored.map((o) => [o.id, o.number]))).toEqual(new Map(results.map((r) => [r.id, r.number])));

    await prisma.orderNumberCounter.create({ data: { year: 2032, lastNumber: 99_999 } });
    const later = await createJobOrder(form(), crypto.randomUUID(), new Date("2032-06-01T10:00:00Z"), prisma);
    expect(later.number).toBe("JO-2032-100000");

  });
});
