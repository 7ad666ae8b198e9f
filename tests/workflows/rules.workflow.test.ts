// The job order workflow's rules with stubbed activities (tests/workflows/stub-activities.ts): races,
// refusals and timers on the time-skipping test server, without PostgreSQL or mail. One server and one
// worker for the file; each test starts its own order, whose activity calls go to its own stubs.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApplicationFailure } from "@temporalio/common";
import { WorkflowUpdateFailedError, type WorkflowHandle } from "@temporalio/client";
import { TestWorkflowEnvironment } from "@temporalio/testing";
import { DefaultLogger, Runtime, Worker } from "@temporalio/worker";
import { ANSWER_MAX_LENGTH } from "../../app/domain/job-order/limits";
import { ensureTemporalTestServer } from "../../scripts/lib/tools";
import { eventually } from "../support/eventually";
import type { Activities } from "../../workflows/activities";
import { bundleJobOrderWorkflows } from "../../workflows/worker";
import type { jobOrderWorkflow } from "../../workflows/job-order/workflow";
import {
  answerOrderUpdate,
  answerSurveyUpdate,
  chooseMeetingTimeUpdate,
  closeOrderUpdate,
  completeTaskUpdate,
  correctOrderUpdate,
  employerFeedbackUpdate,
  getStateQuery,
  JOB_ORDER_WORKFLOW,
  jobOrderWorkflowId,
  reassignOrderUpdate,
  recordConsentUpdate,
  REFUSALS,
  requestConsentUpdate,
  sendMessageUpdate,
  shareWithRegionUpdate,
  shortlistCandidatesUpdate,
  type JobOrderWorkflowState,
  type RefusalCode,
} from "../../workflows/job-order/definitions";
import {
  DAY,
  gate,
  HOUR,
  MINUTE,
  OWNER,
  routeByOrder,
  stubs,
  SURVEY_CLOSES_AFTER,
  SURVEY_REMIND_AFTER,
  type ActivityName,
  type Gate,
  type StubOptions,
  type Stubs,
} from "./stub-activities";

const CONSULTANT = "user-consultant";
const EMPLOYER = "kontakt@virksomhed.example";
const SURVEY_ANSWERS = { serviceScore: 5, communicationScore: 4, informedScore: 4, wouldRecommend: true, comment: null };

let env: TestWorkflowEnvironment;
let worker: Worker;
let running: Promise<void>;
const taskQueue = `job-order-rules-${process.pid}-${randomUUID()}`;
const registry = new Map<string, Activities>();
const gates: Gate[] = [];

beforeAll(async () => {
  try {
    Runtime.install({ logger: new DefaultLogger("ERROR") });
  } catch {
    // Installed already in this process: keep that one.
  }
  env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: "existing-path", path: ensureTemporalTestServer() } },
  });
  worker = await Worker.create({
    connection: env.nativeConnection,
    namespace: env.namespace ?? "default",
    taskQueue,
    workflowBundle: await bundleJobOrderWorkflows(),
    activities: routeByOrder(registry),
  });
  running = worker.run();
});

afterEach(() => {
  // An activity still held keeps the test server from skipping time, for every later test too.
  for (const g of gates.splice(0)) g.open();
  // Orders are left running: their timers fire in later tests' skips but reach only their own stubs.
  // (Terminating them left the time-skipping server's time locked; cancelling logs every timer's error.)
});

afterAll(async () => {
  worker?.shutdown();
  await running?.catch(() => {});
  await env?.teardown();
});

// --- helpers -----------------------------------------------------------------------------------------

/** A gate for `hold`, opened after the test whatever happens. */
function held(): Gate {
  const g = gate();
  gates.push(g);
  return g;
}

type TestOrder = { orderId: string; handle: WorkflowHandle<typeof jobOrderWorkflow>; stubs: Stubs; state: () => Promise<JobOrderWorkflowState> };

async function startOrder(options: Omit<StubOptions, "now"> = {}): Promise<TestOrder> {
  const orderId = `rules-${randomUUID()}`;
  const s = stubs({ now: () => env.currentTimeMs(), ...options });
  registry.set(orderId, s.activities);
  const handle = await env.client.workflow.start<typeof jobOrderWorkflow>(JOB_ORDER_WORKFLOW, {
    taskQueue,
    workflowId: jobOrderWorkflowId(orderId),
    args: [{ orderId }],
  });
  return { orderId, handle, stubs: s, state: () => handle.query(getStateQuery) };
}

