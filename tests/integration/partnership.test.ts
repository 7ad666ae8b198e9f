// Partnership agreements on the real parts (PostgreSQL, the Temporal dev server with the real worker, the SMTP
// sink): intake gives an order the fast track of the agreement in force when it arrives, the workflow keeps its
// shorter promise and gives it to the fixed contact, the inbox puts it first; making and ending agreements.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { createJobOrder } from "../../app/models/job-order/intake.server";
import { listTasks } from "../../app/models/job-order/tasks.server";
import { createAgreement, endAgreement, listAgreements } from "../../app/models/partnership/agreements.server";
import { toOrderDeadlinePolicy } from "../../app/models/policy/policy.server";
import { getDevMail, listDevMails } from "../../app/models/dev/mails.server";
import { jobOrderSchema } from "../../app/schemas/job-order";
import { newAgreementFormSchema } from "../../app/schemas/partnership";
import { DEFAULT_TASK_INBOX_QUERY } from "../../app/schemas/task";
import { addLocalDays, computeDeadlines, localDateOf } from "../../app/utils/deadlines";
import { startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { createJobcentre, createRegisteredCompany, createStaffUser, jobOrderFormValues } from "../factories";
import { eventually } from "../support/eventually";
import { client, prisma, taskQueue, useRealWorker } from "./real-worker";

useRealWorker("partnership");

const HOUR = 3_600_000;
// A postcode no jobcentre of the portal serves: the order goes to the jobcentre it names.
const ELSEWHERE = "9990";

async function setting() {
  const { jobcentre } = await createJobcentre(prisma, { responseHours: 24, countingMode: "CLOCK_HOURS" });
  const kam = await createStaffUser(prisma, { jobcentreId: jobcentre.id, name: "Key account" });
  const contact = await createStaffUser(prisma, { jobcentreId: jobcentre.id, name: "Fast kontakt" });
  const lead = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "TEAM_LEAD" });
  const company = await createRegisteredCompany(prisma, jobcentre.id, {}, kam.id);
  return { jobcentre, kam, contact, lead, company };
}

function agreementForm(contactUserId: string, overrides: Record<string, string> = {}) {
  const today = localDateOf(new Date());
  const typed = (iso: string) => iso.split("-").reverse().join("-");
  return newAgreementFormSchema.parse({
    agreementId: crypto.randomUUID(),
    startsOn: typed(today),
    endsOn: typed(addLocalDays(today, 364)),
    contactUserId,
    companyContactName: "Lone Holm",
    companyContactEmail: "lone.holm@virksomhed.example",
    fastTrackResponseHours: "4",
    companyCommitments: "Deltage i udvælgelsen af de personer, der henvises til virksomheden",
    jobcentreCommitments: "Give virksomheden fast track i forhold til opfølgning og rekruttering",
    ...overrides,
  });
}

async function submit(jobcentreId: string, cvr: string, receivedAt = new Date()) {
  const { submissionKey: _key, ...input } = jobOrderSchema.parse({
    ...jobOrderFormValues({ cvr, workplacePostcode: ELSEWHERE, jobcentreId }),
    submissionKey: crypto.randomUUID(),
  });
  const order = await createJobOrder(input, crypto.randomUUID(), receivedAt, prisma);
  await startJobOrderWorkflow(client, taskQueue, order.id);
  return eventually(async () => {
    const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id }, include: { policy: true, agreement: true } });
    return row.status === "ASSIGNED" && row.dueAt ? row : null;
  }, "the order to be assigned", { timeoutMs: 30_000, intervalMs: 200 });
}

