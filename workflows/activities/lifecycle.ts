// After the answer: the plan from the order's own policy version (first referral by, closes at, a meeting
// when many are to be hired) and the state a workflow starts or joins the lifecycle from.
import { toDeadlinePolicy } from "../../app/models/policy/policy.server";
import { addLocalDays, addWorkingDays, endOfLocalDay, localDateOf, meetingSlots } from "../../app/utils/deadlines";
import { sendMailOnce, wasMailSent } from "../../app/utils/mailer.server";
import { meetingOfferMail } from "../../emails";
import { type LifecycleState } from "../job-order/definitions";
import { appendEvent, dateColumn, ensureTask, iso, jobcentreContact, type ActivityDeps, type LoadedOrder, type Support } from "./support";

export type LifecycleSnapshot = LifecycleState & {
  /** A candidate's CV has reached the employer at least once (STAR: the order has a referral). */
  referred: boolean;
};

/** The order closes by itself at the end of its application deadline, else the policy's number of open days after receipt. */
export function plannedClosesAt(order: Pick<LoadedOrder, "applicationDeadline" | "receivedAt" | "policy">): Date {
  return order.applicationDeadline
    ? endOfLocalDay(dateColumn(order.applicationDeadline))
    : endOfLocalDay(addLocalDays(localDateOf(order.receivedAt), order.policy.orderOpenDays));
}

export function createLifecycleActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, employerLinkTtlHours } = deps;
  const { loadOrder, employerLink } = support;

  async function snapshot(order: LoadedOrder): Promise<LifecycleSnapshot> {
    const [referrals, tasks, hires, referred, requests] = await Promise.all([
      prisma.referral.findMany({ where: { orderId: order.id }, select: { id: true, status: true, consentReplyBy: true, feedbackDueAt: true } }),
      prisma.task.findMany({ where: { orderId: order.id }, select: { id: true, kind: true, status: true, referralId: true } }),
      prisma.referral.count({ where: { orderId: order.id, status: "HIRED" } }),
      prisma.referralEvent.count({ where: { orderId: order.id, status: "SHARED" } }),
      prisma.referralEvent.groupBy({ by: ["referralId"], where: { orderId: order.id, status: "CONSENT_REQUESTED" }, _count: { _all: true } }),
    ]);
    const requestsOf = new Map(requests.map((r) => [r.referralId, r._count._all]));
    return {
      positions: order.positions,
      referralDueAt: iso(order.referralDueAt),
      closesAt: iso(order.closesAt),
      sharedWithRegionAt: iso(order.sharedWithRegionAt),
      meeting: order.meeting
        ? {
            dueAt: order.meeting.dueAt.toISOString(),
            options: order.meeting.options.map((o) => o.toISOString()),
            scheduledFor: iso(order.meeting.scheduledFor),
            held: order.meeting.heldAt !== null,
          }
        : null,
      referrals: Object.fromEntries(
        referrals.map((r) => [
          r.id,
          { status: r.status, consentReplyBy: iso(r.consentReplyBy), feedbackDueAt: iso(r.feedbackDueAt), consentRequests: requestsOf.get(r.id) ?? 0 },
        ]),
      ),
      tasks: Object.fromEntries(tasks.map((t) => [t.id, { kind: t.kind, open: t.status === "OPEN", referralId: t.referralId }])),
      hires,
      referred: referred > 0,
    };
  }

  return {
    /**
     * After the answer: the promises of the order's own policy version as instants (first referral by,
     * closes at; a meeting when it has more positions than the threshold, with times offered to the
     * employer), the search task and, when due, the meeting task. Returns the whole lifecycle state, so
     * a workflow joining late starts from what the database already holds.
     */
    async startLifecycle(input: { orderId: string; at: string }): Promise<LifecycleSnapshot> {
      const at = new Date(input.at);
      let order = await loadOrder(input.orderId);
      const policy = toDeadlinePolicy(order.policy);
      const referralDueAt = order.referralDueAt ?? addWorkingDays(policy, at, order.policy.referralWithinWorkingDays);
      const closesAt = order.closesAt ?? plannedClosesAt(order);
      const threshold = order.policy.meetingAbovePositions;
      const wantsMeeting = threshold !== null && order.positions > threshold;

      await prisma.$transaction(async (tx) => {
        await tx.jobOrder.update({ where: { id: order.id }, data: { referralDueAt, closesAt } });
        if (order.status !== "CLOSED") {
          await ensureTask(tx, { orderId: order.id, jobcentreId: order.jobcentreId, key: "search", kind: "SEARCH", dueAt: referralDueAt, assigneeId: order.assigneeId, at });
        }
        if (wantsMeeting && !order.meeting && order.status !== "CLOSED") {
          const dueAt = addWorkingDays(policy, at, order.policy.meetingWithinWorkingDays);
          const options = meetingSlots(policy, at, dueAt, order.policy.meetingSlotTimes);
          await tx.orderMeeting.create({ data: { orderId: order.id, dueAt, options } });
          await ensureTask(tx, { orderId: order.id, jobcentreId: order.jobcentreId, key: "meeting", kind: "MEETING", dueAt, assigneeId: order.assigneeId, at });
          await appendEvent(tx, { orderId: order.id, kind: "MEETING_OFFERED", key: "meeting-offered", at, data: { dueAt: dueAt.toISOString(), options: options.map((o) => o.toISOString()) } });
        }
      });
      order = await loadOrder(input.orderId);

      if (order.meeting && !order.meeting.scheduledFor && order.status !== "CLOSED") {
        const key = `order:${order.id}:meeting-offer`;
        if (!(await wasMailSent(prisma, key))) {
          const mail = meetingOfferMail({
            contactName: order.contactName,
            orderNumber: order.number,
            title: order.title,
            positions: order.positions,
            options: order.meeting.options,
            dueAt: order.meeting.dueAt,
            consultantName: order.assignee?.name ?? order.jobcentre.name,
            jobcentre: jobcentreContact(order),
            loginUrl: await employerLink(order.contactEmail),
            linkTtlHours: employerLinkTtlHours,
          });
          await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
        }
      }
      return snapshot(order);
    },
  };
}