function stateWhere(order: TestOrder, predicate: (s: JobOrderWorkflowState) => boolean, what: string) {
  return eventually(async () => {
    const s = await order.state();
    return predicate(s) ? s : undefined;
  }, what);
}

const awaiting = (order: TestOrder) => stateWhere(order, (s) => s.phase === "AWAITING_ANSWER", "the order to await its answer");

function answer(order: TestOrder, text = "Tak, vi går i gang.", consultantId = CONSULTANT) {
  return order.handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId, text }] });
}

/** Answers the order and waits for the lifecycle to begin. */
async function answered(order: TestOrder): Promise<JobOrderWorkflowState> {
  await awaiting(order);
  await answer(order);
  return stateWhere(order, (s) => s.lifecycle.started, "the lifecycle to begin");
}

function close(order: TestOrder, byUserId: string | null = CONSULTANT) {
  return order.handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId, reason: "test" }] });
}

/** The refusal code an update failed with, or "accepted". */
async function outcomeOf(update: Promise<unknown>): Promise<string> {
  try {
    await update;
    return "accepted";
  } catch (error) {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) return error.cause.type ?? "untyped";
    return `unexpected: ${String(error)}`;
  }
}

/** Skips workflow time to `by` ms after the instant `at` (before it when negative). */
async function skipTo(at: string | number, by = MINUTE): Promise<void> {
  const wait = (typeof at === "string" ? Date.parse(at) : at) + by - (await env.currentTimeMs());
  if (wait > 0) await env.sleep(wait);
}

const called = (order: TestOrder, name: ActivityName) => eventually(() => order.stubs.count(name) > 0, `${name} to be called`);

/** A moment for anything already due to reach the stubs, when a test asserts that something did not happen. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

const inFuture = async (ms: number) => new Date((await env.currentTimeMs()) + ms).toISOString();

// --- races -------------------------------------------------------------------------------------------

describe("races", () => {
  it("of two answers given at once, one is recorded and the other refused", async () => {
    const order = await startOrder();
    await awaiting(order);

    const results = await Promise.all([outcomeOf(answer(order, "Svar A", "user-a")), outcomeOf(answer(order, "Svar B", "user-b"))]);

    expect(results.filter((r) => r === "accepted")).toHaveLength(1);
    const refused = results.find((r) => r !== "accepted");
    expect([REFUSALS.answerInProgress, REFUSALS.alreadyAnswered]).toContain(refused);
    expect(order.stubs.count("recordAnswer")).toBe(1);
    const winner = results[0] === "accepted" ? "user-a" : "user-b";
    expect((await order.state()).answeredById).toBe(winner);
    expect(order.stubs.inputs("recordAnswer")[0]!.consultantId).toBe(winner);
  });

  it("an answer while another is being recorded is refused as in progress", async () => {
    const slow = held();
    const order = await startOrder({ hold: { recordAnswer: slow } });
    await awaiting(order);

    const first = answer(order, "Svar A", "user-a");
    await slow.entered;
    expect(await outcomeOf(answer(order, "Svar B", "user-b"))).toBe(REFUSALS.answerInProgress);
    slow.open();

    expect(await outcomeOf(first)).toBe("accepted");
    expect((await order.state()).answeredById).toBe("user-a");
  });

  it("an answer given just before the deadline counts as on time while it is still being recorded, and no breach is recorded", async () => {
    const slow = held();
    const order = await startOrder({ hold: { recordAnswer: slow } });
    const { dueAt } = await awaiting(order);
    await skipTo(dueAt!, -1_500);
    await called(order, "notifyWarning");

    const given = answer(order);
    await slow.entered;
    // The deadline passes while the answer is being recorded (in real time: a running activity stops skipping).
    await env.sleep(2_000);
    expect(await env.currentTimeMs()).toBeGreaterThan(Date.parse(dueAt!));
    slow.open();

    const result = await given;
    expect(result.onTime).toBe(true);
    expect(Date.parse(result.answeredAt)).toBeLessThanOrEqual(Date.parse(dueAt!));
    expect(order.stubs.inputs("recordAnswer")[0]!.onTime).toBe(true);
    // The lifecycle starts only once the answer phase is over: by then a breach would have been recorded.
    await called(order, "startLifecycle");
    expect(order.stubs.count("recordBreach")).toBe(0);
    expect(await order.state()).toMatchObject({ phase: "ANSWERED", answeredOnTime: true, breached: false });
  });

  it("a close during a lifecycle step waits for the step and comes after it", async () => {
    const slow = held();
    const order = await startOrder({ hold: { shortlistCandidates: slow } });
    await answered(order);

    const shortlisted = order.handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds: ["js-1"], byUserId: CONSULTANT }] });
    await slow.entered;
    const closed = close(order);
    await settle();
    expect(order.stubs.count("closeOrder")).toBe(0);
    slow.open();

    expect(await shortlisted).toEqual({ added: ["ref-js-1"], alreadyListed: 0 });
    expect(await closed).toEqual({ outcome: "NOT_FILLED" });
    const names = order.stubs.calls.map((c) => c.name);
    expect(names.indexOf("closeOrder")).toBeGreaterThan(names.indexOf("shortlistCandidates"));
    // The close saw the step's referral and withdrew it.
    const state = await order.state();
    expect(state.phase).toBe("CLOSED");
    expect(state.lifecycle.referrals["ref-js-1"]?.status).toBe("WITHDRAWN");
  });
});

// --- refusals ------------------------------------------------------------------------------------------

type RefusalCase = {
  name: string;
  code: RefusalCode;
  options?: Omit<StubOptions, "now">;
  /** Brings the order to where the update is refused: by default, awaiting its answer. */
  arrange?: (order: TestOrder) => Promise<unknown>;
  act: (order: TestOrder) => Promise<unknown>;
  /** The activity the refused update must not reach. */
  untouched: ActivityName;
};

