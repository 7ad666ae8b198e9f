// The job order workflow's activities: the only writers of an order's state after intake
// (docs/decisions/002-workflow-owns-order-state.md). Dependencies are injected, so tests pass their own.
//
// Every activity may run more than once (retries, a worker dying after the write): each write is
// idempotent. Events use a stable key per (order, step) and are inserted with ON CONFLICT DO NOTHING;
// mails go through sendMailOnce with a stable key. Times that matter to history come from the workflow
// (its clock is the one deadlines are measured on), so a retried activity records the same instant.
import { ApplicationFailure } from "@temporalio/common";
import type { Client } from "@temporalio/client";
import type { JobOrderEventKind, StaffRole } from "@prisma/client";
import { computeDeadlines, policyHoursBetween } from "../app/utils/deadlines";
import { toDeadlinePolicy } from "../app/models/policy.server";
import { createEmployerLoginToken, employerLoginUrl } from "../app/models/employer-login.server";
import { sendMailOnce, wasMailSent } from "../app/utils/mailer.server";
import { startJobOrderWorkflow } from "../app/utils/temporal.server";
import { answerMail, assignedMail, escalationMail, receiptMail, warningMail } from "../emails";
import { appendEvent, ASSIGNABLE_ROLES, orderNotFound, orderUrl, refuse } from "./activity-support";
import { REFUSALS } from "./definitions";
import { canHandOverOrders, canWorkOnOrders, NOT_AN_OWNER_MESSAGE } from "../app/domain/staff-roles";
import { createLifecycleActivities, type LifecycleDeps } from "./lifecycle-activities";

export type ActivityDeps = LifecycleDeps & {
  /** Needed only by the reconciler, which starts workflows. */
  temporal?: { client: Client; taskQueue: string };
};

export type OrderClock = { warnAt: string; dueAt: string; escalateTeamLeadAt: string; escalateManagerAt: string; warningAtPercent: number };
/** `earlierAnswer`: the order already had a different answer (recorded by an attempt whose result was lost). */
export type RecordedAnswer = { answeredAt: string; onTime: boolean; answeredById: string; earlierAnswer: boolean };
export type AssignReason = "EXISTING" | "KEY_ACCOUNT" | "ROUND_ROBIN";
export type AssignResult = { assigneeId: string | null; reason: AssignReason | null };

/** Orders received less than this long ago are left to intake, which starts their workflow itself. */
export const RECONCILE_GRACE_MS = 30_000;
export const RECONCILE_BATCH = 100;

