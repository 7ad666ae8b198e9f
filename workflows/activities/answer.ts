// The answer promise's activities: the clock from the order's own policy version, the receipt, the warning,
// the breach, the escalations, the answer and its mail.
import { ApplicationFailure } from "@temporalio/common";
import type { StaffRole } from "@prisma/client";
import { canWorkOnOrders, NOT_AN_OWNER_MESSAGE } from "../../app/domain/staff-roles";
import { toDeadlinePolicy, toOrderDeadlinePolicy } from "../../app/models/policy/policy.server";
import { computeDeadlines, policyHoursBetween } from "../../app/utils/deadlines";
import { sendMailOnce, wasMailSent } from "../../app/utils/mailer.server";
import { answerMail, escalationMail, receiptMail, warningMail } from "../../emails";
import { REFUSALS } from "../job-order/definitions";
import { appendEvent, eventInsert, loadOrderMailFacts, orderNotFound, orderUrl, recordDeadlineStep, refuse, type ActivityDeps, type DeadlineStep, type Support } from "./support";

export type OrderClock = { warnAt: string; dueAt: string; escalateTeamLeadAt: string; escalateManagerAt: string; warningAtPercent: number };
/** `earlierAnswer`: the order already had a different answer (recorded by an attempt whose result was lost). */
export type RecordedAnswer = { answeredAt: string; onTime: boolean; answeredById: string; earlierAnswer: boolean };