const shortlisted = { plan: () => ({ referrals: { "ref-1": { status: "SHORTLISTED" as const, consentReplyBy: null, feedbackDueAt: null, consentRequests: 0 } } }) };
const withMeeting = {
  plan: (at: number) => ({ positions: 8, meeting: { dueAt: new Date(at + 3 * DAY).toISOString(), options: [new Date(at + DAY).toISOString(), new Date(at + 2 * DAY).toISOString()], scheduledFor: null, held: false } }),
};
const book = (order: TestOrder, option: 0 | 1) => async () => {
  const at = (await order.state()).lifecycle.meeting!.options[option]!;
  return order.handle.executeUpdate(chooseMeetingTimeUpdate, { args: [{ at, employerEmail: EMPLOYER }] });
};
const askConsent = (order: TestOrder, replyBy: string) => order.handle.executeUpdate(requestConsentUpdate, { args: [{ referralIds: ["ref-1"], byUserId: CONSULTANT, replyBy }] });

const CORRECTED_VALUES = {
  title: "Lagermedarbejder",
  description: "Pluk og pak på lageret i Nakskov, dag- og aftenhold.",
  positions: 3,
  hoursPerWeek: 37,
  startDate: "2031-03-03",
  applicationDeadline: null,
  requirements: "",
  openToSmallJobs: false,
  openToFlexJob: true,
  openToJobCrafting: false,
  contactName: "Mette Hansen",
  contactPhone: "20304050",
};
const correct = (order: TestOrder, values: unknown = CORRECTED_VALUES) =>
  order.handle.executeUpdate(correctOrderUpdate, { args: [{ employerEmail: EMPLOYER, values: values as typeof CORRECTED_VALUES }] });

