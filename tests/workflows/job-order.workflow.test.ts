// The job order workflow before the answer (receipt, deadline, warning, escalation, answer, hand-over,
// reconciler) on the time-skipping test server: tests/workflows/harness.ts.
import { describe, expect, it } from "vitest";
import type { User } from "@prisma/client";
import { messageIdForKey, sendMailOnce, type Mailer } from "../../app/utils/mailer.server";
import { addLocalDays, computeDeadlines, localDateOf } from "../../app/utils/deadlines";
import { formatDeadline } from "../../app/utils/format";
import { toDeadlinePolicy } from "../../app/models/policy/policy.server";
import { createCompany, createNextPolicyVersion, createPartnershipAgreement, createRegisteredCompany, createStaffUser, uniqueSuffix } from "../factories";
import { findAgreementInForce } from "../../app/models/partnership/agreements.server";
import { RECONCILE_WORKFLOW } from "../../workflows/reconcile/definitions";
import {
  answerOrderUpdate,
  closeOrderUpdate,
  jobOrderWorkflowId,
  reassignOrderUpdate,
  sendMessageUpdate,
  REFUSALS,
} from "../../workflows/job-order/definitions";
import {
  HOUR,
  closeAndFinish,
  env,
  eventKinds,
  loseAckOnceFor,
  mailsTo,
  makeJobcentre,
  makeOrder,
  prisma,
  rejectionType,
  serverNow,
  smtp,
  startOrder,
  stateOf,
  taskQueue,
  updateRejection,
  useWorkflowHarness,
  waitForMails,
  waitForState,
} from "./harness";

useWorkflowHarness();

// --- tests ---------------------------------------------------------------------------------------------

