// A job order as staff of its jobcentre see and work on it. Reads come from the database (the
// workflow's projection); every change goes to the order's workflow as a Temporal update.
import type { Prisma, PrismaClient, ResponsePolicy, User } from "@prisma/client";
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from "@temporalio/client";
import { applicationFailureOf } from "~/models/order-lifecycle.server";
import { ANSWER_MAX_LENGTH, answerOrderUpdate, reassignOrderUpdate } from "../../workflows/definitions";
import { toDeadlinePolicy } from "~/models/policy.server";
import { getPrisma } from "~/utils/db.server";
import { policyHoursBetween } from "~/utils/deadlines";
import { formatDateTime, formatDuration } from "~/utils/format";
import { getTemporalClient } from "~/utils/temporal.server";

export { ANSWER_MAX_LENGTH };

// Long enough for a worker to record the answer, short enough that a stalled cluster gives the user a
// clear message (with their text kept) instead of a hanging page.
const UPDATE_TIMEOUT_MS = 20_000;

const staffOrderInclude = {
  company: true,
  policy: true,
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

export type WorkflowActionResult<T> = { ok: true; value: T } | { ok: false; message: string; reason: WorkflowFailureReason };

export type WorkflowFailureReason =
  | "alreadyAnswered"
  | "notAllowed"
  | "assigneeNotAllowed"
  | "closed"
  | "workflowMissing"
  | "unavailable"
  | "rejected";


type Action = "answer" | "reassign";

const UNAVAILABLE: Record<Action, string> = {
  answer: "Svaret kunne ikke gemmes lige nu. Din tekst er bevaret – prøv igen.",
  reassign: "Jobordren kunne ikke flyttes lige nu. Prøv igen om lidt.",
};

/**
 * A failed update in the user's words. The database tells what happened meanwhile (a colleague's answer
 * arrives as a rejection), so the order is read again rather than trusting the error's wording.
 */
async function describeFailure(error: unknown, action: Action, orderId: string, prisma: PrismaClient): Promise<{ message: string; reason: WorkflowFailureReason }> {
  if (!(error instanceof WorkflowUpdateFailedError) && !(error instanceof WorkflowNotFoundError)) {
    // Connection refused, deadline exceeded, RPC cancelled: Temporal is not reachable right now.
    return { message: UNAVAILABLE[action], reason: "unavailable" };
  }
  const failure = applicationFailureOf(error);
  const current = await prisma.jobOrder.findUnique({
    where: { id: orderId },
    select: { status: true, answeredAt: true, answeredBy: { select: { name: true } } },
  });
  if (current?.answeredAt) {
    const by = current.answeredBy?.name ?? "en kollega";
    return { message: `Jobordren er allerede besvaret af ${by} ${formatDateTime(current.answeredAt)}.`, reason: "alreadyAnswered" };
  }
  if (current?.status === "CLOSED") return { message: "Jobordren er afsluttet og kan ikke længere ændres.", reason: "closed" };
  switch (failure?.type) {
    case "ConsultantNotAllowed":
      return { message: "Du kan ikke svare på denne jobordre. Kun aktive medarbejdere i ordrens jobcenter kan svare.", reason: "notAllowed" };
    case "AssigneeNotAllowed":
      return {
        message: "Jobordren kan kun gives til en aktiv konsulent eller teamleder i ordrens jobcenter. Vælg en anden kollega.",
        reason: "assigneeNotAllowed",
      };
    case "ActorNotAllowed":
      return { message: "Du har ikke lov til at flytte jobordrer i dette jobcenter.", reason: "notAllowed" };
    case "AlreadyAnswered":
      return { message: "Jobordren er allerede besvaret.", reason: "alreadyAnswered" };
    case "AnswerInProgress":
      return { message: "En kollega er ved at svare på jobordren lige nu. Genindlæs siden om et øjeblik.", reason: "rejected" };
    case "OrderClosed":
      return { message: "Jobordren er afsluttet og kan ikke længere ændres.", reason: "closed" };
    case "AlreadyAssignee":
      return { message: "Den valgte kollega har allerede jobordren.", reason: "rejected" };
    case "Unavailable":
      // The update ran but its activities kept failing: its failed result is cached under its id, so
      // "rejected" (not "unavailable") makes the retry use a new one.
      return { message: UNAVAILABLE[action], reason: "rejected" };
    case "InvalidAnswer":
      // The workflow's own (Danish) words: empty or too long after trimming.
      return { message: failure.message || "Svaret kan ikke bruges.", reason: "rejected" };
  }
  if (error instanceof WorkflowNotFoundError) {
    // Intake stores the order before its workflow starts; the reconciler starts a missing one shortly.
    return {
      message: "Jobordrens sagsforløb er ikke startet endnu, så den kan ikke ændres lige nu. Prøv igen om et par minutter.",
      reason: "workflowMissing",
    };
  }
  return {
    message: action === "answer" ? "Svaret blev afvist: jobordren kan ikke besvares i sin nuværende tilstand. Genindlæs siden." : "Jobordren kunne ikke flyttes i sin nuværende tilstand. Genindlæs siden.",
    reason: "rejected",
  };
}

async function runUpdate<T>(action: Action, orderId: string, call: () => Promise<T>, prisma: PrismaClient): Promise<WorkflowActionResult<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    const described = await describeFailure(error, action, orderId, prisma);
    if (described.reason === "unavailable" || described.reason === "rejected") {
      console.error(`[job-order] ${action} of order ${orderId} failed:`, error);
    }
    return { ok: false, ...described };
  }
}

/** The answer to the employer, through the workflow (it decides on time/late and sends the mail). */
export function answerOrder(
  order: Pick<StaffOrder, "id" | "workflowId">,
  user: Pick<User, "id">,
  input: { text: string; updateKey: string },
  prisma: PrismaClient = getPrisma(),
) {
  return runUpdate(
    "answer",
    order.id,
    async () => {
      const client = await getTemporalClient();
      const handle = client.workflow.getHandle(order.workflowId);
      return client.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
        handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: user.id, text: input.text }], updateId: `answer-${input.updateKey}` }),
      );
    },
    prisma,
  );
}

/** Take over (toUserId = the user) or hand over to a colleague. */
export function reassignOrder(
  order: Pick<StaffOrder, "id" | "workflowId">,
  user: Pick<User, "id">,
  input: { toUserId: string; updateKey: string },
  prisma: PrismaClient = getPrisma(),
) {
  return runUpdate(
    "reassign",
    order.id,
    async () => {
      const client = await getTemporalClient();
      const handle = client.workflow.getHandle(order.workflowId);
      return client.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () =>
        handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: input.toUserId, byUserId: user.id }], updateId: `reassign-${input.updateKey}` }),
      );
    },
    prisma,
  );
}