const refusalCases: RefusalCase[] = [
  {
    name: "OrderClosed: a correction after the close",
    code: REFUSALS.orderClosed,
    arrange: async (o) => (await awaiting(o), await close(o)),
    act: (o) => correct(o),
    untouched: "correctOrder",
  },
  { name: "InvalidRequest: a correction without every field", code: REFUSALS.invalidRequest, act: (o) => correct(o, { title: "Ny titel" }), untouched: "correctOrder" },
  {
    name: "OrderClosed: a message after the close",
    code: REFUSALS.orderClosed,
    arrange: async (o) => (await answered(o), await close(o)),
    act: (o) => o.handle.executeUpdate(sendMessageUpdate, { args: [{ byEmployerEmail: EMPLOYER, text: "Hej igen" }] }),
    untouched: "recordMessage",
  },
  { name: "InvalidAnswer: an empty answer", code: REFUSALS.invalidAnswer, act: (o) => answer(o, "   "), untouched: "recordAnswer" },
  { name: "InvalidAnswer: an answer over the maximum length", code: REFUSALS.invalidAnswer, act: (o) => answer(o, "x".repeat(ANSWER_MAX_LENGTH + 1)), untouched: "recordAnswer" },
  {
    name: "OrderClosed: an answer after the close",
    code: REFUSALS.orderClosed,
    arrange: async (o) => (await awaiting(o), await close(o)),
    act: (o) => answer(o),
    untouched: "recordAnswer",
  },
  { name: "AlreadyAnswered: a second answer", code: REFUSALS.alreadyAnswered, arrange: answered, act: (o) => answer(o), untouched: "recordAnswer" },
  {
    name: "AlreadyAssignee: handing the order to its owner",
    code: REFUSALS.alreadyAssignee,
    act: (o) => o.handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: OWNER, byUserId: OWNER }] }),
    untouched: "reassignOrder",
  },
  {
    name: "InvalidReassign: a hand-over to nobody",
    code: REFUSALS.invalidReassign,
    act: (o) => o.handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: "", byUserId: OWNER }] }),
    untouched: "reassignOrder",
  },
  {
    name: "NotAnswered: a shortlist before the answer",
    code: REFUSALS.notAnswered,
    act: (o) => o.handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds: ["js-1"], byUserId: CONSULTANT }] }),
    untouched: "shortlistCandidates",
  },
  {
    name: "ReferralState: consent recorded for a referral that was not asked",
    code: REFUSALS.referralState,
    options: shortlisted,
    arrange: answered,
    act: (o) => o.handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: "ref-1", answer: "YES", via: "PHONE", byUserId: CONSULTANT }] }),
    untouched: "recordConsent",
  },
  {
    name: "ReferralNotFound: consent for a referral the order does not have",
    code: REFUSALS.referralNotFound,
    arrange: answered,
    act: (o) => o.handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: "ref-other", answer: "YES", via: "PHONE", byUserId: CONSULTANT }] }),
    untouched: "recordConsent",
  },
  {
    name: "InvalidRequest: a consent reply-by less than an hour ahead",
    code: REFUSALS.invalidRequest,
    options: shortlisted,
    arrange: answered,
    act: async (o) => askConsent(o, await inFuture(10 * MINUTE)),
    untouched: "requestConsent",
  },
  {
    name: "InvalidRequest: a consent reply-by more than 60 days ahead",
    code: REFUSALS.invalidRequest,
    options: shortlisted,
    arrange: answered,
    act: async (o) => askConsent(o, await inFuture(61 * DAY)),
    untouched: "requestConsent",
  },
  {
    name: "NoMeeting: booking a meeting on an order without one",
    code: REFUSALS.noMeeting,
    arrange: answered,
    act: async (o) => o.handle.executeUpdate(chooseMeetingTimeUpdate, { args: [{ at: await inFuture(DAY), employerEmail: EMPLOYER }] }),
    untouched: "bookMeeting",
  },
  {
    name: "MeetingAlreadyBooked: booking a second meeting time",
    code: REFUSALS.meetingBooked,
    options: withMeeting,
    arrange: async (o) => (await answered(o), await book(o, 0)()),
    act: (o) => book(o, 1)(),
    untouched: "bookMeeting",
  },
  {
    name: "AlreadySharedWithRegion: sharing with the region twice",
    code: REFUSALS.alreadyShared,
    arrange: async (o) => (await answered(o), await o.handle.executeUpdate(shareWithRegionUpdate, { args: [{ byUserId: CONSULTANT }] })),
    act: (o) => o.handle.executeUpdate(shareWithRegionUpdate, { args: [{ byUserId: CONSULTANT }] }),
    untouched: "shareWithRegion",
  },
  {
    name: "TaskIsAnswer: completing the answer task as a task",
    code: REFUSALS.taskIsAnswer,
    options: { plan: () => ({ tasks: { "task-answer": { kind: "ANSWER" as const, open: true, referralId: null } } }) },
    arrange: answered,
    act: (o) => o.handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: "task-answer", byUserId: CONSULTANT, note: null }] }),
    untouched: "completeTask",
  },
  {
    name: "TaskNotFound: completing a task the order does not have",
    code: REFUSALS.taskNotFound,
    arrange: answered,
    act: (o) => o.handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: "task-other", byUserId: CONSULTANT, note: null }] }),
    untouched: "completeTask",
  },
  {
    name: "SurveyClosed: a survey answer before the survey is sent",
    code: REFUSALS.surveyClosed,
    arrange: answered,
    act: (o) => o.handle.executeUpdate(answerSurveyUpdate, { args: [{ tokenHash: "hash", answers: SURVEY_ANSWERS }] }),
    untouched: "recordSurveyAnswer",
  },
];

