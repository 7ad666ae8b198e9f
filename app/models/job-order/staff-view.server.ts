// What a staff member sees of an order and may do on it, as plain data for the order page: its status
// and deadline, the answer, the owner, its history in words; after the answer its candidates, tasks,
// meeting, the regional recruitment service and the close.
import type { ReferralStatus, User } from "@prisma/client";
import { closingReason } from "~/domain/job-order/closing";
import { ANSWER_MAX_LENGTH } from "~/domain/job-order/limits";
import { localDateOf } from "~/utils/deadlines";
import { referralAllows } from "~/domain/referral/steps";
import { canHandOverOrders, canWorkOnOrders } from "~/domain/staff-roles";
import { isCompletableKind, mayFinishTask } from "~/domain/task/completion";
import { getUserNames, listColleagues } from "~/models/access/users.server";
import { formatAddress, statedDifferences, TAKE_OVER_LABELS } from "~/domain/company/stated";
import { describeTimeLeft, escalationText, isOpenStatus, type StaffOrder } from "~/models/job-order/staff.server";
import { describePolicy } from "~/models/policy/policy.server";
import { listReferralsForStaff } from "~/models/referral/referrals.server";
import { danishToday, JOB_ORDER_KIND_LABELS } from "~/schemas/job-order";
import { REPLY_BY_CHOICES } from "~/schemas/referral";
import { formatDate, formatDateTime, formatDeadline } from "~/utils/format";
import { JOB_ORDER_OUTCOME_LABELS, jobOrderEventLabel, jobOrderStatusLabel, REFERRAL_STATUS_LABELS, TASK_KIND_LABELS } from "~/utils/labels";


function dataString(data: unknown, key: string): string | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === "string" && value ? value : null;
}

