// The follow-up promise: after a hire the consultant visits the company weeks after the start date
// (planned by recordEmployerFeedback, finished through completeTask). The order's process ends when the
// follow-ups are done.
import { condition } from "@temporalio/workflow";
import type { Order } from "./order";

export async function awaitFollowUps(order: Order): Promise<void> {
  await condition(() => !Object.values(order.lc.tasks).some((t) => t.open && t.kind === "FOLLOW_UP"));
}
