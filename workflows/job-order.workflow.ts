// One workflow per job order: it owns the order's process (docs/decisions/002-workflow-owns-order-state.md,
// 007-order-lifecycle.md).
// Start: deadlines from the order's own policy version → an owner → the receipt to the employer.
// Then timers: warning at warnAt, breach at dueAt, escalation to team leads and then managers; any answer
// stops the remaining timers. After the answer the lifecycle: candidates are shortlisted, asked for consent
// and shared with the employer, who gives feedback; a meeting when many are to be hired; the regional
// recruitment service when nobody is referred in time; the close (all filled, by a person, or at the
// deadline) with its outcome; follow-ups after hires; the satisfaction survey. Every person's action
// arrives as an update, so the caller gets the result or a validation error, and the workflow decides
// once, in order, when they race with a timer or with each other.
//
// Deterministic code only: the activities do the I/O, and only their types are imported here.
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  log,
  patched,
  proxyActivities,
  setHandler,
} from "@temporalio/workflow";
import type { UpdateDefinition } from "@temporalio/common";
import type { createActivities } from "./activities";
import type { ReferralChange, TaskChange } from "./lifecycle-activities";
import {
  ANSWER_MAX_LENGTH,
  CLOSE_REASON_MAX_LENGTH,
  MAX_BATCH,
  NOTE_MAX_LENGTH,
  PATCHES,
  REFUSALS,
  answerOrderUpdate,
  answerSurveyUpdate,
  chooseMeetingTimeUpdate,
  closeOrderUpdate,
  completeTaskUpdate,
  employerFeedbackUpdate,
  getStateQuery,
  reassignOrderUpdate,
  reassignTasksUpdate,
  recordConsentUpdate,
  requestConsentUpdate,
  shareWithRegionUpdate,
  shortlistCandidatesUpdate,
  withdrawReferralUpdate,
  type AnswerOrderResult,
  type CloseOrderInput,
  type CloseOrderResult,
  type JobOrderWorkflowInput,
  type JobOrderWorkflowState,
  type ReassignOrderResult,
  type RefusalCode,
  type ReferralStatus,
} from "./definitions";

type Activities = ReturnType<typeof createActivities>;

/** Work nobody waits for (clock, assignment, mails, timers): retried until it succeeds. */
const background = proxyActivities<Activities>({
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "1 second", backoffCoefficient: 2, maximumInterval: "5 minutes" },
});

/** Work a person waits for in an update: a few quick attempts, then the error goes back to them. */
const interactive = proxyActivities<Activities>({
  startToCloseTimeout: "30 seconds",
  retry: { initialInterval: "500 milliseconds", backoffCoefficient: 2, maximumInterval: "5 seconds", maximumAttempts: 4 },
});

/** Which referral statuses each step may start from. */
const REFERRAL_STEPS = {
  requestConsent: ["SHORTLISTED", "CONSENT_DECLINED", "CONSENT_EXPIRED"],
  recordConsent: ["CONSENT_REQUESTED"],
  feedback: ["SHARED", "INVITED"],
  withdraw: ["SHORTLISTED", "CONSENT_REQUESTED", "SHARED", "INVITED"],
} as const satisfies Record<string, readonly ReferralStatus[]>;

const DAY_MS = 86_400_000;
/** The consent reply-by a consultant may set: at least an hour ahead, at most 60 days. */
const REPLY_BY_MIN_MS = 3_600_000;
const REPLY_BY_MAX_MS = 60 * DAY_MS;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function reject(message: string, type: RefusalCode): ApplicationFailure {
  return ApplicationFailure.create({ message, type, nonRetryable: true });
}

/**
 * An update must fail with a Temporal failure (anything else fails the workflow task). A refusal from an
 * activity (a non-retryable ApplicationFailure such as ConsultantNotAllowed) is passed on as it is; an
 * activity that kept failing (database or mail down) becomes "Unavailable": the caller may try again.
 */
function updateFailure(error: unknown): ApplicationFailure {
  if (error instanceof ApplicationFailure) return error;
  if (error instanceof ActivityFailure && error.cause instanceof ApplicationFailure && error.cause.nonRetryable) return error.cause;
  return reject("Ændringen kunne ikke gemmes lige nu. Prøv igen om lidt.", REFUSALS.unavailable);
}

