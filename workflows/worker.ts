// The job order worker and the deployment's schedules. Used by scripts/lib/worker-process.ts and the tests.
import { fileURLToPath } from "node:url";
import { bundleWorkflowCode, Worker, type NativeConnection, type WorkflowBundle } from "@temporalio/worker";
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client, type ScheduleSpec } from "@temporalio/client";
import type { Duration } from "@temporalio/common";
import type { Activities } from "./activities";
import {
  MANAGEMENT_DIGEST_CALENDAR,
  MANAGEMENT_DIGEST_SCHEDULE_ID,
  MANAGEMENT_DIGEST_WORKFLOW,
  MANAGEMENT_TIME_ZONE,
  QUARTERLY_REPORTS_CALENDAR,
  QUARTERLY_REPORTS_SCHEDULE_ID,
  QUARTERLY_REPORTS_WORKFLOW,
} from "./management/definitions";
import { RECONCILE_SCHEDULE_ID, RECONCILE_WORKFLOW } from "./reconcile/definitions";
import { ENROL_PROGRAMMES_SCHEDULE_ID, ENROL_PROGRAMMES_WORKFLOW } from "./visit-programme/definitions";

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

type ScheduleDefinition = {
  scheduleId: string;
  workflowType: string;
  spec: ScheduleSpec;
  /** How late a missed run may still start (a server or worker down at the time). */
  catchupWindow: Duration;
};

/**
 * The schedules of the deployment: the reconciler every minute, the visit programmes' enrolment every hour,
 * the managers' digest every Monday, the quarter's committee reports.
 */
export const SCHEDULES: ScheduleDefinition[] = [
  { scheduleId: RECONCILE_SCHEDULE_ID, workflowType: RECONCILE_WORKFLOW, spec: { intervals: [{ every: "1 minute" }] }, catchupWindow: "1 minute" },
  { scheduleId: ENROL_PROGRAMMES_SCHEDULE_ID, workflowType: ENROL_PROGRAMMES_WORKFLOW, spec: { intervals: [{ every: "1 hour" }] }, catchupWindow: "1 hour" },
  {
    scheduleId: MANAGEMENT_DIGEST_SCHEDULE_ID,
    workflowType: MANAGEMENT_DIGEST_WORKFLOW,
    spec: { calendars: [MANAGEMENT_DIGEST_CALENDAR], timezone: MANAGEMENT_TIME_ZONE },
    catchupWindow: "1 day",
  },
  {
    scheduleId: QUARTERLY_REPORTS_SCHEDULE_ID,
    workflowType: QUARTERLY_REPORTS_WORKFLOW,
    spec: { calendars: [{ ...QUARTERLY_REPORTS_CALENDAR, month: [...QUARTERLY_REPORTS_CALENDAR.month] }], timezone: MANAGEMENT_TIME_ZONE },
    catchupWindow: "12 hours",
  },
];

/**
 * Creates the deployment's schedules, each skipping a run while its previous one is still going.
 * Idempotent: every worker calls it at start; a schedule that exists only gets its task queue brought in
 * line with this deployment's setting.
 */
export async function ensureSchedules(client: Client, taskQueue: string, schedules: ScheduleDefinition[] = SCHEDULES): Promise<void> {
  for (const schedule of schedules) await ensureSchedule(client, taskQueue, schedule);
}

async function ensureSchedule(client: Client, taskQueue: string, schedule: ScheduleDefinition): Promise<void> {
  try {
    await client.schedule.create({
      scheduleId: schedule.scheduleId,
      spec: schedule.spec,
      action: { type: "startWorkflow", workflowType: schedule.workflowType, workflowId: schedule.scheduleId, taskQueue, args: [] },
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: schedule.catchupWindow },
    });
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    const handle = client.schedule.getHandle(schedule.scheduleId);
    const description = await handle.describe();
    if (description.action.type === "startWorkflow" && description.action.taskQueue !== taskQueue) {
      await handle.update((previous) => ({ ...previous, action: { ...previous.action, taskQueue } }));
    }
  }
}