function referralDetail(r: { status: ReferralStatus; consentReplyBy: Date | null; feedbackDueAt: Date | null; startDate: Date | null; events: Array<{ status: ReferralStatus; data: unknown }> }): string | null {
  switch (r.status) {
    case "CONSENT_REQUESTED":
      return r.consentReplyBy ? `Frist for samtykke ${formatDeadline(r.consentReplyBy)}` : null;
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

async function orderLifecycleView(user: Pick<User, "id" | "jobcentreId" | "role">, order: StaffOrder, now: Date = new Date()) {
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
      // Asking again someone who said no, or did not answer, is a choice of its own: only the shortlist is ticked.
      askByDefault: r.status === "SHORTLISTED",
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
    closesReason: order.closesAt
      ? closingReason({
          hasApplicationDeadline: order.applicationDeadline !== null,
          orderOpenDays: order.policy.orderOpenDays,
          closesOn: localDateOf(order.closesAt),
          startDate: order.startDate.toISOString().slice(0, 10),
        }, "staff")
      : null,
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

/** The history in words: who did what, and to whom. */
/**
 * The company in the register, and where the employer wrote it otherwise on this order: the order keeps
 * the employer's version, and the company page takes it over if staff choose to.
 */
function companyViewOf(order: StaffOrder, own: boolean) {
  const stated = { name: order.statedCompanyName, address: order.statedCompanyAddress, postcode: order.statedCompanyPostcode, city: order.statedCompanyCity };
  const differences = statedDifferences(order.company, stated);
  return {
    name: order.company.name,
    cvr: order.company.cvr,
    address: formatAddress(order.company),
    // The company page is the order's own jobcentre's; a partner jobcentre's staff see the order only.
    path: own ? `/virksomheder/${order.company.cvr}` : null,
    stated: differences.map((field) => ({ label: TAKE_OVER_LABELS[field], value: field === "name" ? stated.name : formatAddress(stated) })),
  };
}

function timelineDetail(event: StaffOrder["events"][number], names: Map<string, string>): string | null {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const name = (id: unknown) => (typeof id === "string" ? names.get(id) ?? "ukendt medarbejder" : null);
  switch (event.kind) {
    case "ASSIGNED":
      return name(data.assigneeId) ? `Til ${name(data.assigneeId)}` : null;
    case "REASSIGNED": {
      const from = name(data.from);
      const to = name(data.to);
      return to ? (from ? `Fra ${from} til ${to}` : `Til ${to}`) : null;
    }
    case "ANSWERED":
      return data.onTime === true ? "Inden for fristen" : data.onTime === false ? "Efter fristen" : null;
    case "CLOSED":
      return typeof data.reason === "string" && data.reason ? data.reason : null;
    default:
      return null;
  }
}

/** Everything the staff order page shows and offers `user`, as plain data. */
export async function staffOrderPage(user: Pick<User, "id" | "name" | "jobcentreId" | "role">, order: StaffOrder, now: Date = new Date()) {
  const open = isOpenStatus(order.status);
  const idsInEvents = order.events.flatMap((e) => {
    const data = (e.data ?? {}) as Record<string, unknown>;
    return [data.assigneeId, data.from, data.to].filter((v): v is string => typeof v === "string");
  });
  const [colleagues, names] = await Promise.all([
    open && user.jobcentreId === order.jobcentreId ? listColleagues(user.jobcentreId) : Promise.resolve([]),
    getUserNames(idsInEvents),
  ]);
  const timeLeft = open ? describeTimeLeft(order.policy, order, now) : null;
  const lifecycle = await orderLifecycleView(user, order, now);

  return {
    order: {
      number: order.number,
      title: order.title,
      description: order.description,
      positions: order.positions,
      kind: JOB_ORDER_KIND_LABELS[order.kind] ?? order.kind,
      hoursPerWeek: Number(order.hoursPerWeek).toLocaleString("da-DK"),
      startDate: formatDate(order.startDate),
      applicationDeadline: order.applicationDeadline ? formatDate(order.applicationDeadline) : null,
      workplacePostcode: order.workplacePostcode,
      requirements: order.requirements,
      openTo: [
        order.openToSmallJobs ? "småjob" : null,
        order.openToFlexJob ? "fleksjob" : null,
        order.openToJobCrafting ? "jobcrafting (opdeling af opgaverne)" : null,
      ].filter((v): v is string => v !== null),
      status: jobOrderStatusLabel(order.status),
      open,
      receivedAt: formatDateTime(order.receivedAt),
      dueAt: order.dueAt ? formatDeadline(order.dueAt) : null,
      timeLeft,
      escalation: open ? escalationText(order.escalationLevel) : null,
      policy: describePolicy(order.policy),
      // Only the order's own jobcentre opens its agreements.
      fastTrack: order.agreement
        ? { hours: order.agreement.fastTrackResponseHours, agreementId: user.jobcentreId === order.jobcentreId ? order.agreement.id : null }
        : null,
      assignee: order.assignee ? { id: order.assignee.id, name: order.assignee.name } : null,
      company: companyViewOf(order, user.jobcentreId === order.jobcentreId),
      contact: { name: order.contactName, email: order.contactEmail, phone: order.contactPhone },
      answer: order.answeredAt
        ? {
            text: order.answerText ?? "",
            at: formatDateTime(order.answeredAt),
            by: order.answeredBy?.name ?? "ukendt medarbejder",
            onTime: order.answeredOnTime,
          }
        : null,
      events: order.events.map((e) => ({
        id: e.id,
        at: formatDateTime(e.at),
        // A hand-over to oneself is a take-over.
        label: e.kind === "REASSIGNED" && e.actorId && (e.data as { to?: unknown } | null)?.to === e.actorId ? "Overtaget" : jobOrderEventLabel(e.kind),
        actor: e.actor?.name ?? null,
        detail: timelineDetail(e, names),
      })),
    },
    lifecycle,
    me: {
      id: user.id,
      own: lifecycle.own,
      canAnswer: open && lifecycle.own && canWorkOnOrders(user),
      canTakeOver: open && lifecycle.own && canWorkOnOrders(user) && order.assigneeId !== user.id,
      canHandOver: open && lifecycle.own && canHandOverOrders(user),
      // The thread after the answer, while the order is open (a closed order's workflow may have ended).
      canMessage: lifecycle.own && canWorkOnOrders(user) && order.answeredAt !== null && order.status !== "CLOSED",
    },
    colleagues: colleagues.filter((c) => c.id !== order.assigneeId).map((c) => ({ id: c.id, name: c.name, role: c.role })),
    answerMaxLength: ANSWER_MAX_LENGTH,
    answerChoices: answerChoicesOf(order, user, colleagues),
    // Update ids: a resubmitted form is the same Temporal update, so a retry cannot answer twice.
    updateKeys: {
      answer: globalThis.crypto.randomUUID(),
      takeOver: globalThis.crypto.randomUUID(),
      handOver: globalThis.crypto.randomUUID(),
      message: globalThis.crypto.randomUUID(),
      lifecycle: globalThis.crypto.randomUUID(),
    },
  };
}

/**
 * What the answer form offers: the next steps of the order's own policy version, and who may own the order
 * after the answer (the current owner, or the one answering if there is none; any colleague for those who
 * may hand orders over). The first owner offered is the one chosen unless the consultant changes it.
 */
export function answerChoicesOf(
  order: Pick<StaffOrder, "assigneeId" | "assignee"> & { policy: { answerNextSteps: string[] } },
  user: Pick<User, "id" | "name" | "role">,
  colleagues: Array<{ id: string; name: string }>,
) {
  const current = order.assignee ? { id: order.assignee.id, name: order.assignee.name } : { id: user.id, name: user.name };
  const others = canHandOverOrders(user) ? colleagues.filter((c) => c.id !== current.id).map((c) => ({ id: c.id, name: c.name })) : [];
  return {
    nextSteps: order.policy.answerNextSteps,
    owners: [current, ...others].map((o) => ({ ...o, label: o.id === user.id ? `${o.name} (dig)` : o.name })),
    today: danishToday(),
  };
}