export function createAnswerActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, publicUrl, employerLinkTtlHours } = deps;
  const { loadOrder, employerLink } = support;

  return {
    /**
     * Computes the order's deadlines from the policy version the order was received under (not the
     * jobcentre's current one), shortened by the fast track of the agreement it was received under, and
     * writes warnAt/dueAt once. Also marks the workflow as started, so the
     * reconciler leaves the order alone.
     */
    async startOrderClock(input: { orderId: string }): Promise<OrderClock> {
      const order = await prisma.jobOrder.findUnique({ where: { id: input.orderId }, include: { policy: true, agreement: { select: { fastTrackResponseHours: true } } } });
      if (!order) throw orderNotFound(input.orderId);
      // The order's own promise, fast track included: intake chose the agreement when the order arrived.
      const computed = computeDeadlines(toOrderDeadlinePolicy(order), order.receivedAt);
      await prisma.jobOrder.updateMany({
        where: { id: order.id, dueAt: null },
        data: { warnAt: computed.warnAt, dueAt: computed.dueAt },
      });
      await prisma.jobOrder.updateMany({ where: { id: order.id, workflowStartedAt: null }, data: { workflowStartedAt: new Date() } });
      return {
        warnAt: (order.warnAt ?? computed.warnAt).toISOString(),
        dueAt: (order.dueAt ?? computed.dueAt).toISOString(),
        escalateTeamLeadAt: computed.escalateTeamLeadAt.toISOString(),
        escalateManagerAt: computed.escalateManagerAt.toISOString(),
        warningAtPercent: order.policy.warningAtPercent,
      };
    },

    /**
     * The receipt to the employer: order number, who answers, the promised deadline and a single-use
     * sign-in link to "Mine jobordrer". Not an answer: the clock keeps running.
     */
    async sendReceipt(input: { orderId: string; at: string }): Promise<void> {
      const key = `order:${input.orderId}:receipt`;
      if (!(await wasMailSent(prisma, key))) {
        const order = await loadOrderMailFacts(prisma, input.orderId);
        if (!order.dueAt) throw new Error(`Job order ${order.id} has no deadline yet`);
        const mail = receiptMail({
          contactName: order.contactName,
          orderNumber: order.number,
          title: order.title,
          assigneeName: order.owner?.name ?? null,
          jobcentre: { name: order.jobcentreName, phone: order.jobcentrePhone, email: order.jobcentreEmail },
          dueAt: order.dueAt,
          fastTrack: order.fastTrack,
          loginUrl: await employerLink(order.contactEmail),
          linkTtlHours: employerLinkTtlHours,
        });
        await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentreEmail });
      }
      await appendEvent(prisma, { orderId: input.orderId, kind: "RECEIPT_SENT", key: "receipt-sent", at: new Date(input.at) });
    },

    /** The warning threshold passed without an answer: tell the assignee (or the shared mailbox if none). */
    async notifyWarning(input: { orderId: string; assigneeId: string | null; at: string }): Promise<void> {
      const at = new Date(input.at);
      await recordDeadlineStep(prisma, input.orderId, at, { kind: "WARNED" }, { assigneeId: input.assigneeId });
      const order = await loadOrderMailFacts(prisma, input.orderId, { userId: input.assigneeId });
      // The stored owner is at least as fresh as the workflow's (a hand-over whose reply was lost).
      const owner = order.owner ?? order.user;
      const mail = warningMail({
        recipientName: owner?.name ?? order.jobcentreName,
        orderNumber: order.number,
        title: order.title,
        companyName: order.companyName,
        dueAt: order.dueAt ?? at,
        warningAtPercent: order.warningAtPercent,
        orderUrl: orderUrl(publicUrl, order.number),
      });
      const to = owner?.active ? owner.email : order.jobcentreEmail;
      await sendMailOnce(prisma, mailer, { key: `order:${order.id}:warning`, orderId: order.id, to: [to], ...mail, replyTo: order.jobcentreEmail });
    },

    /** The deadline passed without an answer. `at` is the deadline itself. */
    async recordBreach(input: { orderId: string; at: string }): Promise<void> {
      await recordDeadlineStep(prisma, input.orderId, new Date(input.at), { kind: "DEADLINE_BREACHED" });
    },

    /**
     * Level 1: the jobcentre's active team leads; level 2: its active managers; both plus the policy's
     * escalation addresses. With nobody to tell, the jobcentre's shared mailbox gets it.
     */
    async escalate(input: { orderId: string; level: 1 | 2; at: string }): Promise<void> {
      const at = new Date(input.at);
      const step: DeadlineStep = input.level === 1 ? { kind: "ESCALATED_TEAM_LEAD", level: 1 } : { kind: "ESCALATED_MANAGER", level: 2 };
      const leadRole: StaffRole = input.level === 1 ? "TEAM_LEAD" : "MANAGER";
      const order = await loadOrderMailFacts(prisma, input.orderId, { leadRole });
      const recipients = [...new Set([...order.leadEmails, ...order.escalationEmails].map((e) => e.toLowerCase()))];
      if (recipients.length === 0) recipients.push(order.jobcentreEmail);
      await recordDeadlineStep(prisma, order.id, at, step, { level: input.level, recipients });
      const mail = escalationMail({
        level: input.level,
        orderNumber: order.number,
        title: order.title,
        companyName: order.companyName,
        jobcentreName: order.jobcentreName,
        receivedAt: order.receivedAt,
        dueAt: order.dueAt ?? order.receivedAt,
        assigneeName: order.owner?.name ?? null,
        orderUrl: orderUrl(publicUrl, order.number),
      });
      await sendMailOnce(prisma, mailer, { key: `order:${order.id}:escalation:${input.level}`, orderId: order.id, to: recipients, ...mail, replyTo: order.jobcentreEmail });
    },

    /**
     * Records the answer. The answering user must be an active staff user of the order's jobcentre.
     * Idempotent: a retry after the write finds the same answer and returns it.
     */
    async recordAnswer(input: { orderId: string; consultantId: string; text: string; answeredAt: string; onTime: boolean }): Promise<RecordedAnswer> {
      const answeredAt = new Date(input.answeredAt);
      const order = await loadOrder(input.orderId);
      const user = await prisma.user.findUnique({ where: { id: input.consultantId } });
      if (!user || !user.active || user.jobcentreId !== order.jobcentreId) {
        throw refuse(REFUSALS.consultantNotAllowed, "Kun aktive medarbejdere i ordrens jobcenter kan svare på ordren.");
      }
      if (!canWorkOnOrders(user)) throw refuse(REFUSALS.consultantNotAllowed, NOT_AN_OWNER_MESSAGE);
      if (order.answeredAt) {
        // Written by an earlier attempt: this one (a retry) or one whose result the workflow never got
        // (it timed out after the commit). Either way the stored answer stands; the workflow adopts it.
        const same = order.answeredById === input.consultantId && order.answeredAt.getTime() === answeredAt.getTime();
        return {
          answeredAt: order.answeredAt.toISOString(),
          onTime: order.answeredOnTime ?? input.onTime,
          answeredById: order.answeredById ?? input.consultantId,
          earlierAnswer: !same,
        };
      }
      const hoursToAnswer = Math.round(policyHoursBetween(toDeadlinePolicy(order.policy), order.receivedAt, answeredAt) * 100) / 100;
      await prisma.$transaction([
        prisma.jobOrder.update({
          where: { id: order.id },
          data: {
            answeredAt,
            answeredById: user.id,
            answerText: input.text,
            answeredOnTime: input.onTime,
            ...(order.status === "CLOSED" ? {} : { status: "ANSWERED" as const }),
          },
        }),
        eventInsert(prisma, { orderId: order.id, kind: "ANSWERED", key: "answered", at: answeredAt, actorId: user.id, data: { onTime: input.onTime, hoursToAnswer } }),
        prisma.task.updateMany({
          where: { orderId: order.id, key: "answer", status: "OPEN" },
          data: { status: "DONE", completedAt: answeredAt, completedById: user.id },
        }),
      ]);
      return { answeredAt: answeredAt.toISOString(), onTime: input.onTime, answeredById: user.id, earlierAnswer: false };
    },

    /** The answer to the employer: the text, who answered, the next step and a fresh sign-in link. */
    async sendAnswerMail(input: { orderId: string }): Promise<void> {
      const key = `order:${input.orderId}:answer`;
      if (await wasMailSent(prisma, key)) return;
      const order = await loadOrder(input.orderId);
      if (!order.answeredBy || !order.answerText) throw ApplicationFailure.nonRetryable(`Job order ${order.id} has no answer`, "NotAnswered");
      const mail = answerMail({
        contactName: order.contactName,
        orderNumber: order.number,
        title: order.title,
        answerText: order.answerText,
        answeredBy: { name: order.answeredBy.name, email: order.answeredBy.email },
        owner: order.assignee?.active ? { name: order.assignee.name, email: order.assignee.email } : { name: order.answeredBy.name, email: order.answeredBy.email },
        jobcentre: { name: order.jobcentre.name, phone: order.jobcentre.phone, email: order.jobcentre.email },
        loginUrl: await employerLink(order.contactEmail),
        linkTtlHours: employerLinkTtlHours,
      });
      await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
    },
  };
}
