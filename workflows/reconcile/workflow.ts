// Runs every minute from the "reconcile-job-orders" schedule (workflows/worker.ts) and once when a worker
// starts: orders that intake stored but whose workflow did not start get it now.
import { proxyActivities } from "@temporalio/workflow";
import type { Activities } from "../activities";

const { startMissingOrderWorkflows } = proxyActivities<Activities>({
  startToCloseTimeout: "2 minutes",
  retry: { initialInterval: "5 seconds", maximumAttempts: 3 },
});

/** Returns how many workflows it started. */
export async function reconcileJobOrdersWorkflow(): Promise<number> {
  return await startMissingOrderWorkflows();
}
