// A job order as staff of its jobcentre see and work on it. Reads come from the database (the
// workflow's projection); every change goes to the order's workflow as a Temporal update.
import type { Prisma, PrismaClient, ResponsePolicy, User } from "@prisma/client";
import { answerOrderUpdate, reassignOrderUpdate, REFUSALS } from "../../../workflows/job-order/definitions";
import { sendOrderUpdate, type UpdateFailureCode, type UpdateOutcome } from "~/models/job-order/updates.server";
import { toDeadlinePolicy } from "~/models/policy/policy.server";
import { getPrisma } from "~/utils/db.server";
import { policyHoursBetween } from "~/utils/deadlines";
import { formatDateTime, formatDuration } from "~/utils/format";

const staffOrderInclude = {
  company: true,
  policy: true,
  agreement: { select: { id: true, fastTrackResponseHours: true } },
  jobcentre: { select: { id: true, name: true, regionId: true, region: { select: { name: true } } } },
  meeting: true,
  tasks: {
    orderBy: [{ status: "asc" }, { dueAt: "asc" }],
    include: { assignee: { select: { id: true, name: true } }, completedBy: { select: { name: true } }, referral: { select: { jobseeker: { select: { name: true } } } } },
  },
  assignee: { select: { id: true, name: true, email: true } },
  answeredBy: { select: { id: true, name: true, email: true } },
  events: { orderBy: [{ at: "asc" }, { id: "asc" }], include: { actor: { select: { name: true } } } },
} satisfies Prisma.JobOrderInclude;

export type StaffOrder = Prisma.JobOrderGetPayload<{ include: typeof staffOrderInclude }>;

/**
 * The orders a staff user may see: their own jobcentre's, and those a partner jobcentre of their region
 * has shared with the regional recruitment service. The query is the access check.
 */
export async function ordersVisibleTo(user: Pick<User, "jobcentreId">, prisma: PrismaClient = getPrisma()): Promise<Prisma.JobOrderWhereInput> {
  const own = await prisma.jobcentre.findUnique({ where: { id: user.jobcentreId }, select: { regionId: true } });
  if (!own?.regionId) return { jobcentreId: user.jobcentreId };
  return { OR: [{ jobcentreId: user.jobcentreId }, { sharedWithRegionAt: { not: null }, jobcentre: { regionId: own.regionId } }] };
}

/** Staff who may see the order find it; anyone else gets the same "not found". */
export async function getOrderForStaff(user: Pick<User, "jobcentreId">, number: string, prisma: PrismaClient = getPrisma()): Promise<StaffOrder | null> {
  return prisma.jobOrder.findFirst({ where: { AND: [{ number }, await ordersVisibleTo(user, prisma)] }, include: staffOrderInclude });
}

export function isOpenStatus(status: string): boolean {
  return status === "RECEIVED" || status === "ASSIGNED";
}

export type TimeLeft = { text: string; overdue: boolean; nearDeadline: boolean };

/**
 * Time left to the deadline in the order's own policy version: working hours count only opening
 * hours, so "3 t" on a Friday afternoon may mean Monday.
 */
export function describeTimeLeft(
  policy: ResponsePolicy,
  order: { dueAt: Date | null; warnAt: Date | null },
  now: Date = new Date(),
): TimeLeft | null {
  if (!order.dueAt) return null;
  const deadlinePolicy = toDeadlinePolicy(policy);
  const overdue = now.getTime() > order.dueAt.getTime();
  const hours = overdue ? -policyHoursBetween(deadlinePolicy, order.dueAt, now) : policyHoursBetween(deadlinePolicy, now, order.dueAt);
  const working = policy.countingMode === "WORKING_HOURS";
  return {
    // 27 working hours are not "1 døgn 3 t" of the calendar, so no days in working-hours mode.
    text: working ? `${formatDuration(hours, { days: false })} (arbejdstimer)` : formatDuration(hours),
    overdue,
    nearDeadline: !overdue && order.warnAt !== null && now.getTime() >= order.warnAt.getTime(),
  };
}

export function escalationText(level: number): string | null {
  if (level >= 2) return "Eskaleret til leder";
  if (level === 1) return "Eskaleret til teamleder";
  return null;
}

