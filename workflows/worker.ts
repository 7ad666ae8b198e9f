// The job order worker and the reconciler's schedule. Used by scripts/lib/worker-process.ts and the tests.
import { fileURLToPath } from "node:url";
import { bundleWorkflowCode, Worker, type NativeConnection, type WorkflowBundle } from "@temporalio/worker";
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from "@temporalio/client";
import type { Activities } from "./activities";
import { RECONCILE_SCHEDULE_ID, RECONCILE_WORKFLOW } from "./reconcile/definitions";

/** The bundle entry. The bundler (webpack + swc) compiles the .ts sources and resolves extensionless imports. */
export const WORKFLOWS_PATH = fileURLToPath(new URL("./index.ts", import.meta.url));

/** Bundles the workflow code once, e.g. for tests that create several workers. */
export function bundleJobOrderWorkflows(): Promise<WorkflowBundle> {
  return bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });
}

const quietBundlerLogger = {
  log() {},
  trace() {},
  debug() {},
  info() {},
  warn(message: string, meta?: Record<string, unknown>) {
    console.warn(`[workflow bundler] ${message}`, meta ?? "");
  },
  error(message: string, meta?: Record<string, unknown>) {
    console.error(`[workflow bundler] ${message}`, meta ?? "");
  },
};

export async function createJobOrderWorker(options: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  activities: Activities;
  /** A prebuilt bundle; without it the worker bundles WORKFLOWS_PATH itself (a few seconds at start). */
  workflowBundle?: WorkflowBundle;
}): Promise<Worker> {
  const code = options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: WORKFLOWS_PATH };
  return Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    activities: options.activities,
    ...code,
  });
}

/**
 * Creates the schedule that runs the reconciler every minute, skipping a run while the previous one is
 * still going. Idempotent: every worker calls it at start; if the schedule exists, only its task queue
 * is brought in line with this deployment's setting.
 */
export async function ensureReconcileSchedule(client: Client, taskQueue: string): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: RECONCILE_SCHEDULE_ID,
      spec: { intervals: [{ every: "1 minute" }] },
      action: { type: "startWorkflow", workflowType: RECONCILE_WORKFLOW, workflowId: RECONCILE_SCHEDULE_ID, taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: "1 minute" },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    const handle = client.schedule.getHandle(RECONCILE_SCHEDULE_ID);
    const description = await handle.describe();
    if (description.action.type === "startWorkflow" && description.action.taskQueue !== taskQueue) {
      await handle.update((previous) => ({ ...previous, action: { ...previous.action, taskQueue } }));
    }
  }
}
