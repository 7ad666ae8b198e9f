// What a staff member sees of an order after the answer and may do on it: its candidates, tasks,
// meeting, the regional recruitment service and the close. Plain data for the order page.
import { referralAllows } from "~/domain/referral/steps";
import { canWorkOnOrders } from "~/domain/staff-roles";
import { isCompletableKind, mayFinishTask } from "~/domain/task/completion";
import type { ReferralStatus, User } from "@prisma/client";
import type { StaffOrder } from "~/models/job-order-staff.server";
import { listReferralsForStaff } from "~/models/referral.server";
import { REPLY_BY_CHOICES } from "~/schemas/referral";
import { formatDate, formatDateTime, formatDeadline } from "~/utils/format";
import { JOB_ORDER_OUTCOME_LABELS, REFERRAL_STATUS_LABELS, TASK_KIND_LABELS } from "~/utils/labels";


function dataString(data: unknown, key: string): string | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" && value ? value : null;
}

function referralDetail(r: { status: ReferralStatus; consentReplyBy: Date | null; feedbackDueAt: Date | null; startDate: Date | null; events: Array<{ status: ReferralStatus; data: unknown }> }): string | null {
  switch (r.status) {
    case "CONSENT_REQUESTED":
      return r.consentReplyBy ? `Svarfrist ${formatDeadline(r.consentReplyBy)}` : null;
    case "SHARED":
      return r.feedbackDueAt ? `Virksomhedens tilbagemelding senest ${formatDate(r.feedbackDueAt)}` : null;
    case "HIRED":
      return r.startDate ? `Starter ${formatDate(r.startDate)}` : null;
    case "NOT_RELEVANT":
    case "WITHDRAWN": {
      const last = [...r.events].reverse().find((e) => e.status === r.status);
      return last ? dataString(last.data, "reason") : null;
    }
    default:
      return null;
  }
}

export async function orderLifecycleView(user: Pick<User, "id" | "jobcentreId" | "role">, order: StaffOrder, now: Date = new Date()) {
  const own = user.jobcentreId === order.jobcentreId;
  // Managers and administrators read the order; the forms are for the roles that work on it.
  const works = canWorkOnOrders(user);
  const open = order.status !== "CLOSED";
  const answered = order.answeredAt !== null;
  const referrals = await listReferralsForStaff(order.id);
  const consentDays = String(order.policy.consentReplyDays);

  return {
    own,
    answered,
    open,
    canWorkOnCandidates: works && answered && open,
    referrals: referrals.map((r) => ({
      id: r.id,
      name: r.jobseeker.name,
      jobcentre: r.jobseeker.jobcentreId === order.jobcentreId ? null : r.jobseeker.jobcentre.name,
      occupations: r.jobseeker.occupations.join(", "),
      contact: [r.jobseeker.email, r.jobseeker.phone].filter(Boolean).join(" · "),
      hasEmail: r.jobseeker.email !== null,
      status: r.status,
      statusLabel: REFERRAL_STATUS_LABELS[r.status],
      detail: referralDetail(r),
      addedBy: r.createdBy?.name ?? null,
      canAsk: works && open && referralAllows("requestConsent", r.status),
      canRecordConsent: works && open && referralAllows("recordConsent", r.status),
      canWithdraw: works && referralAllows("withdraw", r.status),
      history: r.events.map((e) => `${REFERRAL_STATUS_LABELS[e.status]} ${formatDateTime(e.at)}`),
    })),
    consentDefault: (REPLY_BY_CHOICES as readonly string[]).includes(consentDays) ? consentDays : "3",
    tasks: order.tasks.map((t) => ({
      id: t.id,
      kind: TASK_KIND_LABELS[t.kind],
      about: t.referral?.jobseeker.name ?? null,
      regional: t.regionId !== null,
      dueAt: formatDateTime(t.dueAt),
      overdue: t.status === "OPEN" && t.dueAt.getTime() < now.getTime(),
      assignee: t.assignee ? (t.assignee.id === user.id ? `${t.assignee.name} (dig)` : t.assignee.name) : "Ikke tildelt",
      open: t.status === "OPEN",
      canComplete: works && t.status === "OPEN" && isCompletableKind(t.kind) && mayFinishTask(t, user, order),
      done:
        t.status === "DONE"
          ? `Udført${t.completedAt ? ` ${formatDateTime(t.completedAt)}` : ""}${t.completedBy ? ` af ${t.completedBy.name}` : ""}${t.note ? `: ${t.note}` : ""}`
          : t.status === "CANCELLED"
            ? `Ikke længere nødvendig${t.note ? `: ${t.note}` : ""}`
            : null,
    })),
    meeting: order.meeting
      ? {
          dueAt: formatDeadline(order.meeting.dueAt),
          options: order.meeting.options.map((o) => formatDeadline(o)),
          scheduledFor: order.meeting.scheduledFor ? formatDeadline(order.meeting.scheduledFor) : null,
          heldAt: order.meeting.heldAt ? formatDateTime(order.meeting.heldAt) : null,
        }
      : null,
    region: order.jobcentre.region
      ? { name: order.jobcentre.region.name, sharedAt: order.sharedWithRegionAt ? formatDateTime(order.sharedWithRegionAt) : null }
      : null,
    canShareWithRegion: works && own && open && answered && order.jobcentre.region !== null && order.sharedWithRegionAt === null,
    referralDueAt: order.referralDueAt ? formatDeadline(order.referralDueAt) : null,
    closesAt: order.closesAt ? formatDeadline(order.closesAt) : null,
    closed:
      order.status === "CLOSED"
        ? {
            outcome: order.outcome ? JOB_ORDER_OUTCOME_LABELS[order.outcome] : "Ikke angivet",
            at: order.closedAt ? formatDateTime(order.closedAt) : null,
            reason: order.closeReason,
          }
        : null,
    canClose: works && own && open,
  };
}

export type OrderLifecycleView = Awaited<ReturnType<typeof orderLifecycleView>>;
