// Who does the work: the order's owner (the first assignment, hand-overs) and the lifecycle's tasks.
import { canHandOverOrders, HAND_OVER_ROLES, NOT_AN_OWNER_MESSAGE, ORDER_OWNER_ROLES } from "../../app/domain/staff-roles";
import { sendMailOnce, wasMailSent } from "../../app/utils/mailer.server";
import { assignedMail, reassignedAwayMail } from "../../emails";
import { mayFinishTask } from "../../app/domain/task/completion";
import { REFUSALS } from "../job-order/definitions";
import { jobcentresWorkingOn } from "../../app/models/job-order/working-jobcentres.server";
import {
  appendEvent,
  eventInsert,
  closeTasks,
  loadOrderMailFacts,
  orderNotFound,
  orderUrl,
  refuse,
  requireStaffOnOrder,
  taskChange,
  type ActivityDeps,
  type Support,
  type TaskChange,
} from "./support";

export type AssignReason = "EXISTING" | "PARTNERSHIP" | "KEY_ACCOUNT" | "ROUND_ROBIN";
export type AssignResult = { assigneeId: string | null; reason: AssignReason | null };

export function createTasksActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, publicUrl } = deps;
  const { loadOrder } = support;

  /** Mails a consultant that an order is theirs. `n` is 0 for the first assignment, the hand-over count after. */
  async function mailAssignee(orderId: string, assigneeId: string, n: number, reason: "new" | "key-account" | "partnership" | "handed-over", byUserId?: string) {
    const key = `order:${orderId}:assigned:${assigneeId}:${n}`;
    if (await wasMailSent(prisma, key)) return;
    const order = await loadOrderMailFacts(prisma, orderId, { userId: assigneeId });
    const assignee = order.user;
    if (!assignee) return;
    const by = byUserId ? await prisma.user.findUnique({ where: { id: byUserId } }) : null;
    const mail = assignedMail({
      recipientName: assignee.name,
      orderNumber: order.number,
      title: order.title,
      companyName: order.companyName,
      positions: order.positions,
      dueAt: order.dueAt,
      orderUrl: orderUrl(publicUrl, order.number),
      reason,
      byName: by?.name ?? null,
    });
    await sendMailOnce(prisma, mailer, { key, orderId, to: [assignee.email], ...mail, replyTo: order.jobcentreEmail });
  }

  async function mailPreviousOwner(orderId: string, previousId: string, newOwner: { id: string; name: string }, actor: { id: string; name: string }, n: number) {
    const key = `order:${orderId}:reassigned-away:${previousId}:${n}`;
    if (await wasMailSent(prisma, key)) return;
    const previous = await prisma.user.findUnique({ where: { id: previousId } });
    if (!previous || !previous.active) return;
    const order = await loadOrder(orderId);
    const mail = reassignedAwayMail({
      recipientName: previous.name,
      orderNumber: order.number,
      title: order.title,
      companyName: order.company.name,
      orderUrl: orderUrl(publicUrl, order.number),
      newOwnerName: newOwner.name,
      byName: actor.name,
      takenOver: actor.id === newOwner.id,
    });
    await sendMailOnce(prisma, mailer, { key, orderId, to: [previous.email], ...mail, replyTo: order.jobcentre.email });
  }

  return {
    /**
     * Gives the order an owner: the one it has, else the fixed contact of the partnership agreement it was
     * received under, else the company's key account consultant (each if active in this jobcentre and one who
     * owns orders), else the next active consultant in id order after Jobcentre.lastAssignedUserId.
     * The jobcentre row is locked for the choice, so concurrent orders take turns instead of all going
     * to the same consultant. Mails the assignee.
     */
    async assignOrder(input: { orderId: string; at: string }): Promise<AssignResult> {
      const at = new Date(input.at);
      const result = await prisma.$transaction(async (tx): Promise<AssignResult & { mailReason: "new" | "key-account" | "partnership" | null }> => {
        const head = await tx.jobOrder.findUnique({ where: { id: input.orderId }, select: { jobcentreId: true } });
        if (!head) throw orderNotFound(input.orderId);
        await tx.$queryRaw`SELECT "id" FROM "Jobcentre" WHERE "id" = ${head.jobcentreId} FOR UPDATE`;
        const order = await tx.jobOrder.findUniqueOrThrow({ where: { id: input.orderId }, include: { company: true, agreement: { select: { contactUser: true } } } });

        let assigneeId: string | null = null;
        let reason: AssignReason | null = null;
        if (order.assigneeId) {
          assigneeId = order.assigneeId;
          reason = "EXISTING";
        } else {
          const mayOwn = (user: { active: boolean; jobcentreId: string; role: (typeof ORDER_OWNER_ROLES)[number] } | null | undefined) =>
            !!user && user.active && user.jobcentreId === order.jobcentreId && ORDER_OWNER_ROLES.includes(user.role);
          // The key account consultant is the order's jobcentre's own, on its relationship with the company.
          const relationship = await tx.companyRelationship.findUnique({
            where: { jobcentreId_companyId: { jobcentreId: order.jobcentreId, companyId: order.companyId } },
            select: { keyAccountConsultant: true },
          });
          const kam = relationship?.keyAccountConsultant ?? null;
          const contact = order.agreement?.contactUser ?? null;
          if (contact && mayOwn(contact)) {
            assigneeId = contact.id;
            reason = "PARTNERSHIP";
          } else if (kam && mayOwn(kam)) {
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
        return { assigneeId, reason, mailReason: reason === "KEY_ACCOUNT" ? "key-account" : reason === "PARTNERSHIP" ? "partnership" : "new" };
      });
      if (result.assigneeId && result.mailReason) await mailAssignee(input.orderId, result.assigneeId, 0, result.mailReason);
      return { assigneeId: result.assigneeId, reason: result.reason };
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
      if (!target || !target.active || target.jobcentreId !== order.jobcentreId || !ORDER_OWNER_ROLES.includes(target.role)) {
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
        eventInsert(prisma, { orderId: order.id, kind: "REASSIGNED", key: `reassigned:${input.n}`, at, actorId: actor.id, data: { from, to: target.id } }),
        // The order's open tasks that were the previous owner's (or nobody's) go with it; the region's
        // task and tasks a colleague took on stay where they are.
        prisma.task.updateMany({
          where: { orderId: order.id, status: "OPEN", regionId: null, OR: [{ assigneeId: from }, { assigneeId: null }] },
          data: { assigneeId: target.id },
        }),
      ]);
      if (actor.id !== target.id) await mailAssignee(order.id, target.id, input.n, "handed-over", actor.id);
      // The previous owner is told, from the event: a retry of this activity finds the order already moved.
      const event = await prisma.jobOrderEvent.findUnique({ where: { orderId_key: { orderId: order.id, key: `reassigned:${input.n}` } } });
      const previous = (event?.data as { from?: string | null } | undefined)?.from ?? null;
      if (previous && previous !== target.id && previous !== actor.id) await mailPreviousOwner(order.id, previous, target, actor, input.n);
      return { assigneeId: target.id };
    },

    /**
     * A consultant marks a task done: a meeting held, a follow-up with the company made (its visit
     * record too), the regional search finished, a consent followed up.
     */
    async completeTask(input: { orderId: string; taskId: string; byUserId: string; note: string | null; at: string }): Promise<TaskChange> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const task = await prisma.task.findUnique({ where: { id: input.taskId } });
      if (!task || task.orderId !== order.id) throw refuse(REFUSALS.taskNotFound, "Opgaven hører ikke til denne jobordre.");
      const user = await requireStaffOnOrder(prisma, input.byUserId, order);
      if (!mayFinishTask(task, user, order)) {
        throw refuse(REFUSALS.actorNotAllowed, "Opgaven hører til jobordrens eget jobcenter.");
      }
      await prisma.$transaction(async (tx) => {
        const [closed] = await closeTasks(tx, { id: task.id }, { status: "DONE", at, byUserId: user.id, note: input.note });
        if (!closed) return;
        if (task.kind === "MEETING") {
          await tx.orderMeeting.updateMany({ where: { orderId: order.id, heldAt: null }, data: { heldAt: at } });
          await appendEvent(tx, { orderId: order.id, kind: "MEETING_HELD", key: "meeting-held", at, actorId: user.id, data: input.note ? { note: input.note } : {} });
        }
        if (task.kind === "FOLLOW_UP") {
          await tx.companyVisit.updateMany({ where: { taskId: task.id, doneAt: null }, data: { doneAt: at, doneById: user.id, note: input.note } });
          await appendEvent(tx, { orderId: order.id, kind: "FOLLOW_UP_DONE", key: `follow-up-done:${task.id}`, at, actorId: user.id, data: { taskId: task.id } });
        }
      });
      return taskChange(await prisma.task.findUniqueOrThrow({ where: { id: task.id } }));
    },

    /** Hands tasks (other than the answer, which moves with the order) to a colleague who may own them. */
    async reassignTasks(input: { orderId: string; taskIds: string[]; toUserId: string; byUserId: string }): Promise<string[]> {
      const order = await loadOrder(input.orderId);
      const tasks = await prisma.task.findMany({ where: { id: { in: input.taskIds }, orderId: order.id, status: "OPEN", kind: { not: "ANSWER" } } });
      if (tasks.length === 0) return [];
      await requireStaffOnOrder(prisma, input.byUserId, order, HAND_OVER_ROLES);
      const target = await prisma.user.findUnique({ where: { id: input.toUserId } });
      const allowed = await jobcentresWorkingOn(prisma, order);
      if (!target || !target.active || !ORDER_OWNER_ROLES.includes(target.role) || !allowed.includes(target.jobcentreId)) {
        throw refuse(REFUSALS.assigneeNotAllowed, "Opgaverne kan kun gives til en aktiv konsulent eller teamleder, der kan arbejde på jobordren.");
      }
      const ids = tasks.map((t) => t.id);
      await prisma.$transaction([
        prisma.task.updateMany({ where: { id: { in: ids }, status: "OPEN" }, data: { assigneeId: target.id } }),
        // A follow-up's visit goes into the new assignee's week and calendar with its task.
        prisma.companyVisit.updateMany({ where: { taskId: { in: ids }, doneAt: null, cancelledAt: null }, data: { consultantId: target.id } }),
      ]);
      return tasks.map((t) => t.id);
    },
  };
}