describe("refusals by the validators", () => {
  it.each(refusalCases)("$name", async ({ code, options, arrange = awaiting, act, untouched }) => {
    const order = await startOrder(options);
    await arrange(order);
    const before = order.stubs.count(untouched);

    expect(await outcomeOf(act(order))).toBe(code);
    expect(order.stubs.count(untouched)).toBe(before);
  });

  it("ConsentExpired: the consent link used after the reply-by, before the timer has expired the request", async () => {
    const expiring = held();
    const order = await startOrder({ ...shortlisted, hold: { expireConsent: expiring } });
    await answered(order);
    const replyBy = await inFuture(2 * HOUR);
    await askConsent(order, replyBy);
    // Just past the reply-by: once the timer's activity runs, time moves only in real time.
    await skipTo(replyBy, 1_000);
    await expiring.entered;

    const link = order.handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: "ref-1", answer: "YES", via: "LINK", tokenHash: "hash" }] });
    expect(await outcomeOf(link)).toBe(REFUSALS.consentExpired);
    expect(order.stubs.count("recordConsent")).toBe(0);
    expiring.open();
    await stateWhere(order, (s) => s.lifecycle.referrals["ref-1"]?.status === "CONSENT_EXPIRED", "the request to expire");
  });
});

describe("refusals from activities", () => {
  it("an activity that keeps failing during an update refuses it as Unavailable", async () => {
    const order = await startOrder({
      overrides: {
        recordAnswer: async () => {
          throw new Error("database unavailable");
        },
      },
    });
    await awaiting(order);

    // Skipping time skips the waits between the attempts.
    const [outcome] = await Promise.all([outcomeOf(answer(order)), env.sleep(MINUTE)]);
    expect(outcome).toBe(REFUSALS.unavailable);
    // The interactive proxy's four attempts, then the caller hears it.
    expect(order.stubs.count("recordAnswer")).toBe(4);
    expect(await order.state()).toMatchObject({ phase: "AWAITING_ANSWER", answeredAt: null });
  });

  it("a non-retryable refusal from an activity reaches the caller with its code", async () => {
    const order = await startOrder({
      overrides: {
        closeOrder: async () => {
          throw ApplicationFailure.nonRetryable("not this jobcentre's order", REFUSALS.actorNotAllowed);
        },
      },
    });
    await awaiting(order);

    expect(await outcomeOf(close(order, "user-elsewhere"))).toBe(REFUSALS.actorNotAllowed);
    expect(order.stubs.count("closeOrder")).toBe(1);
    expect((await order.state()).phase).toBe("AWAITING_ANSWER");
  });
});

// --- timers --------------------------------------------------------------------------------------------