/**
 * The answer and the hand-over have words of their own for some outcomes, where the page says more than
 * the workflow's refusal (which stays the message for every other code).
 */
const ANSWER_WORDS: Partial<Record<UpdateFailureCode, string>> = {
  [REFUSALS.consultantNotAllowed]: "Du kan ikke svare på denne jobordre. Kun konsulenter og teamledere i ordrens jobcenter kan svare.",
  [REFUSALS.answerInProgress]: "En kollega er ved at svare på jobordren lige nu. Genindlæs siden om et øjeblik.",
  [REFUSALS.orderClosed]: "Jobordren er afsluttet og kan ikke længere ændres.",
  [REFUSALS.unavailable]: "Svaret kunne ikke gemmes lige nu. Din tekst er bevaret – prøv igen.",
  notReached: "Svaret kunne ikke gemmes lige nu. Din tekst er bevaret – prøv igen.",
};

const REASSIGN_WORDS: Partial<Record<UpdateFailureCode, string>> = {
  [REFUSALS.assigneeNotAllowed]: "Jobordren kan kun gives til en aktiv konsulent eller teamleder i ordrens jobcenter. Vælg en anden kollega.",
  [REFUSALS.alreadyAssignee]: "Den valgte kollega har allerede jobordren.",
  [REFUSALS.orderClosed]: "Jobordren er afsluttet og kan ikke længere ændres.",
  [REFUSALS.unavailable]: "Jobordren kunne ikke flyttes lige nu. Prøv igen om lidt.",
  notReached: "Jobordren kunne ikke flyttes lige nu. Prøv igen om lidt.",
};

/**
 * A failed answer or hand-over in the user's words. The database tells what happened meanwhile (a
 * colleague's answer arrives as a refusal, or the order closed), so it is read again rather than trusting
 * the refusal alone.
 */
async function inOwnWords<T>(
  outcome: UpdateOutcome<T>,
  words: Partial<Record<UpdateFailureCode, string>>,
  order: { id: string },
  prisma: PrismaClient,
  options: { tellEarlierAnswer: boolean },
): Promise<UpdateOutcome<T>> {
  if (outcome.ok) return outcome;
  if (outcome.code !== "notReached") {
    const current = await prisma.jobOrder.findUnique({ where: { id: order.id }, select: { status: true, answeredAt: true, answeredBy: { select: { name: true } } } });
    if (options.tellEarlierAnswer && current?.answeredAt) {
      const by = current.answeredBy?.name ?? "en kollega";
      return { ok: false, code: REFUSALS.alreadyAnswered, message: `Jobordren er allerede besvaret af ${by} ${formatDateTime(current.answeredAt)}.` };
    }
    if (current?.status === "CLOSED") return { ok: false, code: REFUSALS.orderClosed, message: words[REFUSALS.orderClosed] ?? outcome.message };
  }
  return { ...outcome, message: words[outcome.code] ?? outcome.message };
}

/** The answer to the employer, through the workflow (it decides on time/late and sends the mail). */
export async function answerOrder(
  order: Pick<StaffOrder, "id" | "workflowId">,
  user: Pick<User, "id">,
  input: { text: string; updateKey: string },
  prisma: PrismaClient = getPrisma(),
) {
  const outcome = await sendOrderUpdate(order, answerOrderUpdate, { consultantId: user.id, text: input.text }, `answer-${input.updateKey}`, prisma);
  return inOwnWords(outcome, ANSWER_WORDS, order, prisma, { tellEarlierAnswer: true });
}

/** Take over (toUserId = the user) or hand over to a colleague. */
export async function reassignOrder(
  order: Pick<StaffOrder, "id" | "workflowId">,
  user: Pick<User, "id">,
  input: { toUserId: string; updateKey: string },
  prisma: PrismaClient = getPrisma(),
) {
  const outcome = await sendOrderUpdate(order, reassignOrderUpdate, { toUserId: input.toUserId, byUserId: user.id }, `reassign-${input.updateKey}`, prisma);
  return inOwnWords(outcome, REASSIGN_WORDS, order, prisma, { tellEarlierAnswer: false });
}
