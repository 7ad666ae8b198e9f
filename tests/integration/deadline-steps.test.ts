// The answer promise's deadline steps on the real parts (PostgreSQL, the SMTP sink), called as the workflow
// calls them, retries included: each writes its mark once and never backwards, appends its event once, and
// mails once by Message-ID.
import { describe, expect, it } from "vitest";
import { getDevMail, listDevMails } from "../../app/models/dev/mails.server";
import { messageIdForKey } from "../../app/utils/mailer.server";
import { createJobcentre, createJobOrderRow, createStaffUser } from "../factories";
import { eventually } from "../support/eventually";
import { activities, prisma, useRealWorker } from "./real-worker";

useRealWorker("deadline-steps");

/** An order of a fresh jobcentre with an owner and a team lead, received an hour ago and due now. */
async function dueOrder(escalationEmails: string[] = []) {
  const { jobcentre, policy: created } = await createJobcentre(prisma);
  const responsePolicy = await prisma.responsePolicy.update({ where: { id: created.id }, data: { escalationEmails } });
  const owner = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "CONSULTANT", name: "Ejer Konsulent" });
  const lead = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "TEAM_LEAD", name: "Team Leder" });
  const dueAt = new Date(Math.floor(Date.now() / 1000) * 1000);
  const order = await createJobOrderRow(prisma, {
    jobcentreId: jobcentre.id,
    policyId: responsePolicy.id,
    receivedAt: new Date(dueAt.getTime() - 3_600_000),
    dueAt,
    assigneeId: owner.id,
  });
  return { order, owner, lead, jobcentre, dueAt };
}

/** The copies of the mail with `key` in the sink for `to`, once the first has arrived. */
async function mailsWithKey(key: string, to: string) {
  const messageId = messageIdForKey(key);
  const copies = async () => {
    const summaries = await listDevMails(process.env.DEV_MAIL_DIR!, { to }, 1000);
    const mails = await Promise.all(summaries.map((m) => getDevMail(process.env.DEV_MAIL_DIR!, m.id)));
    return mails.filter((m) => m?.messageId === messageId);
  };
  await eventually(async () => (await copies()).length > 0, `the mail ${key}`);
  return copies();
}

const eventsOf = (orderId: string, kind: "WARNED" | "DEADLINE_BREACHED" | "ESCALATED_TEAM_LEAD" | "ESCALATED_MANAGER") =>
  prisma.jobOrderEvent.findMany({ where: { orderId, kind } });

describe("the answer promise's deadline steps", () => {
  it("a retried warning keeps the first instant, appends one event and sends one mail to the owner", async () => {
    const { order, owner } = await dueOrder();
    const first = new Date(order.receivedAt.getTime() + 3_000_000);
    await activities.notifyWarning({ orderId: order.id, assigneeId: owner.id, at: first.toISOString() });
    await activities.notifyWarning({ orderId: order.id, assigneeId: owner.id, at: new Date(first.getTime() + 5_000).toISOString() });

    const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.warnedAt?.toISOString()).toBe(first.toISOString());
    const events = await eventsOf(order.id, "WARNED");
    expect(events).toHaveLength(1);
    expect(events[0]!.at.toISOString()).toBe(first.toISOString());
    expect(events[0]!.data).toEqual({ assigneeId: owner.id });
    expect(await mailsWithKey(`order:${order.id}:warning`, owner.email)).toHaveLength(1);
    expect(await prisma.sentMail.findUniqueOrThrow({ where: { key: `order:${order.id}:warning` } })).toMatchObject({ status: "SENT", to: owner.email });
  });

  it("a warning for an order without an owner goes to the owner the workflow knew, else to the shared mailbox", async () => {
    const { order, owner } = await dueOrder();
    await prisma.jobOrder.update({ where: { id: order.id }, data: { assigneeId: null } });
    await activities.notifyWarning({ orderId: order.id, assigneeId: owner.id, at: new Date().toISOString() });
    expect(await mailsWithKey(`order:${order.id}:warning`, owner.email)).toHaveLength(1);

    const unowned = await dueOrder();
    await prisma.jobOrder.update({ where: { id: unowned.order.id }, data: { assigneeId: null } });
    await activities.notifyWarning({ orderId: unowned.order.id, assigneeId: null, at: new Date().toISOString() });
    expect(await mailsWithKey(`order:${unowned.order.id}:warning`, unowned.jobcentre.email)).toHaveLength(1);
  });

  it("a breach records the deadline once", async () => {
    const { order, dueAt } = await dueOrder();
    await activities.recordBreach({ orderId: order.id, at: dueAt.toISOString() });
    await activities.recordBreach({ orderId: order.id, at: new Date(dueAt.getTime() + 1_000).toISOString() });
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).breachedAt?.toISOString()).toBe(dueAt.toISOString());
    expect(await eventsOf(order.id, "DEADLINE_BREACHED")).toHaveLength(1);
  });

  it("escalations go to the active team leads and the policy's addresses, once each, and the level never goes back", async () => {
    const { order, lead, dueAt } = await dueOrder(["Chef@Kommune.example"]);
    await activities.escalate({ orderId: order.id, level: 1, at: dueAt.toISOString() });
    await activities.escalate({ orderId: order.id, level: 2, at: new Date(dueAt.getTime() + 60_000).toISOString() });
    // A level-1 attempt whose reply was lost runs again after level 2.
    await activities.escalate({ orderId: order.id, level: 1, at: dueAt.toISOString() });

    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).escalationLevel).toBe(2);
    const [teamLead] = await eventsOf(order.id, "ESCALATED_TEAM_LEAD");
    expect(await eventsOf(order.id, "ESCALATED_TEAM_LEAD")).toHaveLength(1);
    expect(teamLead!.data).toEqual({ level: 1, recipients: [lead.email.toLowerCase(), "chef@kommune.example"] });
    expect(await eventsOf(order.id, "ESCALATED_MANAGER")).toHaveLength(1);
    expect(await mailsWithKey(`order:${order.id}:escalation:1`, lead.email)).toHaveLength(1);
  });

  it("a mail whose attempt died between the claim and the mark is sent again, with the same Message-ID", async () => {
    const { order, owner } = await dueOrder();
    const key = `order:${order.id}:warning`;
    await prisma.sentMail.create({ data: { key, orderId: order.id, to: owner.email, subject: "", messageId: messageIdForKey(key), status: "SENDING" } });
    await activities.notifyWarning({ orderId: order.id, assigneeId: owner.id, at: new Date().toISOString() });
    expect((await prisma.sentMail.findUniqueOrThrow({ where: { key } })).status).toBe("SENT");
    expect(await mailsWithKey(key, owner.email)).toHaveLength(1);
  });
});