describe("timers", () => {
  it("the warning, the breach and the two escalations fire in order at their instants when nobody answers", async () => {
    const order = await startOrder();
    const clock = await awaiting(order);
    const steps: Array<[string, ActivityName]> = [
      [clock.warnAt!, "notifyWarning"],
      [clock.dueAt!, "recordBreach"],
      [clock.escalateTeamLeadAt!, "escalate"],
      [clock.escalateManagerAt!, "escalate"],
    ];
    const answerPhase = () => order.stubs.calls.filter((c) => ["notifyWarning", "recordBreach", "escalate"].includes(c.name));

    for (const [i, [at, name]] of steps.entries()) {
      await skipTo(at, -MINUTE);
      expect(answerPhase()).toHaveLength(i);
      await skipTo(at);
      await eventually(() => answerPhase().length === i + 1, `${name} at ${at}`);
      expect(answerPhase()[i]!.name).toBe(name);
      const firedAt = Date.parse((answerPhase()[i]!.input as { at: string }).at);
      expect(firedAt).toBeGreaterThanOrEqual(Date.parse(at));
      expect(firedAt).toBeLessThan(Date.parse(at) + MINUTE);
    }

    expect(order.stubs.inputs("escalate").map((e) => e.level)).toEqual([1, 2]);
    expect(order.stubs.inputs("recordBreach")[0]!.at).toBe(clock.dueAt);
    expect(order.stubs.inputs("notifyWarning")[0]!.assigneeId).toBe(OWNER);
    expect(await order.state()).toMatchObject({ phase: "AWAITING_ANSWER", warned: true, breached: true, escalationLevel: 2 });
  });

  it("no warning, breach or escalation comes after an answer", async () => {
    const order = await startOrder();
    const clock = await answered(order);

    await skipTo(clock.escalateManagerAt!, HOUR);
    await settle();

    expect(order.stubs.count("notifyWarning") + order.stubs.count("recordBreach") + order.stubs.count("escalate")).toBe(0);
    expect(await order.state()).toMatchObject({ warned: false, breached: false, escalationLevel: 0, answeredOnTime: true });
  });

  it("a consent request whose reply-by passes unanswered expires", async () => {
    const order = await startOrder(shortlisted);
    await answered(order);
    const replyBy = await inFuture(2 * DAY);
    await askConsent(order, replyBy);

    await skipTo(replyBy, -MINUTE);
    expect(order.stubs.count("expireConsent")).toBe(0);
    await skipTo(replyBy);
    await called(order, "expireConsent");

    expect(order.stubs.inputs("expireConsent")).toEqual([expect.objectContaining({ referralId: "ref-1", attempt: 1 })]);
    const state = await stateWhere(order, (s) => s.lifecycle.referrals["ref-1"]?.status === "CONSENT_EXPIRED", "the request to expire");
    expect(state.lifecycle.tasks["task-consent-ref-1-1"]?.open).toBe(false);
  });

  it("with nobody referred by the referral deadline the order goes to the region by itself", async () => {
    const order = await startOrder();
    const { lifecycle } = await answered(order);

    await skipTo(lifecycle.referralDueAt!, -MINUTE);
    expect(order.stubs.count("shareWithRegion")).toBe(0);
    await skipTo(lifecycle.referralDueAt!);
    await called(order, "shareWithRegion");

    expect(order.stubs.inputs("shareWithRegion")).toEqual([expect.objectContaining({ byUserId: null })]);
    const state = await stateWhere(order, (s) => s.lifecycle.sharedWithRegionAt !== null, "the order to be shared");
    expect(state.lifecycle.tasks["task-region"]).toMatchObject({ kind: "REGIONAL_RECRUITMENT", open: true });
  });

  it("a candidate referred before the referral deadline keeps the order from the region", async () => {
    const order = await startOrder({
      plan: (at) => ({
        referralDueAt: new Date(at + 3 * DAY).toISOString(),
        // Closes an hour after the referral deadline: the close shows that the deadline has been dealt with.
        closesAt: new Date(at + 3 * DAY + HOUR).toISOString(),
        referrals: { "ref-1": { status: "CONSENT_REQUESTED", consentReplyBy: new Date(at + DAY).toISOString(), feedbackDueAt: null, consentRequests: 1 } },
      }),
    });
    const { lifecycle } = await answered(order);
    const consent = await order.handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: "ref-1", answer: "YES", via: "PHONE", byUserId: CONSULTANT }] });
    expect(consent.status).toBe("SHARED");

    await skipTo(lifecycle.closesAt!);
    await called(order, "closeOrder");

    expect(order.stubs.count("shareWithRegion")).toBe(0);
    expect((await order.state()).lifecycle.sharedWithRegionAt).toBeNull();
  });

  it("the order closes by itself at its closesAt", async () => {
    const order = await startOrder({ plan: (at) => ({ closesAt: new Date(at + DAY).toISOString() }) });
    const { lifecycle } = await answered(order);

    await skipTo(lifecycle.closesAt!, -MINUTE);
    expect(order.stubs.count("closeOrder")).toBe(0);
    await skipTo(lifecycle.closesAt!);
    await called(order, "closeOrder");

    expect(order.stubs.inputs("closeOrder")).toEqual([expect.objectContaining({ byUserId: null })]);
    expect(await stateWhere(order, (s) => s.phase === "CLOSED", "the close")).toMatchObject({ lifecycle: { outcome: "NOT_FILLED" } });
  });

  it("the order closes by itself when the employer's hires fill every position", async () => {
    const order = await startOrder({
      plan: (at) => ({
        positions: 1,
        referred: true,
        referrals: { "ref-1": { status: "SHARED", consentReplyBy: null, feedbackDueAt: new Date(at + 2 * DAY).toISOString(), consentRequests: 1 } },
      }),
    });
    await answered(order);

    const feedback = await order.handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: "ref-1", employerEmail: EMPLOYER, outcome: "HIRED", startDate: "2031-03-03" }] });
    expect(feedback.status).toBe("HIRED");
    await called(order, "closeOrder");

    expect(order.stubs.inputs("closeOrder")).toEqual([expect.objectContaining({ byUserId: null })]);
    const state = await stateWhere(order, (s) => s.phase === "CLOSED", "the close");
    expect(state.lifecycle).toMatchObject({ outcome: "FILLED", hires: 1 });
    expect(state.lifecycle.tasks["task-follow-up-ref-1"]).toMatchObject({ kind: "FOLLOW_UP", open: true });
  });

  it("the survey after the close is reminded once and then expires", async () => {
    const order = await startOrder();
    await awaiting(order);
    await close(order);
    await called(order, "sendSurvey");
    const sentAt = Date.parse(order.stubs.inputs("sendSurvey")[0]!.at);
    await stateWhere(order, (s) => s.lifecycle.survey === "SENT", "the survey to be sent");

    await skipTo(sentAt + SURVEY_REMIND_AFTER, -MINUTE);
    expect(order.stubs.count("remindSurvey")).toBe(0);
    await skipTo(sentAt + SURVEY_REMIND_AFTER);
    await stateWhere(order, (s) => s.lifecycle.survey === "REMINDED", "the reminder");

    await skipTo(sentAt + SURVEY_CLOSES_AFTER, -MINUTE);
    expect(order.stubs.count("expireSurvey")).toBe(0);
    await skipTo(sentAt + SURVEY_CLOSES_AFTER);
    await stateWhere(order, (s) => s.lifecycle.survey === "EXPIRED", "the survey to expire");
    expect(order.stubs.count("remindSurvey")).toBe(1);
    expect(order.stubs.count("expireSurvey")).toBe(1);
  });

  it("the workflow ends once the survey is over and the follow-ups are done", async () => {
    const order = await startOrder({
      plan: (at) => ({
        referred: true,
        referrals: { "ref-1": { status: "SHARED", consentReplyBy: null, feedbackDueAt: new Date(at + 2 * DAY).toISOString(), consentRequests: 1 } },
      }),
    });
    await answered(order);
    await order.handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: "ref-1", employerEmail: EMPLOYER, outcome: "HIRED", startDate: "2031-03-03" }] });
    await stateWhere(order, (s) => s.lifecycle.survey === "SENT", "the survey to be sent");
    await order.handle.executeUpdate(answerSurveyUpdate, { args: [{ tokenHash: "hash", answers: SURVEY_ANSWERS }] });

    // The survey is over, but the follow-up with the company is still to come.
    await skipTo((await env.currentTimeMs()) + SURVEY_CLOSES_AFTER);
    expect((await order.handle.describe()).status.name).toBe("RUNNING");

    await order.handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: "task-follow-up-ref-1", byUserId: CONSULTANT, note: null }] });
    await order.handle.result();
    expect(order.stubs.count("expireSurvey")).toBe(0);
  });
});

