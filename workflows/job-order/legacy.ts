// Workflows started before the lifecycle existed (docs/decisions/007-order-lifecycle.md): one that had
// passed the end of the answer phase waits to be closed, and joins the lifecycle when something new to it
// happens (an answer, or a step of the lifecycle). The patch markers keep their histories replaying.
import { condition, patched } from "@temporalio/workflow";
import { PATCHES } from "./definitions";
import { closed, type Order } from "./order";

/** An order that waited unanswered past its last escalation under the previous version is answered. */
export function joinLateOnAnswer(order: Order): void {
  if (order.legacyWaiting && patched(PATCHES.lifecycleLateJoin)) order.lateJoin = true;
}

/** Whether this run goes on to the lifecycle as the current version does. */
export function runsLifecycle(): boolean {
  return patched(PATCHES.lifecycle);
}

/**
 * Replaying a workflow that reached the end of the answer phase under the previous version (answered,
 * or escalated to the manager): it waits to be closed unless something new to it happens. Returns how
 * it goes on: into the lifecycle, to the survey after the close, or to the end as before.
 */
export async function waitAsBefore(order: Order): Promise<"lifecycle" | "afterClose" | "end"> {
  order.legacyWaiting = true;
  await condition(() => closed(order) || order.lateJoin);
  order.legacyWaiting = false;
  if (order.lateJoin) return "lifecycle";
  return patched(PATCHES.lifecycleLateJoin) ? "afterClose" : "end";
}