export function createActivities(deps: ActivityDeps) {
  const { prisma, mailer, publicUrl, employerLinkTtlHours } = deps;

  async function loadOrder(orderId: string) {
    const order = await prisma.jobOrder.findUnique({
      where: { id: orderId },
      include: { policy: true, company: true, jobcentre: true, assignee: true, answeredBy: true },
    });
    if (!order) throw orderNotFound(orderId);
    return order;
  }

  async function employerLink(email: string): Promise<string> {
    const token = await createEmployerLoginToken(prisma, email, employerLinkTtlHours);
    return employerLoginUrl(publicUrl, token);
  }

  /** Mails a consultant that an order is theirs. `n` is 0 for the first assignment, the hand-over count after. */
  async function mailAssignee(orderId: string, assigneeId: string, n: number, reason: "new" | "key-account" | "handed-over", byUserId?: string) {
    const key = `order:${orderId}:assigned:${assigneeId}:${n}`;
    if (await wasMailSent(prisma, key)) return;
    const order = await loadOrder(orderId);
    const assignee = await prisma.user.findUnique({ where: { id: assigneeId } });
    if (!assignee) return;
    const by = byUserId ? await prisma.user.findUnique({ where: { id: byUserId } }) : null;
    const mail = assignedMail({
      recipientName: assignee.name,
      orderNumber: order.number,
      title: order.title,
      companyName: order.company.name,
      positions: order.positions,
      dueAt: order.dueAt,
      orderUrl: orderUrl(publicUrl, order.number),
      reason,
      byName: by?.name ?? null,
    });
    await sendMailOnce(prisma, mailer, { key, orderId, to: [assignee.email], ...mail, replyTo: order.jobcentre.email });
  }

  return {
    ...createLifecycleActivities(deps),

    /**
     * Computes the order's deadlines from the policy version the order was received under (not the
     * jobcentre's current one) and writes warnAt/dueAt once. Also marks the workflow as started, so the
     * reconciler leaves the order alone.
     */
    async startOrderClock(input: { orderId: string }): Promise<OrderClock> {
      const order = await prisma.jobOrder.findUnique({ where: { id: input.orderId }, include: { policy: true } });
      if (!order) throw orderNotFound(input.orderId);
      const computed = computeDeadlines(toDeadlinePolicy(order.policy), order.receivedAt);
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
     * Gives the order an owner: the one it has, else the company's key account consultant (if active in
     * this jobcentre), else the next active consultant in id order after Jobcentre.lastAssignedUserId.
     * The jobcentre row is locked for the choice, so concurrent orders take turns instead of all going
     * to the same consultant. Mails the assignee.
     */
    async assignOrder(input: { orderId: string; at: string }): Promise<AssignResult> {
      const at = new Date(input.at);
      const result = await prisma.$transaction(async (tx): Promise<AssignResult & { mailReason: "new" | "key-account" | null }> => {
        const head = await tx.jobOrder.findUnique({ where: { id: input.orderId }, select: { jobcentreId: true } });
        if (!head) throw orderNotFound(input.orderId);
        await tx.$queryRaw`SELECT "id" FROM "Jobcentre" WHERE "id" = ${head.jobcentreId} FOR UPDATE`;
        const order = await tx.jobOrder.findUniqueOrThrow({ where: { id: input.orderId }, include: { company: true } });

        let assigneeId: string | null = null;
        let reason: AssignReason | null = null;
        if (order.assigneeId) {
          assigneeId = order.assigneeId;
          reason = "EXISTING";
        } else {
          const kamId = order.company.keyAccountConsultantId;
          const kam = kamId ? await tx.user.findUnique({ where: { id: kamId } }) : null;
          if (kam && kam.active && kam.jobcentreId === order.jobcentreId && ASSIGNABLE_ROLES.includes(kam.role)) {
            assigneeId = kam.id;
            reason = "KEY_ACCOUNT";
          } else {
            const consultants = await tx.user.findMany({
              where: { jobcentreId: order.jobcentreId, role: "CONSULTANT", active: true },
              select: { id: true },
            });
            // Ordered in JS (code units), not by the database collation, so "next after" is well defined.
            const ids = consultants.map((c) => c.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
            if (ids.length > 0) {
              const jobcentre = await tx.jobcentre.findUniqueOrThrow({ where: { id: order.jobcentreId } });
              const last = jobcentre.lastAssignedUserId;
              assigneeId = (last ? ids.find((id) => id > last) : undefined) ?? ids[0]!;
              reason = "ROUND_ROBIN";
              await tx.jobcentre.update({ where: { id: order.jobcentreId }, data: { lastAssignedUserId: assigneeId } });
            }
          }
        }
        // The answer is the first task in the consultants' inbox, due at the deadline.
        if (order.dueAt && !order.answeredAt && order.status !== "CLOSED") {
          await tx.task.createMany({
            data: [{ orderId: order.id, jobcentreId: order.jobcentreId, key: "answer", kind: "ANSWER", dueAt: order.dueAt, assigneeId, createdAt: at }],
            skipDuplicates: true,
          });
        }
        if (!assigneeId) return { assigneeId: null, reason: null, mailReason: null };
        await tx.jobOrder.update({
          where: { id: order.id },
          data: { assigneeId, ...(order.status === "RECEIVED" ? { status: "ASSIGNED" as const } : {}) },
        });
        await tx.task.updateMany({ where: { orderId: order.id, key: "answer", status: "OPEN", assigneeId: null }, data: { assigneeId } });
        await appendEvent(tx, { orderId: order.id, kind: "ASSIGNED", key: "assigned", at, data: { assigneeId, reason } });
        return { assigneeId, reason, mailReason: reason === "KEY_ACCOUNT" ? "key-account" : "new" };
      });
      if (result.assigneeId && result.mailReason) await mailAssignee(input.orderId, result.assigneeId, 0, result.mailReason);
      return { assigneeId: result.assigneeId, reason: result.reason };
    },

    /**
     * The receipt to the employer: order number, who answers, the promised deadline and a single-use
     * sign-in link to "Mine jobordrer". Not an answer: the clock keeps running.
     */
    async sendReceipt(input: { orderId: string; at: string }): Promise<void> {
      const key = `order:${input.orderId}:receipt`;
      if (!(await wasMailSent(prisma, key))) {
        const order = await loadOrder(input.orderId);
        if (!order.dueAt) throw new Error(`Job order ${order.id} has no deadline yet`);
        const mail = receiptMail({
          contactName: order.contactName,
          orderNumber: order.number,
          title: order.title,
          assigneeName: order.assignee?.name ?? null,
          jobcentre: { name: order.jobcentre.name, phone: order.jobcentre.phone, email: order.jobcentre.email },
          dueAt: order.dueAt,
          loginUrl: await employerLink(order.contactEmail),
          linkTtlHours: employerLinkTtlHours,
        });
        await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
      }
      await appendEvent(prisma, { orderId: input.orderId, kind: "RECEIPT_SENT", key: "receipt-sent", at: new Date(input.at) });
    },

    /** The warning threshold passed without an answer: tell the assignee (or the shared mailbox if none). */
    async notifyWarning(input: { orderId: string; assigneeId: string | null; at: string }): Promise<void> {
      const at = new Date(input.at);
      await prisma.$transaction([
        prisma.jobOrder.updateMany({ where: { id: input.orderId, warnedAt: null }, data: { warnedAt: at } }),
        prisma.jobOrderEvent.createMany({
          data: [{ orderId: input.orderId, kind: "WARNED", key: "warned", at, data: { assigneeId: input.assigneeId } }],
          skipDuplicates: true,
        }),
      ]);
      const key = `order:${input.orderId}:warning`;
      if (await wasMailSent(prisma, key)) return;
      const order = await loadOrder(input.orderId);
      // The stored owner is at least as fresh as the workflow's (a hand-over whose reply was lost).
      const assigneeId = order.assigneeId ?? input.assigneeId;
      const assignee = assigneeId ? await prisma.user.findUnique({ where: { id: assigneeId } }) : null;
      const mail = warningMail({
        recipientName: assignee?.name ?? order.jobcentre.name,
        orderNumber: order.number,
        title: order.title,
        companyName: order.company.name,
        dueAt: order.dueAt ?? at,
        warningAtPercent: order.policy.warningAtPercent,
        orderUrl: orderUrl(publicUrl, order.number),
      });
      const to = assignee?.active ? assignee.email : order.jobcentre.email;
      await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [to], ...mail, replyTo: order.jobcentre.email });
    },

    /** The deadline passed without an answer. `at` is the deadline itself. */
    async recordBreach(input: { orderId: string; at: string }): Promise<void> {
      const at = new Date(input.at);
      await prisma.$transaction([
        prisma.jobOrder.updateMany({ where: { id: input.orderId, breachedAt: null }, data: { breachedAt: at } }),
        prisma.jobOrderEvent.createMany({
          data: [{ orderId: input.orderId, kind: "DEADLINE_BREACHED", key: "breached", at }],
          skipDuplicates: true,
        }),
      ]);
    },

    /**
     * Level 1: the jobcentre's active team leads; level 2: its active managers; both plus the policy's
     * escalation addresses. With nobody to tell, the jobcentre's shared mailbox gets it.
     */
    async escalate(input: { orderId: string; level: 1 | 2; at: string }): Promise<void> {
      const at = new Date(input.at);
      const kind: JobOrderEventKind = input.level === 1 ? "ESCALATED_TEAM_LEAD" : "ESCALATED_MANAGER";
      const role: StaffRole = input.level === 1 ? "TEAM_LEAD" : "MANAGER";
      const order = await loadOrder(input.orderId);
      const leads = await prisma.user.findMany({
        where: { jobcentreId: order.jobcentreId, role, active: true },
        orderBy: { email: "asc" },
        select: { id: true, email: true },
      });
      const recipients = [...new Set([...leads.map((u) => u.email), ...order.policy.escalationEmails].map((e) => e.toLowerCase()))];
      if (recipients.length === 0) recipients.push(order.jobcentre.email);
      await prisma.$transaction([
        prisma.jobOrder.updateMany({ where: { id: order.id, escalationLevel: { lt: input.level } }, data: { escalationLevel: input.level } }),
        prisma.jobOrderEvent.createMany({
          data: [{ orderId: order.id, kind, key: `escalated:${input.level}`, at, data: { level: input.level, recipients } }],
          skipDuplicates: true,
        }),
      ]);
      const key = `order:${order.id}:escalation:${input.level}`;
      if (await wasMailSent(prisma, key)) return;
      const mail = escalationMail({
        level: input.level,
        orderNumber: order.number,
        title: order.title,
        companyName: order.company.name,
        jobcentreName: order.jobcentre.name,
        receivedAt: order.receivedAt,
        dueAt: order.dueAt ?? order.receivedAt,
        assigneeName: order.assignee?.name ?? null,
        orderUrl: orderUrl(publicUrl, order.number),
      });
      await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: recipients, ...mail, replyTo: order.jobcentre.email });
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
        prisma.jobOrderEvent.createMany({
          data: [{ orderId: order.id, kind: "ANSWERED", key: "answered", at: answeredAt, actorId: user.id, data: { onTime: input.onTime, hoursToAnswer } }],
          skipDuplicates: true,
        }),
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
        jobcentre: { name: order.jobcentre.name, phone: order.jobcentre.phone, email: order.jobcentre.email },
        loginUrl: await employerLink(order.contactEmail),
        linkTtlHours: employerLinkTtlHours,
      });
      await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
    },

    /**
     * Take over (toUserId is the caller) or hand over (to a colleague). The new owner must be an active
     * consultant or team lead of the order's jobcentre; the actor an active staff user of it (not of a
     * partner jobcentre that sees the order through the region).
     * `n` numbers the hand-overs of this order, so each has its own event and mail key.
     */
    async reassignOrder(input: { orderId: string; toUserId: string; byUserId: string; n: number; at: string }): Promise<{ assigneeId: string }> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const target = await prisma.user.findUnique({ where: { id: input.toUserId } });
      if (!target || !target.active || target.jobcentreId !== order.jobcentreId || !ASSIGNABLE_ROLES.includes(target.role)) {
        throw refuse(REFUSALS.assigneeNotAllowed, "Ordren kan kun gives til en aktiv konsulent eller teamleder i ordrens jobcenter.");
      }
      const actor = input.byUserId === target.id ? target : await prisma.user.findUnique({ where: { id: input.byUserId } });
      if (!actor || !actor.active || actor.jobcentreId !== order.jobcentreId) {
        throw refuse(REFUSALS.actorNotAllowed, "Du kan ikke flytte ordrer i dette jobcenter.");
      }
      if (!canHandOverOrders(actor)) throw refuse(REFUSALS.actorNotAllowed, NOT_AN_OWNER_MESSAGE);
      const from = order.assigneeId;
      await prisma.$transaction([
        prisma.jobOrder.update({
          where: { id: order.id },
          data: { assigneeId: target.id, ...(order.status === "RECEIVED" ? { status: "ASSIGNED" as const } : {}) },
        }),
        prisma.jobOrderEvent.createMany({
          data: [{ orderId: order.id, kind: "REASSIGNED", key: `reassigned:${input.n}`, at, actorId: actor.id, data: { from, to: target.id } }],
          skipDuplicates: true,
        }),
        // The order's open tasks that were the previous owner's (or nobody's) go with it; the region's
        // task and tasks a colleague took on stay where they are.
        prisma.task.updateMany({
          where: { orderId: order.id, status: "OPEN", regionId: null, OR: [{ assigneeId: from }, { assigneeId: null }] },
          data: { assigneeId: target.id },
        }),
      ]);
      if (actor.id !== target.id) await mailAssignee(order.id, target.id, input.n, "handed-over", actor.id);
      return { assigneeId: target.id };
    },

    /**
     * The reconciler: starts the workflow of orders that intake stored but could not start (oldest
     * first, a bounded batch). Starting an existing workflow is a no-op, so a race with intake is harmless.
     */
    async startMissingOrderWorkflows(): Promise<number> {
      if (!deps.temporal) throw ApplicationFailure.nonRetryable("The reconciler needs a Temporal client", "Misconfigured");
      const { client, taskQueue } = deps.temporal;
      const orders = await prisma.jobOrder.findMany({
        where: { workflowStartedAt: null, receivedAt: { lt: new Date(Date.now() - RECONCILE_GRACE_MS) } },
        orderBy: { receivedAt: "asc" },
        take: RECONCILE_BATCH,
        select: { id: true },
      });
      let started = 0;
      for (const order of orders) {
        await startJobOrderWorkflow(client, taskQueue, order.id);
        await prisma.jobOrder.updateMany({ where: { id: order.id, workflowStartedAt: null }, data: { workflowStartedAt: new Date() } });
        started += 1;
      }
      return started;
    },
  };
}

export type JobOrderActivities = ReturnType<typeof createActivities>;