// --- one step at a time ------------------------------------------------------------------------------

/** An activity that takes a moment and counts how many of the tracked ones run at once. */
function concurrency() {
  let now = 0;
  const seen = { max: 0 };
  const track = async <T>(result: T): Promise<T> => {
    seen.max = Math.max(seen.max, ++now);
    await new Promise((resolve) => setTimeout(resolve, 300));
    now -= 1;
    return result;
  };
  return { seen, track };
}

// The SDK wakes every waiter whose condition holds in the same pass: a lock taken after the wait without
// looking again let queued steps start together (acquire() in order.ts, patch oneStepAtATime).
describe("one step at a time", () => {
  it("lifecycle steps and a close queued behind a step run one after another", async () => {
    const { seen, track } = concurrency();
    const order = await startOrder({
      plan: () => ({ tasks: Object.fromEntries(["t1", "t2", "t3"].map((id) => [id, { kind: "SEARCH" as const, open: true, referralId: null }])) }),
      overrides: {
        completeTask: (input) => track({ taskId: input.taskId, kind: "SEARCH" as const, open: false, referralId: null }),
        closeOrder: () => track({ outcome: "NOT_FILLED" as const, referrals: [], tasks: [], hires: 0 }),
      },
    });
    await answered(order);

    const complete = (taskId: string) => order.handle.executeUpdate(completeTaskUpdate, { args: [{ taskId, byUserId: CONSULTANT, note: null }] });
    await Promise.all([complete("t1"), complete("t2"), complete("t3"), close(order)]);

    expect(seen.max).toBe(1);
  });

  it("hand-overs given at once run one after another", async () => {
    const { seen, track } = concurrency();
    const order = await startOrder({ overrides: { reassignOrder: (input) => track({ assigneeId: input.toUserId }) } });
    await awaiting(order);

    await Promise.all(["user-a", "user-b", "user-c"].map((u) => order.handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: u, byUserId: u }] })));

    expect(seen.max).toBe(1);
  });
});

