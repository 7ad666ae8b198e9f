// The reconciler: a scheduled workflow that starts the job order workflows intake stored but could not start.
export const RECONCILE_WORKFLOW = "reconcileJobOrdersWorkflow";

/** The schedule that runs it every minute; its id is also the workflow id of each run. */
export const RECONCILE_SCHEDULE_ID = "reconcile-job-orders";
