// Stubbed job order activities for workflow tests without a database: plain async functions with the
// real names and result shapes (typed as Activities), answering from a small in-memory model of one
// order (its referrals, tasks and hires) and recording every call, attempts included, in order.
import { ApplicationFailure } from "@temporalio/common";
import type { Activities, ReferralChange, TaskChange } from "../../workflows/activities";
import type { LifecycleSnapshot } from "../../workflows/activities/lifecycle";
import { REFUSALS, type JobOrderOutcome, type ReferralStatus, type TaskKind } from "../../workflows/job-order/definitions";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Who assignOrder makes the owner. */
export const OWNER = "user-owner";

/** The answer clock, from the moment startOrderClock runs. */
export type ClockOffsets = { warn: number; due: number; teamLead: number; manager: number };
export const DEFAULT_CLOCK: ClockOffsets = { warn: 6 * HOUR, due: 8 * HOUR, teamLead: 10 * HOUR, manager: 24 * HOUR };

/** The survey's reminder and close, from the moment sendSurvey runs. */
export const SURVEY_REMIND_AFTER = 7 * DAY;
export const SURVEY_CLOSES_AFTER = 14 * DAY;
/** The employer's feedback on a shared candidate is due this long after the yes. */
export const FEEDBACK_DUE_AFTER = 2 * DAY;

export type ActivityName = keyof Activities;
export type Call = { name: ActivityName; input: unknown };

export type StubOptions = {
  /** The test server's current time (ms); the answer clock's instants are relative to it. */
  now: () => Promise<number>;
  clock?: Partial<ClockOffsets>;
  /** What startLifecycle returns, over the default plan, given the instant the lifecycle starts. */
  plan?: (at: number) => Partial<LifecycleSnapshot>;
  overrides?: Partial<Activities>;
  /** Activities held at their start until the test opens the gate (a slow database, a race). */
  hold?: Partial<Record<ActivityName, Gate>>;
};

export type Stubs = {
  activities: Activities;
  calls: Call[];
  /** The inputs of the calls of `name`, in order. */
  inputs<N extends ActivityName>(name: N): Array<Parameters<Activities[N]>[0]>;
  /** How many times `name` was called (every retry counts). */
  count(name: ActivityName): number;
};

const iso = (ms: number) => new Date(ms).toISOString();

export function defaultPlan(at: number): LifecycleSnapshot {
  return {
    positions: 1,
    referralDueAt: iso(at + 3 * DAY),
    closesAt: iso(at + 30 * DAY),
    sharedWithRegionAt: null,
    meeting: null,
    referrals: {},
    tasks: { "task-search": { kind: "SEARCH", open: true, referralId: null } },
    hires: 0,
    referred: false,
  };
}

