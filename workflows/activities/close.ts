// The close with its outcome (filled, partly filled, not filled, cancelled).
import type { ReferralStatus } from "@prisma/client";
import { sendMailOnce, wasMailSent } from "../../app/utils/mailer.server";
import { JOB_ORDER_OUTCOME_LABELS } from "../../app/utils/labels";
import { orderClosedMail } from "../../emails";
import { REFUSALS, type JobOrderOutcome } from "../job-order/definitions";
import {
  appendEvent,
  changeReferral,
  closeTasks,
  jobcentreContact,
  referralChange,
  refuse,
  requireEmployer,
  requireStaffOnOrder,
  type ActivityDeps,
  type ReferralChange,
  type Support,
  type TaskChange,
} from "./support";

export type ClosedOrder = { outcome: JobOrderOutcome; referrals: ReferralChange[]; tasks: TaskChange[]; hires: number };

/** Statuses that end with the order: nobody is asked or shown any more once it is closed. */
const PENDING_BEFORE_SHARE: ReferralStatus[] = ["SHORTLISTED", "CONSENT_REQUESTED"];

export function createCloseActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, employerLinkTtlHours } = deps;
  const { loadOrder, employerLink } = support;

  return {
    /**
     * Closes the order with its outcome: CANCELLED when called off, else FILLED, PARTLY_FILLED or
     * NOT_FILLED by the hires among the referred candidates. Nobody is asked for consent any more
     * (pending requests and the shortlist are withdrawn), and the order's open tasks end, but for the
     * follow-ups with the company. The employer gets a mail saying so.
     */
    async closeOrder(input: {
      orderId: string;
      byUserId: string | null;
      reason: string;
      at: string;
      byEmployerEmail?: string | null;
      cancelled?: boolean;
    }): Promise<ClosedOrder> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      if (input.byUserId) {
        const actor = await requireStaffOnOrder(prisma, input.byUserId, order);
        if (actor.jobcentreId !== order.jobcentreId) throw refuse(REFUSALS.actorNotAllowed, "Kun jobordrens eget jobcenter kan afslutte den.");
      }
      if (input.byEmployerEmail) requireEmployer(order, input.byEmployerEmail);
      const hires = await prisma.referral.count({ where: { orderId: order.id, status: "HIRED" } });
      const outcome: JobOrderOutcome = input.cancelled ? "CANCELLED" : hires >= order.positions ? "FILLED" : hires > 0 ? "PARTLY_FILLED" : "NOT_FILLED";
      const by = input.byEmployerEmail ? "employer" : input.byUserId ? "staff" : "system";

      const result = await prisma.$transaction(async (tx) => {
        const current = await tx.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
        // A retry after the commit keeps the first outcome.
        const kept = (current.outcome ?? outcome) as JobOrderOutcome;
        await tx.jobOrder.update({
          where: { id: order.id },
          data: { status: "CLOSED", closedAt: current.closedAt ?? at, outcome: kept, closeReason: current.closeReason ?? input.reason },
        });
        await appendEvent(tx, { orderId: order.id, kind: "CLOSED", key: "closed", at, actorId: input.byUserId, data: { reason: input.reason, outcome: kept, by } });
        const pending = await tx.referral.findMany({ where: { orderId: order.id, status: { in: PENDING_BEFORE_SHARE } } });
        for (const referral of pending) {
          await changeReferral(tx, referral, {
            status: "WITHDRAWN",
            at,
            actorType: "SYSTEM",
            key: "withdrawn",
            data: { reason: "Jobordren er afsluttet" },
            set: { consentTokenHash: null },
          });
        }
        const tasks = await closeTasks(tx, { orderId: order.id, kind: { not: "FOLLOW_UP" } }, { status: "CANCELLED", at, note: "Jobordren er afsluttet" });
        const referrals = await tx.referral.findMany({ where: { id: { in: pending.map((p) => p.id) } } });
        return { outcome: kept, referrals: referrals.map(referralChange), tasks };
      });

      const key = `order:${order.id}:closed`;
      if (!(await wasMailSent(prisma, key))) {
        const mail = orderClosedMail({
          contactName: order.contactName,
          orderNumber: order.number,
          title: order.title,
          outcomeLabel: JOB_ORDER_OUTCOME_LABELS[result.outcome],
          reason: input.reason,
          hires,
          positions: order.positions,
          byEmployer: by === "employer",
          jobcentre: jobcentreContact(order),
          loginUrl: await employerLink(order.contactEmail),
          linkTtlHours: employerLinkTtlHours,
        });
        await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
      }
      return { ...result, hires };
    },
  };
}