describe("jobOrderWorkflow", () => {
  it("sends the receipt with the promised deadline and records an answer given in time", async () => {
    const jc = await makeJobcentre();
    const order = await makeOrder(jc);
    const handle = await startOrder(order.id);

    const state = await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");
    expect(state.assigneeId).toBe(jc.consultant.id);
    expect(Date.parse(state.dueAt!)).toBe(order.receivedAt.getTime() + 24 * HOUR);

    const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.status).toBe("ASSIGNED");
    expect(row.assigneeId).toBe(jc.consultant.id);
    expect(row.dueAt?.toISOString()).toBe(state.dueAt);
    expect(row.warnAt?.getTime()).toBe(order.receivedAt.getTime() + 18 * HOUR);
    expect(row.workflowStartedAt).not.toBeNull();

    const [receipt] = await waitForMails(order.contactEmail, "Vi har modtaget jeres jobordre");
    expect(receipt!.subject).toContain(order.number);
    expect(receipt!.text).toContain(`senest ${formatDeadline(row.dueAt!)}`);
    expect(receipt!.text).toContain(jc.consultant.name);
    expect(receipt!.text).toContain(jc.jobcentre.phone);
    expect(receipt!.text).toContain(jc.jobcentre.email);
    expect(receipt!.text).toMatch(/http:\/\/localhost:3000\/mine-jobordrer\/log-ind\/[\w-]{20,}/);
    expect(receipt!.html).toContain(order.number);
    await waitForMails(jc.consultant.email, "Ny jobordre til dig");

    const result = await handle.executeUpdate(answerOrderUpdate, {
      args: [{ consultantId: jc.consultant.id, text: "  Tak for ordren. Jeg ringer i morgen kl. 10 med tre kandidater.  " }],
    });
    expect(result.onTime).toBe(true);

    const answered = await stateOf(handle);
    expect(answered.phase).toBe("ANSWERED");
    expect(answered.answeredOnTime).toBe(true);
    expect(answered.answeredById).toBe(jc.consultant.id);

    const after = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.status).toBe("ANSWERED");
    expect(after.answeredOnTime).toBe(true);
    expect(after.answerText).toBe("Tak for ordren. Jeg ringer i morgen kl. 10 med tre kandidater.");
    expect(after.answeredAt?.toISOString()).toBe(result.answeredAt);
    expect((await eventKinds(order.id)).sort()).toEqual(["ANSWERED", "ASSIGNED", "RECEIPT_SENT", "RECEIVED"]);
    const answeredEvent = await prisma.jobOrderEvent.findFirstOrThrow({ where: { orderId: order.id, kind: "ANSWERED" } });
    expect(answeredEvent.actorId).toBe(jc.consultant.id);
    expect(answeredEvent.data).toMatchObject({ onTime: true });
    expect(typeof (answeredEvent.data as { hoursToAnswer: unknown }).hoursToAnswer).toBe("number");

    const [answerMail] = await waitForMails(order.contactEmail, "Svar på jeres jobordre");
    expect(answerMail!.text).toContain("Jeg ringer i morgen kl. 10 med tre kandidater.");
    expect(answerMail!.text).toContain(jc.consultant.name);
    expect(answerMail!.text).toContain("Jeres kontaktperson");
    expect(answerMail!.text).toMatch(/\/mine-jobordrer\/log-ind\//);

    await closeAndFinish(handle, jc.consultant.id);
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CLOSED");
    expect(await eventKinds(order.id)).toContain("CLOSED");
  });

  it("keeps a thread after the answer: each side's message is stored and mailed to the other", async () => {
    const jc = await makeJobcentre();
    const order = await makeOrder(jc);
    const handle = await startOrder(order.id);
    await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");
    const send = (input: { byUserId?: string; byEmployerEmail?: string; text: string }) => handle.executeUpdate(sendMessageUpdate, { args: [input] });
    // Before the answer there is no thread: the answer comes first and stops the clock.
    expect(await updateRejection(send({ byUserId: jc.consultant.id, text: "Hej" }))).toBe(REFUSALS.notAnswered);

    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: jc.consultant.id, text: "Næste skridt: Vi ringer til jer – senest i morgen." }] });
    await send({ byUserId: jc.consultant.id, text: "Passer tirsdag kl. 10 til samtaler?" });
    const [toEmployer] = await waitForMails(order.contactEmail, "Ny besked om jeres jobordre");
    expect(toEmployer!.text).toContain("Passer tirsdag kl. 10 til samtaler?");
    await send({ byEmployerEmail: order.contactEmail, text: "Ja, tirsdag passer." });
    const [toConsultant] = await waitForMails(jc.consultant.email, "Besked fra");
    expect(toConsultant!.text).toContain("Ja, tirsdag passer.");
    // Neither an empty message nor one from a stranger.
    expect(await updateRejection(send({ byUserId: jc.consultant.id, text: "  " }))).toBe(REFUSALS.invalidRequest);
    expect(await updateRejection(send({ byEmployerEmail: "fremmed@example.com", text: "Hej" }))).toBe(REFUSALS.employerNotAllowed);

    const messages = await prisma.orderMessage.findMany({ where: { orderId: order.id }, orderBy: { at: "asc" } });
    expect(messages.map((m) => [m.author, m.text])).toEqual([
      ["STAFF", "Passer tirsdag kl. 10 til samtaler?"],
      ["EMPLOYER", "Ja, tirsdag passer."],
    ]);
    await closeAndFinish(handle, jc.consultant.id);
  });

  it("warns the assignee when the warning threshold passes", async () => {
    const jc = await makeJobcentre();
    const order = await makeOrder(jc);
    const handle = await startOrder(order.id);
    const state = await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");

    await env.sleep(Date.parse(state.warnAt!) - (await env.currentTimeMs()) + 60_000);
    const warned = await waitForState(handle, (s) => s.warned, "the warning");
    expect(warned.breached).toBe(false);
    expect(warned.escalationLevel).toBe(0);

    const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.warnedAt?.getTime()).toBeGreaterThanOrEqual(Date.parse(state.warnAt!));
    expect(row.breachedAt).toBeNull();
    expect(await eventKinds(order.id)).toContain("WARNED");
    const [warning] = await waitForMails(jc.consultant.email, "Svarfristen nærmer sig");
    expect(warning!.text).toContain(order.number);
    expect(warning!.text).toContain(`senest ${formatDeadline(row.dueAt!)}`);

    await closeAndFinish(handle, jc.teamLead.id);
  });

  it("records the breach and escalates to the team leads, then to the managers", async () => {
    const extra = `udvalg-${uniqueSuffix()}@kommune.example`;
    const jc = await makeJobcentre({ escalationEmails: [extra] });
    const order = await makeOrder(jc);
    const handle = await startOrder(order.id);
    const state = await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");
    expect(state.escalateTeamLeadAt).toBe(state.dueAt);
    expect(Date.parse(state.escalateManagerAt!)).toBe(Date.parse(state.dueAt!) + 24 * HOUR);

    await env.sleep(Date.parse(state.dueAt!) - (await env.currentTimeMs()) + 60_000);
    const level1 = await waitForState(handle, (s) => s.escalationLevel === 1, "escalation to the team lead");
    expect(level1.breached).toBe(true);
    const [teamLeadMail] = await waitForMails(jc.teamLead.email, "Svarfrist overskredet");
    expect(teamLeadMail!.text).toContain(order.number);
    expect(teamLeadMail!.text).toContain(jc.consultant.name);
    expect((await mailsTo(jc.manager.email)).length).toBe(0);

    await env.sleep(Date.parse(state.escalateManagerAt!) - (await env.currentTimeMs()) + 60_000);
    await waitForState(handle, (s) => s.escalationLevel === 2, "escalation to the manager");
    await waitForMails(jc.manager.email, "Eskaleret til ledelsen");
    expect((await waitForMails(extra, "", 2)).length).toBe(2);

    const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.escalationLevel).toBe(2);
    expect(row.breachedAt?.toISOString()).toBe(state.dueAt);
    const kinds = await eventKinds(order.id);
    expect(kinds).toEqual(["RECEIVED", "ASSIGNED", "RECEIPT_SENT", "WARNED", "DEADLINE_BREACHED", "ESCALATED_TEAM_LEAD", "ESCALATED_MANAGER"]);

    // A late answer is still an answer, recorded as late.
    const late = await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: jc.consultant.id, text: "Undskyld ventetiden." }] });
    expect(late.onTime).toBe(false);
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).answeredOnTime).toBe(false);
    await closeAndFinish(handle, jc.consultant.id);
  });

  it("keeps the policy version the order was received under", async () => {
    const jc = await makeJobcentre();
    const order = await makeOrder(jc);
    await createNextPolicyVersion(prisma, jc.policy, { responseHours: 48, note: "Ny version med længere frist" });
    const handle = await startOrder(order.id);
    const state = await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");

    const expected = computeDeadlines(toDeadlinePolicy(jc.policy), order.receivedAt);
    expect(state.dueAt).toBe(expected.dueAt.toISOString());
    expect(Date.parse(state.dueAt!)).toBe(order.receivedAt.getTime() + 24 * HOUR);
    const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.policyId).toBe(jc.policy.id);
    expect(row.dueAt?.toISOString()).toBe(expected.dueAt.toISOString());
    await closeAndFinish(handle, null);
  });

  it("runs a fast-track order on its agreement's shorter promise: owned by the fixed contact, warned and escalated on that clock", async () => {
    const jc = await makeJobcentre({ consultants: 2 });
    const [kam, contact] = jc.consultants as [User, User];
    const company = await createRegisteredCompany(prisma, jc.jobcentre.id, {}, kam.id);
    const receivedAt = await serverNow();
    const today = localDateOf(receivedAt);
    await createPartnershipAgreement(prisma, {
      jobcentreId: jc.jobcentre.id,
      companyId: company.id,
      contactUserId: contact.id,
      createdById: jc.teamLead.id,
      startsOn: new Date(`${addLocalDays(today, -1)}T00:00:00Z`),
      endsOn: new Date(`${addLocalDays(today, 365)}T00:00:00Z`),
      fastTrackResponseHours: 4,
    });
    // What intake does: the agreement in force when the order arrives goes with the order.
    const agreement = await findAgreementInForce(prisma, { jobcentreId: jc.jobcentre.id, companyId: company.id, at: receivedAt });
    expect(agreement).not.toBeNull();
    const order = await makeOrder(jc, { companyId: company.id, receivedAt, agreementId: agreement!.id, fastTrack: true });
    const handle = await startOrder(order.id);
    const state = await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the fast-track order to await an answer");

    expect(Date.parse(state.dueAt!)).toBe(receivedAt.getTime() + 4 * HOUR);
    expect(Date.parse(state.warnAt!)).toBe(receivedAt.getTime() + 3 * HOUR);
    expect(state.assigneeId).toBe(contact.id);
    const assigned = await prisma.jobOrderEvent.findFirstOrThrow({ where: { orderId: order.id, kind: "ASSIGNED" } });
    expect(assigned.data).toMatchObject({ assigneeId: contact.id, reason: "PARTNERSHIP" });
    const [assignedMail] = await waitForMails(contact.email, "Ny jobordre til dig");
    expect(assignedMail!.text).toContain("partnerskabsaftale");
    const [receipt] = await waitForMails(order.contactEmail, "Vi har modtaget");
    expect(receipt!.text).toContain(`senest ${formatDeadline(new Date(state.dueAt!))}`);
    expect(receipt!.text).toContain("hurtigspor");

    await env.sleep(Date.parse(state.dueAt!) - (await env.currentTimeMs()) + 60_000);
    await waitForState(handle, (s) => s.warned && s.breached && s.escalationLevel === 1, "the fast track's breach");
    await waitForMails(jc.teamLead.email, "Svarfrist overskredet");
    await closeAndFinish(handle, contact.id);
  });

  it("keeps the promise and owner of an order received before the company's agreement", async () => {
    const jc = await makeJobcentre({ consultants: 2 });
    const [kam, contact] = jc.consultants as [User, User];
    const company = await createRegisteredCompany(prisma, jc.jobcentre.id, {}, kam.id);
    const order = await makeOrder(jc, { companyId: company.id });
    const today = localDateOf(order.receivedAt);
    // Made after the order arrived, in force since yesterday: the order's receipt already promised the policy's answer.
    await createPartnershipAgreement(prisma, {
      jobcentreId: jc.jobcentre.id,
      companyId: company.id,
      contactUserId: contact.id,
      createdById: jc.teamLead.id,
      startsOn: new Date(`${addLocalDays(today, -1)}T00:00:00Z`),
      endsOn: new Date(`${addLocalDays(today, 365)}T00:00:00Z`),
    });
    const handle = await startOrder(order.id);
    const state = await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");
    expect(Date.parse(state.dueAt!)).toBe(order.receivedAt.getTime() + 24 * HOUR);
    expect(state.assigneeId).toBe(kam.id);
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).fastTrack).toBe(false);
    await closeAndFinish(handle, null);
  });

  it("sends a mail once per key; a resend after a lost acknowledgement keeps its Message-ID", async () => {
    // sendMailOnce is at-least-once with a stable Message-ID: when the SMTP server accepted the mail but
    // the acknowledgement was lost, the SentMail row is still SENDING and the retry sends again, because
    // "never sent" and "sent, not acknowledged" look the same from here. Both deliveries carry the
    // Message-ID derived from the key, which mail clients use to show one mail. Once SENT, never again.
    const key = `test:${uniqueSuffix()}:once`;
    const to = `once-${uniqueSuffix()}@virksomhed.example`;
    let calls = 0;
    const lossy: Mailer = {
      async send(message) {
        calls += 1;
        await smtp.send(message);
        if (calls === 1) throw new Error("connection reset after the message was accepted");
      },
    };
    const mail = { key, to: [to], subject: "Prøve", text: "Hej", html: "<p>Hej</p>" };
    await expect(sendMailOnce(prisma, lossy, mail)).rejects.toThrow(/connection reset/);
    expect((await prisma.sentMail.findUniqueOrThrow({ where: { key } })).status).toBe("SENDING");
    expect(await sendMailOnce(prisma, lossy, mail)).toBe("sent");
    expect(await sendMailOnce(prisma, lossy, mail)).toBe("already-sent");
    expect(calls).toBe(2);

    const rows = await prisma.sentMail.findMany({ where: { key } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe("SENT");
    expect(rows[0]!.messageId).toBe(messageIdForKey(key));
    const delivered = await waitForMails(to, "Prøve", 2);
    expect(new Set(delivered.map((m) => m.messageId))).toEqual(new Set([messageIdForKey(key)]));
  });

  it("a receipt activity that fails after sending is retried without a second distinct receipt", async () => {
    const jc = await makeJobcentre();
    const order = await makeOrder(jc);
    loseAckOnceFor.add(order.contactEmail);
    const handle = await startOrder(order.id);
    await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");
    expect(loseAckOnceFor.has(order.contactEmail)).toBe(false); // the failure did happen

    const key = `order:${order.id}:receipt`;
    const receipts = await waitForMails(order.contactEmail, "Vi har modtaget jeres jobordre");
    expect(new Set(receipts.map((m) => m.messageId))).toEqual(new Set([messageIdForKey(key)]));
    const rows = await prisma.sentMail.findMany({ where: { orderId: order.id, key } });
    expect(rows.map((r) => r.status)).toEqual(["SENT"]);
    expect((await eventKinds(order.id)).filter((k) => k === "RECEIPT_SENT")).toHaveLength(1);
    await closeAndFinish(handle, null);
  });

  it("the reconciler starts the workflow of an order stored without one", async () => {
    const jc = await makeJobcentre();
    // Older than any other order without a workflow in the shared test database, so it is in the batch.
    const order = await makeOrder(jc, { receivedAt: new Date("2020-01-06T09:00:00Z") });
    await expect(env.client.workflow.getHandle(jobOrderWorkflowId(order.id)).describe()).rejects.toThrow();

    const started = await env.client.workflow.execute(RECONCILE_WORKFLOW, {
      taskQueue: taskQueue(),
      workflowId: `reconcile-test-${uniqueSuffix()}`,
    });
    expect(started).toBeGreaterThanOrEqual(1);
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).workflowStartedAt).not.toBeNull();

    const handle = env.client.workflow.getHandle(jobOrderWorkflowId(order.id));
    const state = await waitForState(handle, (s) => s.assigneeId !== null && s.phase !== "STARTING", "the reconciled order to be assigned");
    expect(state.assigneeId).toBe(jc.consultant.id);
    expect(await eventKinds(order.id)).toContain("ASSIGNED");
    await closeAndFinish(handle, null);
  });

  it("two concurrent answers: one wins, the other is rejected", async () => {
    const jc = await makeJobcentre({ consultants: 2 });
    const order = await makeOrder(jc);
    const handle = await startOrder(order.id);
    await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");

    const results = await Promise.allSettled(
      jc.consultants.map((c, i) => handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: c.id, text: `Svar nummer ${i + 1}` }] })),
    );
    const winners = results.filter((r) => r.status === "fulfilled");
    expect(winners).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected")!;
    expect([REFUSALS.answerInProgress, REFUSALS.alreadyAnswered]).toContain(rejectionType(loser));

    const winnerIndex = results.indexOf(winners[0]!);
    const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.answeredById).toBe(jc.consultants[winnerIndex]!.id);
    expect(row.answerText).toBe(`Svar nummer ${winnerIndex + 1}`);
    expect((await eventKinds(order.id)).filter((k) => k === "ANSWERED")).toHaveLength(1);
    expect(await waitForMails(order.contactEmail, "Svar på jeres jobordre")).toHaveLength(1);
    await closeAndFinish(handle, jc.teamLead.id);
  });

  it("rejects invalid answers and clears the in-progress marker when recording fails", async () => {
    const jc = await makeJobcentre();
    const other = await makeJobcentre();
    const order = await makeOrder(jc);
    const handle = await startOrder(order.id);
    await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");

    const answer = (consultantId: string, text: string) => handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId, text }] });
    expect(await updateRejection(answer(jc.consultant.id, "   "))).toBe(REFUSALS.invalidAnswer);
    expect(await updateRejection(answer(jc.consultant.id, "x".repeat(5001)))).toBe(REFUSALS.invalidAnswer);
    // A consultant of another jobcentre: the activity refuses, the error reaches the caller ...
    expect(await updateRejection(answer(other.consultant.id, "Jeg tager den"))).toBe(REFUSALS.consultantNotAllowed);
    // ... and the order can still be answered.
    const ok = await answer(jc.consultant.id, "Vi er i gang.");
    expect(ok.onTime).toBe(true);
    expect(await updateRejection(answer(jc.consultant.id, "Igen"))).toBe(REFUSALS.alreadyAnswered);
    await closeAndFinish(handle, jc.consultant.id);
    await expect(answer(jc.consultant.id, "Efter lukning")).rejects.toThrow();
  });

  it("hands an order over to a colleague and lets a colleague take it over", async () => {
    const jc = await makeJobcentre({ consultants: 2 });
    const [first, second] = jc.consultants as [User, User];
    const order = await makeOrder(jc);
    const handle = await startOrder(order.id);
    const state = await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");
    expect(state.assigneeId).toBe(first.id);

    const reassign = (toUserId: string, byUserId: string) => handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId, byUserId }] });
    expect(await updateRejection(reassign(first.id, first.id))).toBe(REFUSALS.alreadyAssignee);
    expect(await updateRejection(reassign(jc.manager.id, first.id))).toBe(REFUSALS.assigneeNotAllowed);

    // Hand over: the colleague gets a mail.
    expect(await reassign(second.id, first.id)).toEqual({ assigneeId: second.id });
    const [handedOver] = await waitForMails(second.email, "er overdraget til dig");
    expect(handedOver!.text).toContain(first.name);
    // Take over: the team lead takes it themself, no mail to them about it.
    expect(await reassign(jc.teamLead.id, jc.teamLead.id)).toEqual({ assigneeId: jc.teamLead.id });
    expect((await stateOf(handle)).assigneeId).toBe(jc.teamLead.id);

    const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row.assigneeId).toBe(jc.teamLead.id);
    const events = await prisma.jobOrderEvent.findMany({ where: { orderId: order.id, kind: "REASSIGNED" }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.actorId, e.data])).toEqual([
      [first.id, { from: first.id, to: second.id }],
      [jc.teamLead.id, { from: second.id, to: jc.teamLead.id }],
    ]);
    expect(new Set(events.map((e) => e.key)).size).toBe(2);
    expect((await mailsTo(jc.teamLead.email)).filter((m) => m.subject.includes("overdraget"))).toHaveLength(0);
    // The consultant it was taken from is told whose it is now; the one who handed it away is not.
    const [takenFrom] = await waitForMails(second.email, `er nu ${jc.teamLead.name}s`);
    expect(takenFrom!.text).toContain(`${jc.teamLead.name} har overtaget jobordre ${order.number}`);
    expect((await mailsTo(first.email)).filter((m) => m.subject.includes(" er nu "))).toHaveLength(0);
    await closeAndFinish(handle, jc.teamLead.id);
  });

  it("round robin spreads concurrent orders between consultants; the key account consultant wins", async () => {
    const jc = await makeJobcentre({ consultants: 2 });
    const orders = [];
    for (let i = 0; i < 4; i++) orders.push(await makeOrder(jc));
    const handles = await Promise.all(orders.map((o) => startOrder(o.id)));
    const states = await Promise.all(handles.map((h) => waitForState(h, (s) => s.phase === "AWAITING_ANSWER", "assignment")));
    const counts = new Map<string, number>();
    for (const s of states) counts.set(s.assigneeId!, (counts.get(s.assigneeId!) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ [jc.consultants[0]!.id]: 2, [jc.consultants[1]!.id]: 2 });
    const pointer = (await prisma.jobcentre.findUniqueOrThrow({ where: { id: jc.jobcentre.id } })).lastAssignedUserId;
    expect(pointer).toBe(jc.consultants[1]!.id);

    // A key account company gets its consultant (here a third one), and the round robin is untouched.
    const kam = await createStaffUser(prisma, { jobcentreId: jc.jobcentre.id });
    const company = await createCompany(prisma);
    await prisma.companyRelationship.create({ data: { jobcentreId: jc.jobcentre.id, companyId: company.id, keyAccountConsultantId: kam.id, source: "STAFF" } });
    const kamOrder = await makeOrder(jc, { companyId: company.id });
    const kamHandle = await startOrder(kamOrder.id);
    const kamState = await waitForState(kamHandle, (s) => s.phase === "AWAITING_ANSWER", "key account assignment");
    expect(kamState.assigneeId).toBe(kam.id);
    const assigned = await prisma.jobOrderEvent.findFirstOrThrow({ where: { orderId: kamOrder.id, kind: "ASSIGNED" } });
    expect(assigned.data).toMatchObject({ assigneeId: kam.id, reason: "KEY_ACCOUNT" });
    await waitForMails(kam.email, "Ny jobordre til dig");
    expect((await prisma.jobcentre.findUniqueOrThrow({ where: { id: jc.jobcentre.id } })).lastAssignedUserId).toBe(pointer);

    // An inactive key account consultant does not get it: the round robin does.
    await prisma.user.update({ where: { id: kam.id }, data: { active: false } });
    const fallbackOrder = await makeOrder(jc, { companyId: company.id });
    const fallbackHandle = await startOrder(fallbackOrder.id);
    const fallback = await waitForState(fallbackHandle, (s) => s.phase === "AWAITING_ANSWER", "fallback assignment");
    expect(fallback.assigneeId).toBe(jc.consultants[0]!.id);

    for (const h of [...handles, kamHandle, fallbackHandle]) await h.executeUpdate(closeOrderUpdate, { args: [{ byUserId: null, reason: "Testen er slut" }] });
  });
});
