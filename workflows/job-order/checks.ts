// The validators' building blocks: each refuses with a code from REFUSALS and a Danish message for the
// person who asked (the web app shows the message and branches on the code).
import { ActivityFailure, ApplicationFailure, condition, setHandler } from "@temporalio/workflow";
import type { UpdateDefinition } from "@temporalio/common";
import { MAX_BATCH } from "../../app/domain/job-order/limits";
import { REFUSALS, type RefusalCode, type ReferralStatus } from "./definitions";
import { closed, exclusive, type Order } from "./order";

export function reject(message: string, type: RefusalCode): ApplicationFailure {
  return ApplicationFailure.create({ message, type, nonRetryable: true });
}

export const invalid = (message: string) => reject(message, REFUSALS.invalidRequest);

/**
 * An update must fail with a Temporal failure (anything else fails the workflow task). A refusal from an
 * activity (a non-retryable ApplicationFailure such as ConsultantNotAllowed) is passed on as it is; an
 * activity that kept failing (database or mail down) becomes "Unavailable": the caller may try again.
 */
export function updateFailure(error: unknown): ApplicationFailure {
  if (error instanceof ApplicationFailure) return error;
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure && error.cause.nonRetryable) return error.cause;
  return reject("Ændringen kunne ikke gemmes lige nu. Prøv igen om lidt.", REFUSALS.unavailable);
}

export function requireText(value: unknown, what: string): string {
  if (typeof value !== "string" || value.trim() === "") throw invalid(`Mangler ${what}.`);
  return value;
}

export function requireIds(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== "string" || v === "")) throw invalid(`Vælg mindst én ${what}.`);
  if (value.length > MAX_BATCH) throw invalid(`Højst ${MAX_BATCH} ad gangen.`);
  return value as string[];
}

export function requireShorterThan(value: string, max: number, what: string): void {
  if (value.trim().length > max) throw invalid(`${what} må højst være ${max} tegn.`);
}

export function requireAnswered(order: Order): void {
  if (order.state.answeredAt === null) throw reject("Svar virksomheden, før I går videre med kandidater.", REFUSALS.notAnswered);
}

export function requireOpen(order: Order): void {
  if (closed(order) || order.closing) throw reject("Jobordren er afsluttet.", REFUSALS.orderClosed);
}

export function requireReferral(order: Order, referralId: unknown, allowed: readonly ReferralStatus[]) {
  const referral = typeof referralId === "string" ? order.lc.referrals[referralId] : undefined;
  if (!referral) throw reject("Kandidaten findes ikke på denne jobordre.", REFUSALS.referralNotFound);
  if (!allowed.includes(referral.status)) {
    throw reject("Kandidatens status er ændret i mellemtiden. Genindlæs siden.", REFUSALS.referralState);
  }
  return referral;
}

export function requireOpenTask(order: Order, taskId: unknown) {
  const task = typeof taskId === "string" ? order.lc.tasks[taskId] : undefined;
  if (!task || !task.open) throw reject("Opgaven er allerede løst eller findes ikke.", REFUSALS.taskNotFound);
  return task;
}

/**
 * A person's step after the answer: checked against the state when it arrives (the caller hears at
 * once what is wrong), then run in turn once the lifecycle has begun, and checked again then, since
 * a timer or another person may have moved the order on meanwhile.
 */
export function onLifecycleUpdate<Ret, Arg>(order: Order, definition: UpdateDefinition<Ret, [Arg]>, check: (arg: Arg) => void, run: (arg: Arg) => Promise<Ret>): void {
  setHandler(
    definition,
    async (arg: Arg): Promise<Ret> => {
      if (order.legacyWaiting) order.lateJoin = true;
      await condition(() => order.lc.started || closed(order));
      return exclusive(order, async () => {
        check(arg);
        try {
          return await run(arg);
        } catch (error) {
          throw updateFailure(error);
        }
      });
    },
    { validator: check },
  );
}
