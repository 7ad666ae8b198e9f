// The one way the web app changes an order: a Temporal update to the order's workflow, whose outcome comes
// back in one shape, `{ ok: true, value }` or `{ ok: false, code, message }`. A refusal's code is the type
// the workflow or an activity gave it (REFUSALS in workflows/job-order/definitions.ts) and its message their Danish
// words for the person who asked; what went wrong on the way has a code of its own here.
import type { PrismaClient } from "@prisma/client";
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError, type WorkflowHandle } from "@temporalio/client";
import type { UpdateDefinition } from "@temporalio/common";
import { isRefusalCode, type RefusalCode } from "../../../workflows/job-order/definitions";
import { getPrisma } from "~/utils/db.server";
import { getTemporalClient } from "~/utils/temporal.server";

/**
 * Besides the refusals:
 * - `notReached`: Temporal did not answer in time or at all. The outcome is unknown, so a retry must send
 *   the same update id to find this update's result (the form keeps it).
 * - `notStarted`: the order is stored but its workflow not started yet (the reconciler will start it).
 * - `ended`: the order's workflow has finished; nothing can change it any more.
 * - `failed`: the update failed for a reason no person can act on (logged). Its failed result is kept
 *   under its id, so a retry needs a new one.
 */
export type UpdateFailureCode = RefusalCode | "notReached" | "notStarted" | "ended" | "failed";

export type UpdateOutcome<T> = { ok: true; value: T } | { ok: false; code: UpdateFailureCode; message: string };

export type UpdateFailure = Extract<UpdateOutcome<unknown>, { ok: false }>;

// Long enough for a worker to record the step, short enough that a stalled cluster gives the user a clear
// message (with what they wrote kept) instead of a hanging page.
const UPDATE_TIMEOUT_MS = 20_000;

const MESSAGES: Record<Exclude<UpdateFailureCode, RefusalCode>, string> = {
  notReached: "Ændringen kunne ikke gemmes lige nu. Prøv igen om lidt – det, du har skrevet, er bevaret.",
  notStarted: "Jobordrens sagsforløb er ikke startet endnu, så den kan ikke ændres lige nu. Prøv igen om et par minutter.",
  ended: "Jobordren er afsluttet, og dens forløb er slut, så den kan ikke længere ændres.",
  failed: "Ændringen blev ikke gemt. Genindlæs siden, og prøv igen.",
};

/** The first ApplicationFailure in the cause chain (an activity's failure arrives wrapped). */
export function applicationFailureOf(error: unknown): ApplicationFailure | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    if (current instanceof ApplicationFailure) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Whether a retry of the form must send the same update id (the outcome is not known). */
export function retriesSameUpdate(outcome: UpdateOutcome<unknown>): boolean {
  return !outcome.ok && outcome.code === "notReached";
}

/** The HTTP status of a failed update's page: 503 when a retry may find it done, else 409. */
export function failureStatus(outcome: UpdateFailure): 409 | 503 {
  return outcome.code === "notReached" ? 503 : 409;
}

/** A refusal made by the web app itself, in the same shape (a step the page does not allow). */
export function refusal(code: RefusalCode, message: string): UpdateFailure {
  return { ok: false, code, message };
}

/**
 * Sends one update to the order's workflow and waits for its result, at most UPDATE_TIMEOUT_MS.
 * `updateId` makes a resubmitted form the same update.
 */
export async function sendOrderUpdate<Ret, Arg>(
  order: { id: string; workflowId: string },
  definition: UpdateDefinition<Ret, [Arg]>,
  arg: Arg,
  updateId: string,
  prisma: PrismaClient = getPrisma(),
): Promise<UpdateOutcome<Ret>> {
  try {
    const client = await getTemporalClient();
    const handle: WorkflowHandle = client.workflow.getHandle(order.workflowId);
    const value = await client.withDeadline(Date.now() + UPDATE_TIMEOUT_MS, () => handle.executeUpdate(definition, { args: [arg], updateId }));
    return { ok: true, value };
  } catch (error) {
    const failure = applicationFailureOf(error);
    if (isRefusalCode(failure?.type) && failure.message) return { ok: false, code: failure.type, message: failure.message };
    const code = await failureCode(error, order.id, prisma);
    if (code === "notReached" || code === "failed") console.error(`[order-updates] ${definition.name} on order ${order.id} failed:`, error);
    return { ok: false, code, message: MESSAGES[code] };
  }
}

async function failureCode(error: unknown, orderId: string, prisma: PrismaClient): Promise<Exclude<UpdateFailureCode, RefusalCode>> {
  if (error instanceof WorkflowNotFoundError) {
    const order = await prisma.jobOrder.findUnique({ where: { id: orderId }, select: { status: true } });
    return order?.status === "CLOSED" ? "ended" : "notStarted";
  }
  if (error instanceof WorkflowUpdateFailedError) return /completed|closed/i.test(String(error.cause ?? "")) ? "ended" : "failed";
  // Connection refused, deadline exceeded, RPC cancelled: Temporal is not reachable right now.
  return "notReached";
}