describe("the employer's correction", () => {
  it("a correction before the answer is stored and mailed, and the answer clock does not move", async () => {
    const order = await startOrder();
    const before = await awaiting(order);

    expect(await correct(order)).toEqual({ changed: ["positions"] });

    expect(order.stubs.inputs("correctOrder")).toEqual([expect.objectContaining({ employerEmail: EMPLOYER, values: CORRECTED_VALUES, key: "correction:1" })]);
    await called(order, "sendCorrectionMail");
    expect(order.stubs.inputs("sendCorrectionMail")).toEqual([{ orderId: order.orderId, eventKey: "correction:1" }]);
    expect(await order.state()).toMatchObject({ phase: "AWAITING_ANSWER", dueAt: before.dueAt, warnAt: before.warnAt });
    expect(order.stubs.count("startLifecycle")).toBe(0);
  });

  it("a correction that changes nothing sends no mail", async () => {
    const order = await startOrder({ overrides: { correctOrder: async (input) => ({ changed: [], eventKey: input.key }) } });
    await awaiting(order);

    expect(await correct(order)).toEqual({ changed: [] });
    await settle();
    expect(order.stubs.count("sendCorrectionMail")).toBe(0);
  });

  it("a correction after the answer re-plans the lifecycle, and the order closes at the moved deadline instead", async () => {
    let closesIn = 30 * DAY;
    const order = await startOrder({ plan: (at) => ({ closesAt: new Date(at + closesIn).toISOString() }) });
    const { lifecycle } = await answered(order);
    const first = lifecycle.closesAt!;

    closesIn = 2 * DAY;
    await correct(order);
    const moved = (await stateWhere(order, (s) => s.lifecycle.closesAt !== first, "the close to move")).lifecycle.closesAt!;
    expect(Date.parse(moved)).toBeLessThan(Date.parse(first));
    expect(order.stubs.count("startLifecycle")).toBe(2);

    await skipTo(moved, -MINUTE);
    expect(order.stubs.count("closeOrder")).toBe(0);
    await skipTo(moved);
    await called(order, "closeOrder");
    expect(await stateWhere(order, (s) => s.phase === "CLOSED", "the close")).toMatchObject({ phase: "CLOSED" });
  });

  it("a correction that moves the deadline later keeps the order open past the first deadline", async () => {
    let closesIn = 2 * DAY;
    const order = await startOrder({ plan: (at) => ({ closesAt: new Date(at + closesIn).toISOString() }) });
    const { lifecycle } = await answered(order);
    const first = lifecycle.closesAt!;

    closesIn = 20 * DAY;
    await correct(order);
    const moved = (await stateWhere(order, (s) => s.lifecycle.closesAt !== first, "the close to move")).lifecycle.closesAt!;

    await skipTo(first, HOUR);
    await settle();
    expect(order.stubs.count("closeOrder")).toBe(0);
    await skipTo(moved);
    await called(order, "closeOrder");
  });
});
