// What every phase of the job order workflow shares: the state the query shows, the in-progress markers
// that make concurrent steps decide once and in order, the activity proxies and the helpers that wait.
// Deterministic code only: activities do the I/O and only their types are imported.
import { condition, log, patched, proxyActivities, proxyLocalActivities } from "@temporalio/workflow";
import type { Activities, ReferralChange, TaskChange } from "../activities";
import { PATCHES, type JobOrderWorkflowState } from "./definitions";

/** Work nobody waits for (clock, assignment, mails, timers): retried until it succeeds. */
export const background = proxyActivities<Activities>({
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "5 minutes" },
});

/**
 * The intake's quick steps (clock, owner, receipt) and the deadline's (warning, breach, escalations) as
 * local activities: run by the worker inside the workflow task and recorded as markers, so the server
 * handles one task where it handled several, and the mail goes out without queueing behind other orders'
 * tasks (docs/benchmarks.md, "Load" and "Timers").
 */
export const local = proxyLocalActivities<Activities>({
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "5 minutes" },
});

/** Work a person waits for in an update: a few quick attempts, then the error goes back to them. */
export const interactive = proxyActivities<Activities>({
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "500 milliseconds", backoffCoefficient: 2, maximumInterval: "5 seconds", maximumAttempts: 4 },
});

export type Order = {
  readonly orderId: string;
  readonly state: JobOrderWorkflowState;
  /** The slice of state after the answer (state.lifecycle). */
  readonly lc: JobOrderWorkflowState["lifecycle"];
  // Set synchronously when an update is accepted, so a second one is refused.
  answering: boolean;
  closing: boolean;
  reassigning: boolean;
  reassignCount: number;
  /** Numbers the thread's messages, so each has its own row and mail key (activity retries find it). */
  messageCount: number;
  /** Numbers the employer's corrections, for the same reason. */
  correctionCount: number;
  /** One lifecycle step at a time (updates and timers alike): each sees the state the previous one left. */
  busy: boolean;
  /** A CV has reached the employer at least once: the order has a referral (STAR), the region is not needed. */
  referred: boolean;
  /** Waiting to be closed under the version before the lifecycle (legacy.ts). */
  legacyWaiting: boolean;
  lateJoin: boolean;
  /** Mails that could not be sent while a person waited: retried in the background before the end. */
  readonly backgroundWork: Array<Promise<void>>;
  /** Timers of the lifecycle (consent reply-by, feedback, region, close): each ends at the latest at the close. */
  readonly fibers: Array<Promise<void>>;
};

export function newOrder(orderId: string): Order {
  const state: JobOrderWorkflowState = {
    orderId,
    phase: "STARTING",
    assigneeId: null,
    warnAt: null,
    dueAt: null,
    escalateTeamLeadAt: null,
    escalateManagerAt: null,
    warned: false,
    breached: false,
    escalationLevel: 0,
    answeredAt: null,
    answeredById: null,
    answeredOnTime: null,
    lifecycle: {
      started: false,
      positions: 0,
      referralDueAt: null,
      closesAt: null,
      sharedWithRegionAt: null,
      meeting: null,
      referrals: {},
      tasks: {},
      hires: 0,
      outcome: null,
      survey: "NOT_SENT",
    },
  };
  return {
    orderId,
    state,
    lc: state.lifecycle,
    answering: false,
    closing: false,
    reassigning: false,
    reassignCount: 0,
    messageCount: 0,
    correctionCount: 0,
    busy: false,
    referred: false,
    legacyWaiting: false,
    lateJoin: false,
    backgroundWork: [],
    fibers: [],
  };
}

export const started = (order: Order) => order.state.phase !== "STARTING";
export const settled = (order: Order) => order.state.phase === "ANSWERED" || order.state.phase === "CLOSED";
export const closed = (order: Order) => order.state.phase === "CLOSED";

export const nowIso = () => new Date(Date.now()).toISOString();

/**
 * Waits until `free()` holds and then calls `take()` in the same step. The SDK wakes every waiter whose
 * condition holds in one pass, so a waiter looks again before it takes the lock; the look and the take
 * happen without an await between them, or a second waiter woken with it would slip through.
 */
export async function acquire(free: () => boolean, take: () => void): Promise<void> {
  if (patched(PATCHES.oneStepAtATime)) {
    while (!free()) await condition(free);
  } else {
    await condition(free);
  }
  take();
}

/** Runs `fn` as the order's one step at a time. */
export async function exclusive<T>(order: Order, fn: () => Promise<T>): Promise<T> {
  await acquire(
    () => !order.busy,
    () => {
      order.busy = true;
    },
  );
  try {
    return await fn();
  } finally {
    order.busy = false;
  }
}

/** Waits for the instant `at` unless `stop` comes true first. True when the instant came. */
export async function until(at: string, stop: () => boolean): Promise<boolean> {
  const remaining = Date.parse(at) - Date.now();
  if (remaining > 0 && (await condition(stop, remaining))) return false;
  return !stop();
}

/** Runs a timer of the lifecycle beside the main flow; the workflow ends only when all have ended. */
export function spawn(order: Order, what: string, fn: () => Promise<void>): void {
  order.fibers.push(
    fn().catch((error: unknown) => {
      log.error(`${what} failed`, { orderId: order.orderId, error: String(error) });
    }),
  );
}

/** Applies what an activity reports of referrals and tasks to the state the validators read. */
export function applyChanges(order: Order, referrals: ReferralChange[], tasks: TaskChange[]): void {
  for (const r of referrals) {
    const previous = order.lc.referrals[r.referralId];
    order.lc.referrals[r.referralId] = {
      status: r.status,
      consentReplyBy: r.consentReplyBy,
      feedbackDueAt: r.feedbackDueAt,
      consentRequests: previous?.consentRequests ?? 0,
    };
  }
  for (const t of tasks) order.lc.tasks[t.taskId] = { kind: t.kind, open: t.open, referralId: t.referralId };
}