const nowIso = () => new Date(Date.now()).toISOString();

export async function jobOrderWorkflow(input: JobOrderWorkflowInput): Promise<void> {
  const { orderId } = input;
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
  const lc = state.lifecycle;
  // In-progress markers, set synchronously when an update is accepted so a second one is rejected.
  let answering = false;
  let closing = false;
  let reassigning = false;
  let reassignCount = 0;
  // One lifecycle step at a time (updates and timers alike): each sees the state the previous one left.
  let busy = false;
  // A CV has reached the employer at least once: the order has a referral (STAR), the region is not needed.
  let referred = false;
  // A workflow that passed the end of the answer phase before the lifecycle existed waits to be closed;
  // it joins the lifecycle when something new to it happens (docs/decisions/007-order-lifecycle.md).
  let legacyWaiting = false;
  let lateJoin = false;
  // Mails that could not be sent while a person waited: retried in the background before the end.
  const backgroundWork: Array<Promise<void>> = [];
  // Timers of the lifecycle (consent reply-by, feedback, region, close): each ends at the latest at the close.
  const fibers: Array<Promise<void>> = [];

  const started = () => state.phase !== "STARTING";
  const settled = () => state.phase === "ANSWERED" || state.phase === "CLOSED";
  const closed = () => state.phase === "CLOSED";

  /** Sends the answer mail without anyone waiting; sendMailOnce makes a second call harmless. */
  function answerMailInBackground(): void {
    backgroundWork.push(
      background.sendAnswerMail({ orderId }).catch((error: unknown) => {
        log.error("answer mail could not be sent", { orderId, error: String(error) });
      }),
    );
  }

  setHandler(getStateQuery, () => state);

  setHandler(
    answerOrderUpdate,
    async ({ consultantId, text }): Promise<AnswerOrderResult> => {
      answering = true;
      // The answer counts from the moment it was given, even if the order is still starting.
      const answeredAt = new Date(Date.now());
      let result: AnswerOrderResult;
      try {
        await condition(started);
        const onTime = answeredAt.getTime() <= Date.parse(state.dueAt!);
        const recorded = await interactive.recordAnswer({ orderId, consultantId, text: text.trim(), answeredAt: answeredAt.toISOString(), onTime });
        state.phase = "ANSWERED";
        state.answeredAt = recorded.answeredAt;
        state.answeredById = recorded.answeredById;
        state.answeredOnTime = recorded.onTime;
        // An order that waited unanswered past its last escalation under the previous version.
        if (legacyWaiting && patched(PATCHES.lifecycleLateJoin)) lateJoin = true;
        if (recorded.earlierAnswer) {
          answerMailInBackground();
          throw reject("Ordren er allerede besvaret.", REFUSALS.alreadyAnswered);
        }
        result = { answeredAt: recorded.answeredAt, onTime: recorded.onTime };
      } catch (error) {
        throw updateFailure(error);
      } finally {
        answering = false;
      }
      try {
        await interactive.sendAnswerMail({ orderId });
      } catch (error) {
        // The answer is recorded; the employer's mail must still go out, so keep trying without the caller.
        log.warn("answer mail failed; retrying in the background", { orderId, error: String(error) });
        answerMailInBackground();
      }
      return result;
    },
    {
      validator: (update) => {
        if (typeof update?.consultantId !== "string" || update.consultantId === "" || typeof update.text !== "string") {
          throw reject("Ugyldigt svar.", REFUSALS.invalidAnswer);
        }
        const text = update.text.trim();
        if (text === "") throw reject("Skriv et svar til virksomheden.", REFUSALS.invalidAnswer);
        if (text.length > ANSWER_MAX_LENGTH) {
          throw reject(`Svaret må højst være ${ANSWER_MAX_LENGTH} tegn.`, REFUSALS.invalidAnswer);
        }
        if (state.phase === "CLOSED" || closing) throw reject("Ordren er lukket.", REFUSALS.orderClosed);
        if (state.answeredAt !== null) throw reject("Ordren er allerede besvaret.", REFUSALS.alreadyAnswered);
        if (answering) throw reject("En anden er ved at svare på ordren.", REFUSALS.answerInProgress);
      },
    },
  );

  setHandler(
    reassignOrderUpdate,
    async ({ toUserId, byUserId }): Promise<ReassignOrderResult> => {
      reassignCount += 1;
      const n = reassignCount;
      // One hand-over at a time, and not before the start has given the order its first owner.
      await condition(() => started() && !reassigning);
      if (state.phase === "CLOSED") throw reject("Ordren er lukket.", REFUSALS.orderClosed);
      if (toUserId === state.assigneeId) return { assigneeId: toUserId };
      reassigning = true;
      try {
        const result = await interactive.reassignOrder({ orderId, toUserId, byUserId, n, at: nowIso() });
        state.assigneeId = result.assigneeId;
        return result;
      } catch (error) {
        throw updateFailure(error);
      } finally {
        reassigning = false;
      }
    },
    {
      validator: (update) => {
        if (typeof update?.toUserId !== "string" || update.toUserId === "" || typeof update.byUserId !== "string" || update.byUserId === "") {
          throw reject("Ugyldig overdragelse.", REFUSALS.invalidReassign);
        }
        if (state.phase === "CLOSED" || closing) throw reject("Ordren er lukket.", REFUSALS.orderClosed);
        if (update.toUserId === state.assigneeId) throw reject("Ordren er allerede din.", REFUSALS.alreadyAssignee);
      },
    },
  );

  /** Applies what an activity reports of referrals and tasks to the state the validators read. */
  function applyChanges(referrals: ReferralChange[], tasks: TaskChange[]): void {
    for (const r of referrals) {
      const previous = lc.referrals[r.referralId];
      lc.referrals[r.referralId] = {
        status: r.status,
        consentReplyBy: r.consentReplyBy,
        feedbackDueAt: r.feedbackDueAt,
        consentRequests: previous?.consentRequests ?? 0,
      };
    }
    for (const t of tasks) lc.tasks[t.taskId] = { kind: t.kind, open: t.open, referralId: t.referralId };
  }

  setHandler(
    closeOrderUpdate,
    async (input): Promise<CloseOrderResult> => {
      closing = true;
      try {
        // An answer, hand-over or lifecycle step in flight finishes first; the close comes after it.
        await condition(() => started() && !answering && !reassigning && !busy);
        busy = true;
        try {
          const result = await interactive.closeOrder({ orderId, ...closeArgs(input), at: nowIso() });
          return closedWith(result);
        } finally {
          busy = false;
        }
      } catch (error) {
        throw updateFailure(error);
      } finally {
        closing = false;
      }
    },
    {
      validator: (update: CloseOrderInput) => {
        if (state.phase === "CLOSED" || closing) throw reject("Ordren er allerede lukket.", REFUSALS.orderClosed);
        if (typeof update?.reason !== "string" || update.reason.trim().length > CLOSE_REASON_MAX_LENGTH) {
          throw reject(`Skriv en begrundelse på højst ${CLOSE_REASON_MAX_LENGTH} tegn.`, REFUSALS.invalidRequest);
        }
      },
    },
  );

  function closeArgs(input: CloseOrderInput) {
    return {
      byUserId: input.byUserId,
      reason: input.reason.trim(),
      ...(input.byEmployerEmail ? { byEmployerEmail: input.byEmployerEmail } : {}),
      ...(input.cancelled ? { cancelled: true } : {}),
    };
  }

  /** The state after the close activity (a workflow of the previous version got no result from it). */
  function closedWith(result: Awaited<ReturnType<typeof interactive.closeOrder>> | undefined): CloseOrderResult {
    state.phase = "CLOSED";
    if (result) {
      applyChanges(result.referrals, result.tasks);
      lc.outcome = result.outcome;
      lc.hires = result.hires;
    }
    return { outcome: lc.outcome };
  }

  /** A close nobody waits for (all filled, the deadline): holds the lock already. */
  async function closeBySystem(reason: string): Promise<void> {
    closing = true;
    try {
      closedWith(await background.closeOrder({ orderId, byUserId: null, reason, at: nowIso() }));
    } finally {
      closing = false;
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // One step at a time, timers that can be stopped, and the lifecycle's updates.

  async function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    await condition(() => !busy);
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  }

  /** Waits for the instant `at` unless `stop` comes true first. True when the instant came. */
  async function until(at: string, stop: () => boolean): Promise<boolean> {
    const remaining = Date.parse(at) - Date.now();
    if (remaining > 0 && (await condition(stop, remaining))) return false;
    return !stop();
  }

  function spawn(what: string, fn: () => Promise<void>): void {
    fibers.push(
      fn().catch((error: unknown) => {
        log.error(`${what} failed`, { orderId, error: String(error) });
      }),
    );
  }

  /**
   * A person's step in the lifecycle: checked against the state when it arrives (the caller hears at
   * once what is wrong), then run in turn once the lifecycle has begun, and checked again then, since
   * a timer or another person may have moved the order on meanwhile.
   */
  function onLifecycleUpdate<Ret, Arg>(definition: UpdateDefinition<Ret, [Arg]>, check: (arg: Arg) => void, run: (arg: Arg) => Promise<Ret>): void {
    setHandler(
      definition,
      async (arg: Arg): Promise<Ret> => {
        if (legacyWaiting) lateJoin = true;
        await condition(() => lc.started || closed());
        return exclusive(async () => {
          check(arg);
          try {
            return await run(arg);
          } catch (error) {
            throw updateFailure(error);
          }
        });
      },
      { validator: check },
    );
  }

  const invalid = (message: string) => reject(message, REFUSALS.invalidRequest);

  function requireText(value: unknown, what: string): string {
    if (typeof value !== "string" || value.trim() === "") throw invalid(`Mangler ${what}.`);
    return value;
  }

  function requireIds(value: unknown, what: string): string[] {
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== "string" || v === "")) throw invalid(`Vælg mindst én ${what}.`);
    if (value.length > MAX_BATCH) throw invalid(`Højst ${MAX_BATCH} ad gangen.`);
    return value as string[];
  }

  function requireAnswered(): void {
    if (state.answeredAt === null) throw reject("Svar virksomheden, før I går videre med kandidater.", REFUSALS.notAnswered);
  }

  function requireOpen(): void {
    if (closed() || closing) throw reject("Jobordren er afsluttet.", REFUSALS.orderClosed);
  }

  function requireReferral(referralId: unknown, allowed: readonly ReferralStatus[]) {
    const referral = typeof referralId === "string" ? lc.referrals[referralId] : undefined;
    if (!referral) throw reject("Kandidaten findes ikke på denne jobordre.", REFUSALS.referralNotFound);
    if (!allowed.includes(referral.status)) {
      throw reject("Kandidatens status er ændret i mellemtiden. Genindlæs siden.", REFUSALS.referralState);
    }
    return referral;
  }

  function requireOpenTask(taskId: unknown) {
    const task = typeof taskId === "string" ? lc.tasks[taskId] : undefined;
    if (!task || !task.open) throw reject("Opgaven er allerede løst eller findes ikke.", REFUSALS.taskNotFound);
    return task;
  }

  onLifecycleUpdate(
    shortlistCandidatesUpdate,
    (input) => {
      requireAnswered();
      requireOpen();
      requireIds(input?.jobseekerIds, "jobsøger");
      requireText(input.byUserId, "medarbejder");
    },
    async ({ jobseekerIds, byUserId }) => {
      const before = new Set(Object.keys(lc.referrals));
      const changes = await interactive.shortlistCandidates({ orderId, jobseekerIds, byUserId, at: nowIso() });
      applyChanges(changes, []);
      const added = changes.filter((c) => !before.has(c.referralId)).map((c) => c.referralId);
      return { added, alreadyListed: changes.length - added.length };
    },
  );

  onLifecycleUpdate(
    requestConsentUpdate,
    (input) => {
      requireAnswered();
      requireOpen();
      for (const id of requireIds(input?.referralIds, "kandidat")) requireReferral(id, REFERRAL_STEPS.requestConsent);
      requireText(input.byUserId, "medarbejder");
      const replyBy = typeof input.replyBy === "string" ? Date.parse(input.replyBy) : Number.NaN;
      const ahead = replyBy - Date.now();
      if (!Number.isFinite(replyBy) || ahead < REPLY_BY_MIN_MS || ahead > REPLY_BY_MAX_MS) {
        throw invalid("Svarfristen skal ligge mindst en time frem og højst 60 dage frem.");
      }
    },
    async ({ referralIds, byUserId, replyBy }) => {
      const ids = [...new Set(referralIds)];
      const attempts = Object.fromEntries(ids.map((id) => [id, lc.referrals[id]!.consentRequests + 1]));
      const results = await interactive.requestConsent({ orderId, referralIds: ids, byUserId, replyBy, attempts, at: nowIso() });
      for (const r of results) {
        const attempt = attempts[r.referralId]!;
        lc.referrals[r.referralId] = { status: "CONSENT_REQUESTED", consentReplyBy: r.consentReplyBy, feedbackDueAt: null, consentRequests: attempt };
        applyChanges([], [r.task]);
        watchConsent(r.referralId, attempt, r.consentReplyBy);
      }
      return { requested: results.map((r) => r.referralId), withoutEmail: results.filter((r) => !r.mailed).map((r) => r.referralId) };
    },
  );

  onLifecycleUpdate(
    recordConsentUpdate,
    (input) => {
      const referral = requireReferral(input?.referralId, REFERRAL_STEPS.recordConsent);
      requireOpen();
      if (input.answer !== "YES" && input.answer !== "NO") throw invalid("Svar ja eller nej.");
      if (input.via === "LINK") {
        requireText(input.tokenHash, "link");
        if (referral.consentReplyBy && Date.now() > Date.parse(referral.consentReplyBy)) {
          throw reject("Svarfristen er udløbet.", REFUSALS.consentExpired);
        }
      } else if (input.via === "PHONE") {
        requireText(input.byUserId, "medarbejder");
      } else {
        throw invalid("Ukendt måde at give samtykke på.");
      }
    },
    async (input) => {
      const attempt = lc.referrals[input.referralId]!.consentRequests;
      const result = await interactive.recordConsent({
        orderId,
        referralId: input.referralId,
        answer: input.answer,
        via: input.via,
        tokenHash: input.via === "LINK" ? input.tokenHash : null,
        byUserId: input.via === "PHONE" ? input.byUserId : null,
        attempt,
        at: nowIso(),
      });
      applyChanges([result.referral], result.tasks);
      if (result.referred) referred = true;
      if (result.referral.status === "SHARED" && result.referral.feedbackDueAt) watchFeedback(input.referralId, result.referral.feedbackDueAt);
      return { status: result.referral.status };
    },
  );

  onLifecycleUpdate(
    employerFeedbackUpdate,
    (input) => {
      // Allowed after the close too: interviews often end after the application deadline.
      const referral = requireReferral(input?.referralId, REFERRAL_STEPS.feedback);
      requireText(input.employerEmail, "virksomhedens e-mail");
      if (input.outcome === "INVITED") {
        if (referral.status === "INVITED") throw reject("Kandidaten er allerede inviteret til samtale.", REFUSALS.referralState);
      } else if (input.outcome === "HIRED") {
        const date = input.startDate ?? "";
        if (!LOCAL_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw invalid("Skriv den første arbejdsdag som en gyldig dato.");
      } else if (input.outcome === "NOT_RELEVANT") {
        const reason = requireText(input.reason, "en begrundelse");
        if (reason.trim().length > CLOSE_REASON_MAX_LENGTH) throw invalid(`Begrundelsen må højst være ${CLOSE_REASON_MAX_LENGTH} tegn.`);
      } else {
        throw invalid("Vælg, hvordan det gik med kandidaten.");
      }
    },
    async (input) => {
      const result = await interactive.recordEmployerFeedback({
        orderId,
        referralId: input.referralId,
        employerEmail: input.employerEmail,
        outcome: input.outcome,
        startDate: input.outcome === "HIRED" ? input.startDate ?? null : null,
        reason: input.outcome === "NOT_RELEVANT" ? input.reason?.trim() ?? null : null,
        at: nowIso(),
      });
      applyChanges([result.referral], result.tasks);
      lc.hires = result.hires;
      if (result.outcome) lc.outcome = result.outcome;
      return { status: result.referral.status };
    },
  );

  onLifecycleUpdate(
    withdrawReferralUpdate,
    (input) => {
      requireReferral(input?.referralId, REFERRAL_STEPS.withdraw);
      requireText(input.byUserId, "medarbejder");
      const reason = requireText(input.reason, "en begrundelse");
      if (reason.trim().length > CLOSE_REASON_MAX_LENGTH) throw invalid(`Begrundelsen må højst være ${CLOSE_REASON_MAX_LENGTH} tegn.`);
    },
    async ({ referralId, byUserId, reason }) => {
      const result = await interactive.withdrawReferral({ orderId, referralId, byUserId, reason: reason.trim(), at: nowIso() });
      applyChanges([result.referral], result.tasks);
      return { status: result.referral.status };
    },
  );

  onLifecycleUpdate(
    shareWithRegionUpdate,
    (input) => {
      requireAnswered();
      requireOpen();
      requireText(input?.byUserId, "medarbejder");
      if (lc.sharedWithRegionAt) throw reject("Jobordren er allerede sendt til den regionale rekrutteringsservice.", REFUSALS.alreadyShared);
    },
    async ({ byUserId }) => {
      const shared = await interactive.shareWithRegion({ orderId, byUserId, at: nowIso() });
      lc.sharedWithRegionAt = shared.sharedWithRegionAt;
      if (shared.task) applyChanges([], [shared.task]);
    },
  );

  onLifecycleUpdate(
    chooseMeetingTimeUpdate,
    (input) => {
      requireOpen();
      requireText(input?.employerEmail, "virksomhedens e-mail");
      const meeting = lc.meeting;
      if (!meeting) throw reject("Der er ikke tilbudt et møde på denne jobordre.", REFUSALS.noMeeting);
      if (meeting.scheduledFor) throw reject("Mødet er allerede aftalt. Ring til os, hvis tidspunktet skal flyttes.", REFUSALS.meetingBooked);
      const at = typeof input.at === "string" ? Date.parse(input.at) : Number.NaN;
      if (!meeting.options.some((o) => Date.parse(o) === at)) throw invalid("Vælg et af de tilbudte tidspunkter.");
      if (at <= Date.now()) throw invalid("Tidspunktet er passeret. Vælg et senere, eller ring til os.");
    },
    async ({ at, employerEmail }) => {
      const booked = await interactive.bookMeeting({ orderId, employerEmail, scheduledFor: at, at: nowIso() });
      if (lc.meeting) lc.meeting.scheduledFor = booked.scheduledFor;
    },
  );

  onLifecycleUpdate(
    completeTaskUpdate,
    (input) => {
      const task = requireOpenTask(input?.taskId);
      if (task.kind === "ANSWER") throw reject("Opgaven løses ved at svare virksomheden.", REFUSALS.taskIsAnswer);
      requireText(input.byUserId, "medarbejder");
      if (input.note !== null && (typeof input.note !== "string" || input.note.length > NOTE_MAX_LENGTH)) {
        throw invalid(`Noten må højst være ${NOTE_MAX_LENGTH} tegn.`);
      }
    },
    async ({ taskId, byUserId, note }) => {
      const change = await interactive.completeTask({ orderId, taskId, byUserId, note: note?.trim() || null, at: nowIso() });
      applyChanges([], [change]);
      if (change.kind === "MEETING" && lc.meeting) lc.meeting.held = true;
    },
  );

  // The answer task is the order's ownership: it moves with reassignOrder. These are the lifecycle's tasks.
  onLifecycleUpdate(
    reassignTasksUpdate,
    (input) => {
      for (const id of requireIds(input?.taskIds, "opgave")) {
        if (requireOpenTask(id).kind === "ANSWER") throw reject("Svaropgaven følger jobordren: overdrag jobordren.", REFUSALS.taskIsAnswer);
      }
      requireText(input.toUserId, "kollega");
      requireText(input.byUserId, "medarbejder");
    },
    async ({ taskIds, toUserId, byUserId }) => {
      const reassigned = await interactive.reassignTasks({ orderId, taskIds: [...new Set(taskIds)], toUserId, byUserId });
      return { reassigned };
    },
  );

  onLifecycleUpdate(
    answerSurveyUpdate,
    (input) => {
      if (lc.survey !== "SENT" && lc.survey !== "REMINDED") throw reject("Undersøgelsen er besvaret eller lukket.", REFUSALS.surveyClosed);
      requireText(input?.tokenHash, "link");
      const a = input.answers;
      const score = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5;
      if (!a || !score(a.serviceScore) || !score(a.communicationScore) || !score(a.informedScore) || typeof a.wouldRecommend !== "boolean") {
        throw invalid("Besvar alle spørgsmål.");
      }
      if (a.comment !== null && (typeof a.comment !== "string" || a.comment.length > NOTE_MAX_LENGTH)) throw invalid(`Kommentaren må højst være ${NOTE_MAX_LENGTH} tegn.`);
    },
    async ({ tokenHash, answers }) => {
      await interactive.recordSurveyAnswer({ orderId, tokenHash, answers: { ...answers, comment: answers.comment?.trim() || null }, at: nowIso() });
      lc.survey = "ANSWERED";
    },
  );

  /**
   * Waits until the instant `at`. False if the order was answered or closed first. When the instant comes
   * while an answer or close is being recorded, that one decides first: an answer given before the
   * deadline stops the timer even if recording it takes a moment.
   */
  async function reached(at: string): Promise<boolean> {
    const target = Date.parse(at);
    for (;;) {
      if (settled()) return false;
      const remaining = target - Date.now();
      if (remaining > 0) {
        await condition(settled, remaining);
        continue;
      }
      await condition(() => !answering && !closing);
      return !settled();
    }
  }

  // Start: the clock, an owner, the receipt.
  const clock = await background.startOrderClock({ orderId });
  state.warnAt = clock.warnAt;
  state.dueAt = clock.dueAt;
  state.escalateTeamLeadAt = clock.escalateTeamLeadAt;
  state.escalateManagerAt = clock.escalateManagerAt;
  const assignment = await background.assignOrder({ orderId, at: nowIso() });
  state.assigneeId = assignment.assigneeId;
  await background.sendReceipt({ orderId, at: nowIso() });
  state.phase = "AWAITING_ANSWER";

  // Wait for an answer, with the deadline's timers.
  const steps: Array<{ at: string; run: () => Promise<void> }> = [
    {
      at: clock.warnAt,
      run: async () => {
        await background.notifyWarning({ orderId, assigneeId: state.assigneeId, at: nowIso() });
        state.warned = true;
      },
    },
    {
      at: clock.dueAt,
      run: async () => {
        await background.recordBreach({ orderId, at: clock.dueAt });
        state.breached = true;
      },
    },
    {
      at: clock.escalateTeamLeadAt,
      run: async () => {
        await background.escalate({ orderId, level: 1, at: nowIso() });
        state.escalationLevel = 1;
      },
    },
    {
      at: clock.escalateManagerAt,
      run: async () => {
        await background.escalate({ orderId, level: 2, at: nowIso() });
        state.escalationLevel = 2;
      },
    },
  ];
  for (const step of steps) {
    if (!(await reached(step.at))) break;
    await step.run();
  }

  if (patched(PATCHES.lifecycle)) {
    await lifecycle();
  } else {
    // Replaying a workflow that reached this point under the previous version (answered, or escalated to
    // the manager): it waited to be closed, and still does, unless something new to it happens.
    legacyWaiting = true;
    await condition(() => closed() || lateJoin);
    legacyWaiting = false;
    if (lateJoin) await lifecycle();
    else if (patched(PATCHES.lifecycleLateJoin)) await afterClose();
  }
  while (fibers.length > 0) await Promise.all(fibers.splice(0));
  await Promise.all(backgroundWork);
  await condition(allHandlersFinished);

  // ---------------------------------------------------------------------------------------------------
  // The lifecycle after the answer.

  async function lifecycle(): Promise<void> {
    await condition(() => state.answeredAt !== null || closed());
    if (!closed()) {
      const plan = await exclusive(() => background.startLifecycle({ orderId, at: nowIso() }));
      lc.positions = plan.positions;
      lc.referralDueAt = plan.referralDueAt;
      lc.closesAt = plan.closesAt;
      lc.sharedWithRegionAt = plan.sharedWithRegionAt;
      lc.meeting = plan.meeting;
      lc.referrals = plan.referrals;
      lc.tasks = plan.tasks;
      lc.hires = plan.hires;
      referred = plan.referred;
      lc.started = true;
      // A workflow joining late may find referrals waiting for an answer or for feedback.
      for (const [id, r] of Object.entries(lc.referrals)) {
        if (r.status === "CONSENT_REQUESTED" && r.consentReplyBy) watchConsent(id, r.consentRequests, r.consentReplyBy);
        if (r.status === "SHARED" && r.feedbackDueAt) watchFeedback(id, r.feedbackDueAt);
      }
      spawn("regional escalation", watchReferralPromise);
      spawn("close at the deadline", watchClosesAt);
      // All positions filled: the order closes by itself.
      for (;;) {
        await condition(() => closed() || (lc.positions > 0 && lc.hires >= lc.positions));
        if (closed()) break;
        await exclusive(async () => {
          if (!closed() && !closing) await closeBySystem("Alle stillinger er besat.");
        });
      }
    }
    lc.started = true;
    await afterClose();
  }

  /** The survey with one reminder, then the follow-ups with the company after hires. */
  async function afterClose(): Promise<void> {
    const answered = () => lc.survey === "ANSWERED";
    const survey = await exclusive(() => background.sendSurvey({ orderId, at: nowIso() }));
    if (!answered()) lc.survey = "SENT";
    if (await until(survey.remindAt, answered)) {
      await exclusive(async () => {
        if (answered()) return;
        await background.remindSurvey({ orderId, at: nowIso() });
        lc.survey = "REMINDED";
      });
      if (await until(survey.closesAt, answered)) {
        await exclusive(async () => {
          if (answered()) return;
          await background.expireSurvey({ orderId, at: nowIso() });
          lc.survey = "EXPIRED";
        });
      }
    }
    // A follow-up comes weeks after a start date: the order's process ends when they are done.
    await condition(() => !Object.values(lc.tasks).some((t) => t.open && t.kind === "FOLLOW_UP"));
  }

  /** No candidate referred by the promise: the regional recruitment service takes part. */
  async function watchReferralPromise(): Promise<void> {
    const due = lc.referralDueAt;
    const done = () => closed() || referred || lc.sharedWithRegionAt !== null;
    if (!due || !(await until(due, done))) return;
    await exclusive(async () => {
      if (done() || closing) return;
      const shared = await background.shareWithRegion({ orderId, byUserId: null, at: nowIso() });
      lc.sharedWithRegionAt = shared.sharedWithRegionAt;
      if (shared.task) applyChanges([], [shared.task]);
    });
  }

  async function watchClosesAt(): Promise<void> {
    const at = lc.closesAt;
    if (!at || !(await until(at, closed))) return;
    await exclusive(async () => {
      if (!closed() && !closing) await closeBySystem("Jobordrens frist er udløbet.");
    });
  }

  /** The reply-by of consent request number `attempt`: no answer counts as no. */
  function watchConsent(referralId: string, attempt: number, replyBy: string): void {
    const answeredOrChanged = () => lc.referrals[referralId]?.status !== "CONSENT_REQUESTED" || lc.referrals[referralId]?.consentRequests !== attempt;
    spawn("consent reply-by", async () => {
      if (!(await until(replyBy, answeredOrChanged))) return;
      await exclusive(async () => {
        if (answeredOrChanged()) return;
        const result = await background.expireConsent({ orderId, referralId, attempt, at: nowIso() });
        applyChanges([result.referral], result.tasks);
      });
    });
  }

  /** The employer's feedback on a shared candidate is due: one reminder if it has not come. */
  function watchFeedback(referralId: string, dueAt: string): void {
    const given = () => closed() || lc.referrals[referralId]?.status !== "SHARED";
    spawn("feedback reminder", async () => {
      if (!(await until(dueAt, given))) return;
      await exclusive(async () => {
        if (!given()) await background.remindEmployerFeedback({ orderId, referralId, at: nowIso() });
      });
    });
  }
}