export function stubs(options: StubOptions): Stubs {
  const calls: Call[] = [];
  // What the database would hold, so results stay consistent between calls.
  const referrals = new Map<string, ReferralChange>();
  const tasks = new Map<string, TaskChange>();
  let positions = 0;
  let hires = 0;
  let referred = false;

  const referral = (referralId: string, status: ReferralStatus, extra: Partial<ReferralChange> = {}): ReferralChange => {
    const change = { referralId, status, consentReplyBy: null, feedbackDueAt: null, ...extra };
    referrals.set(referralId, change);
    return change;
  };
  const task = (taskId: string, kind: TaskKind, open = true, referralId: string | null = null): TaskChange => {
    const change = { taskId, kind, open, referralId };
    tasks.set(taskId, change);
    return change;
  };
  const closeTasks = (which: (t: TaskChange) => boolean): TaskChange[] =>
    [...tasks.values()].filter((t) => t.open && which(t)).map((t) => task(t.taskId, t.kind, false, t.referralId));

  const base: Activities = {
    async startOrderClock() {
      const now = await options.now();
      const c = { ...DEFAULT_CLOCK, ...options.clock };
      return {
        warnAt: iso(now + c.warn),
        dueAt: iso(now + c.due),
        escalateTeamLeadAt: iso(now + c.teamLead),
        escalateManagerAt: iso(now + c.manager),
        warningAtPercent: 75,
      };
    },
    async assignOrder() {
      return { assigneeId: OWNER, reason: "ROUND_ROBIN" };
    },
    async sendReceipt() {},
    async notifyWarning() {},
    async recordBreach() {},
    async escalate() {},
    async recordAnswer(input) {
      return { answeredAt: input.answeredAt, onTime: input.onTime, answeredById: input.consultantId, earlierAnswer: false };
    },
    async sendAnswerMail() {},
    async reassignOrder(input) {
      return { assigneeId: input.toUserId };
    },
    async completeTask(input) {
      const known = tasks.get(input.taskId);
      if (!known) throw ApplicationFailure.nonRetryable(`no task ${input.taskId}`, REFUSALS.taskNotFound);
      return task(known.taskId, known.kind, false, known.referralId);
    },
    async reassignTasks(input) {
      return input.taskIds.filter((id) => tasks.get(id)?.open);
    },
    async startLifecycle(input) {
      const at = Date.parse(input.at);
      const plan: LifecycleSnapshot = { ...defaultPlan(at), ...options.plan?.(at) };
      positions = plan.positions;
      hires = plan.hires;
      referred = plan.referred;
      for (const [id, r] of Object.entries(plan.referrals)) referral(id, r.status, { consentReplyBy: r.consentReplyBy, feedbackDueAt: r.feedbackDueAt });
      for (const [id, t] of Object.entries(plan.tasks)) task(id, t.kind, t.open, t.referralId);
      return plan;
    },
    async shortlistCandidates(input) {
      return input.jobseekerIds.map((id) => referrals.get(`ref-${id}`) ?? referral(`ref-${id}`, "SHORTLISTED"));
    },
    async requestConsent(input) {
      return input.referralIds.map((id) => {
        referral(id, "CONSENT_REQUESTED", { consentReplyBy: input.replyBy });
        const followUp = task(`task-consent-${id}-${input.attempts[id]}`, "CONSENT_FOLLOW_UP", true, id);
        return { referralId: id, consentReplyBy: input.replyBy, task: followUp, mailed: true };
      });
    },
    async recordConsent(input) {
      const followUps = closeTasks((t) => t.kind === "CONSENT_FOLLOW_UP" && t.referralId === input.referralId);
      if (input.answer === "NO") return { referral: referral(input.referralId, "CONSENT_DECLINED"), tasks: followUps, referred };
      referred = true;
      const shared = referral(input.referralId, "SHARED", { feedbackDueAt: iso(Date.parse(input.at) + FEEDBACK_DUE_AFTER) });
      return { referral: shared, tasks: [...followUps, ...closeTasks((t) => t.kind === "SEARCH")], referred };
    },
    async expireConsent(input) {
      const current = referrals.get(input.referralId);
      if (current && current.status !== "CONSENT_REQUESTED") return { referral: current, tasks: [] };
      return {
        referral: referral(input.referralId, "CONSENT_EXPIRED"),
        tasks: closeTasks((t) => t.kind === "CONSENT_FOLLOW_UP" && t.referralId === input.referralId),
      };
    },
    async recordEmployerFeedback(input) {
      if (input.outcome !== "HIRED") return { referral: referral(input.referralId, input.outcome), tasks: [], hires, outcome: null };
      hires += 1;
      const followUp = task(`task-follow-up-${input.referralId}`, "FOLLOW_UP", true, input.referralId);
      return { referral: referral(input.referralId, "HIRED"), tasks: [followUp], hires, outcome: null };
    },
    async withdrawReferral(input) {
      return { referral: referral(input.referralId, "WITHDRAWN"), tasks: closeTasks((t) => t.referralId === input.referralId && t.kind !== "FOLLOW_UP") };
    },
    async remindEmployerFeedback() {},
    async shareWithRegion(input) {
      return { sharedWithRegionAt: input.at, task: task("task-region", "REGIONAL_RECRUITMENT") };
    },
    async bookMeeting(input) {
      return { scheduledFor: input.scheduledFor };
    },
    async closeOrder(input) {
      const outcome: JobOrderOutcome = input.cancelled ? "CANCELLED" : positions > 0 && hires >= positions ? "FILLED" : hires > 0 ? "PARTLY_FILLED" : "NOT_FILLED";
      // As the real close: nobody is asked any more, and every task but the follow-ups ends.
      const withdrawn = [...referrals.values()]
        .filter((r) => r.status === "SHORTLISTED" || r.status === "CONSENT_REQUESTED")
        .map((r) => referral(r.referralId, "WITHDRAWN", { consentReplyBy: r.consentReplyBy }));
      return { outcome, referrals: withdrawn, tasks: closeTasks((t) => t.kind !== "FOLLOW_UP"), hires };
    },
    async sendSurvey(input) {
      const at = Date.parse(input.at);
      return { remindAt: iso(at + SURVEY_REMIND_AFTER), closesAt: iso(at + SURVEY_CLOSES_AFTER) };
    },
    async remindSurvey() {},
    async recordMessage(input) {
      return { messageId: `message-${input.key}`, at: input.at };
    },
    async sendMessageMail() {},
    async correctOrder(input) {
      return { changed: ["positions"], eventKey: input.key };
    },
    async sendCorrectionMail() {},
    async recordSurveyAnswer() {},
    async expireSurvey() {},
    async startMissingOrderWorkflows() {
      return 0;
    },
    async planManagementDigest() {
      return { week: { id: "2026-W01", from: "2025-12-29", to: "2026-01-04", label: "uge 1" }, recipients: [] };
    },
    async sendManagementDigest() {
      return "inactive" as const;
    },
    async planQuarterlyReports() {
      return { choice: null, jobcentreIds: [] };
    },
    async makeCommitteeReport() {
      return { reportId: "report" };
    },
    async mailCommitteeReport() {
      return { sent: 0 };
    },
    // The visit programme's activities are not the job order's: its tests use the real ones.
    async openEnrolment() {
      throw new Error("not a job order activity");
    },
    async checkProgrammeStep() {
      throw new Error("not a job order activity");
    },
    async sendProgrammeReminder() {
      return "settled" as const;
    },
    async declineEnrolment() {
      throw new Error("not a job order activity");
    },
    async enrolProgrammeCompanies() {
      return { enrolled: 0, started: 0 };
    },
  };

  const impl: Record<string, (input: unknown) => Promise<unknown>> = { ...base, ...options.overrides } as never;
  const activities = Object.fromEntries(
    Object.entries(impl).map(([name, fn]) => [
      name,
      async (input: unknown) => {
        calls.push({ name: name as ActivityName, input });
        await options.hold?.[name as ActivityName]?.pass();
        return fn(input);
      },
    ]),
  ) as unknown as Activities;

  return {
    activities,
    calls,
    inputs: <N extends ActivityName>(name: N) => calls.filter((c) => c.name === name).map((c) => c.input as Parameters<Activities[N]>[0]),
    count: (name) => calls.filter((c) => c.name === name).length,
  };
}

/**
 * One set of activities for a worker shared by many orders: each call goes to the stubs of the order it
 * names (every job order activity takes { orderId }), so tests running one after another never mix.
 */
export function routeByOrder(registry: Map<string, Activities>): Activities {
  const names = Object.keys(stubs({ now: async () => 0 }).activities) as ActivityName[];
  return Object.fromEntries(
    names.map((name) => [
      name,
      (input: { orderId?: string } | undefined) => {
        const target = input?.orderId ? registry.get(input.orderId) : undefined;
        if (!target) throw ApplicationFailure.nonRetryable(`no stubs for ${name}(${JSON.stringify(input)})`, "NoStubs");
        return (target[name] as (i: unknown) => Promise<unknown>)(input);
      },
    ]),
  ) as unknown as Activities;
}

export type Gate = ReturnType<typeof gate>;

/** Holds an activity until the test lets it go; `entered` resolves once it has been called. */
export function gate() {
  let open!: () => void;
  let enter!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const entered = new Promise<void>((resolve) => (enter = resolve));
  return {
    entered,
    open: () => open(),
    async pass(): Promise<void> {
      enter();
      await opened;
    },
  };
}