describe("partnership agreements", () => {
  it("gives an order received under the agreement its fast track: the shorter promise, the fixed contact, a receipt that says so", async () => {
    const s = await setting();
    const before = await submit(s.jobcentre.id, s.company.cvr);
    const made = await createAgreement(prisma, { jobcentreId: s.jobcentre.id, cvr: s.company.cvr, byUserId: s.lead.id, values: agreementForm(s.contact.id) });
    expect(made.ok).toBe(true);
    const order = await submit(s.jobcentre.id, s.company.cvr);

    expect(order).toMatchObject({ agreementId: made.ok ? made.id : null, fastTrack: true, assigneeId: s.contact.id });
    expect(order.dueAt!.getTime()).toBe(order.receivedAt.getTime() + 4 * HOUR);
    expect(order.dueAt).toEqual(computeDeadlines(toOrderDeadlinePolicy(order), order.receivedAt).dueAt);
    const receipt = await eventually(async () => {
      const mails = await listDevMails(process.env.DEV_MAIL_DIR!, { to: order.contactEmail });
      return mails.find((m) => m.subject.includes(order.number)) ?? null;
    }, "the receipt", { timeoutMs: 30_000, intervalMs: 200 });
    expect((await getDevMail(process.env.DEV_MAIL_DIR!, receipt.id))?.text).toContain("hurtigspor");

    // The order that came first keeps what its receipt promised, and its key account owner.
    expect(before).toMatchObject({ agreementId: null, fastTrack: false, assigneeId: s.kam.id });
    expect(before.dueAt!.getTime()).toBe(before.receivedAt.getTime() + 24 * HOUR);
  });

  it("puts the fast track's tasks first in the inbox, ahead of an earlier deadline", async () => {
    const s = await setting();
    // Received 22 hours ago: its answer is due in 2 hours, before the fast track's 4.
    const ordinary = await submit(s.jobcentre.id, (await createRegisteredCompany(prisma, s.jobcentre.id, {}, s.contact.id)).cvr, new Date(Date.now() - 22 * HOUR));
    await createAgreement(prisma, { jobcentreId: s.jobcentre.id, cvr: s.company.cvr, byUserId: s.lead.id, values: agreementForm(s.contact.id) });
    const fast = await submit(s.jobcentre.id, s.company.cvr);
    expect(ordinary.dueAt!.getTime()).toBeLessThan(fast.dueAt!.getTime());
    const tasks = await eventually(async () => {
      const list = await listTasks(s.contact, { ...DEFAULT_TASK_INBOX_QUERY, vis: "mine" }, new Date(), prisma);
      return list.length === 2 ? list : null;
    }, "both answer tasks", { timeoutMs: 30_000, intervalMs: 200 });
    expect(tasks.map((t) => [t.order.number, t.order.fastTrack])).toEqual([
      [fast.number, true],
      [ordinary.number, false],
    ]);
  });

  it("refuses a second agreement for the same days, a fast track no shorter than the policy, and a contact of another jobcentre", async () => {
    const s = await setting();
    const other = await setting();
    const write = (values: ReturnType<typeof agreementForm>) => createAgreement(prisma, { jobcentreId: s.jobcentre.id, cvr: s.company.cvr, byUserId: s.lead.id, values });
    expect(await write(agreementForm(s.contact.id, { fastTrackResponseHours: "24" }))).toMatchObject({ ok: false, code: "NOT_SHORTER" });
    expect(await write(agreementForm(other.contact.id))).toMatchObject({ ok: false, code: "UNKNOWN_CONTACT" });
    // Another jobcentre's company is not found, whoever asks.
    expect(await createAgreement(prisma, { jobcentreId: s.jobcentre.id, cvr: other.company.cvr, byUserId: s.lead.id, values: agreementForm(s.contact.id) })).toMatchObject({ ok: false, code: "COMPANY_NOT_FOUND" });

    const first = agreementForm(s.contact.id);
    const made = await write(first);
    expect(made.ok).toBe(true);
    // The same form sent again finds the agreement it made.
    expect(await write(first)).toEqual(made);
    expect(await write(agreementForm(s.contact.id))).toMatchObject({ ok: false, code: "OVERLAP" });
    // Concurrent leads: one agreement for the days, whoever wins.
    const raced = await Promise.all([write(agreementForm(s.contact.id, { startsOn: addAhead(400), endsOn: addAhead(500) })), write(agreementForm(s.contact.id, { startsOn: addAhead(450), endsOn: addAhead(600) }))]);
    expect(raced.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.partnershipAgreement.count({ where: { companyId: s.company.id } })).toBe(2);
  });

  it("ends an agreement early: later orders have no fast track, and the agreement leaves the list of those in force", async () => {
    const s = await setting();
    const made = await createAgreement(prisma, { jobcentreId: s.jobcentre.id, cvr: s.company.cvr, byUserId: s.lead.id, values: agreementForm(s.contact.id) });
    if (!made.ok) throw new Error(made.message);
    const row = await prisma.partnershipAgreement.findUniqueOrThrow({ where: { id: made.id } });
    expect(await endAgreement(prisma, { jobcentreId: other(s), agreementId: made.id, byUserId: s.lead.id, version: row.updatedAt.toISOString() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await endAgreement(prisma, { jobcentreId: s.jobcentre.id, agreementId: made.id, byUserId: s.lead.id, version: new Date(0).toISOString() })).toMatchObject({ ok: false, code: "STALE" });
    expect(await endAgreement(prisma, { jobcentreId: s.jobcentre.id, agreementId: made.id, byUserId: s.lead.id, version: row.updatedAt.toISOString() })).toEqual({ ok: true });
    expect(await endAgreement(prisma, { jobcentreId: s.jobcentre.id, agreementId: made.id, byUserId: s.lead.id, version: row.updatedAt.toISOString() })).toMatchObject({ ok: false, code: "ALREADY_ENDED" });

    const after = await submit(s.jobcentre.id, s.company.cvr);
    expect(after).toMatchObject({ agreementId: null, fastTrack: false, assigneeId: s.kam.id });
    expect((await listAgreements(prisma, s.jobcentre.id, { view: "gaeldende", page: 1 })).total).toBe(0);
    expect((await listAgreements(prisma, s.jobcentre.id, { view: "alle", page: 1 })).rows.map((a) => a.id)).toEqual([made.id]);
  });
});

function addAhead(days: number): string {
  return addLocalDays(localDateOf(new Date()), days).split("-").reverse().join("-");
}

function other(s: { jobcentre: { id: string } }): string {
  return s.jobcentre.id === "lolland" ? "faxe" : "lolland";
}
