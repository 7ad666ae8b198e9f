// The reconciler's activity: starts the workflows of orders that intake stored but could not start.
import { ApplicationFailure } from "@temporalio/common";
import { startJobOrderWorkflow } from "../../app/utils/temporal.server";
import { type ActivityDeps } from "./support";

/** Orders received less than this long ago are left to intake, which starts their workflow itself. */
export const RECONCILE_GRACE_MS = 30_000;
export const RECONCILE_BATCH = 100;

export function createReconcileActivities(deps: ActivityDeps) {
  const { prisma } = deps;

  return {
    /**
     * The reconciler: starts the workflow of orders that intake stored but could not start (oldest
     * first, a bounded batch). Starting an existing workflow is a no-op, so a race with intake is harmless.
     */
    async startMissingOrderWorkflows(): Promise<number> {
      if (!deps.temporal) throw ApplicationFailure.nonRetryable("The reconciler needs a Temporal client", "Misconfigured");
      const { client, taskQueue } = deps.temporal;
      const orders = await prisma.jobOrder.findMany({
        where: { workflowStartedAt: null, receivedAt: { lt: new Date(Date.now() - RECONCILE_GRACE_MS) } },
        orderBy: { receivedAt: "asc" },
        take: RECONCILE_BATCH,
        select: { id: true },
      });
      let started = 0;
      for (const order of orders) {
        await startJobOrderWorkflow(client, taskQueue, order.id);
        await prisma.jobOrder.updateMany({ where: { id: order.id, workflowStartedAt: null }, data: { workflowStartedAt: new Date() } });
        started += 1;
      }
      return started;
    },
  };
}
