// One workflow per job order: it owns the order's process (docs/decisions/002-workflow-owns-order-state.md).
// Start: deadlines from the order's own policy version → an owner → the receipt to the employer.
// Then timers: warning at warnAt, breach at dueAt, escalation to team leads and then managers; any answer
// stops the remaining timers. Answers, hand-overs and closing arrive as updates, so the caller gets the
// result or a validation error, and the workflow decides once, in order, when they race with a timer or
// with each other.
//
// Deterministic code only: the activities do the I/O, and only their types are imported here.
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  log,
  proxyActivities,
  setHandler,
} from "@temporalio/workflow";
import type { createActivities } from "./activities";
import {
  ANSWER_MAX_LENGTH,
  answerOrderUpdate,
  closeOrderUpdate,
  getStateQuery,
  reassignOrderUpdate,
  type AnswerOrderResult,
  type CloseOrderInput,
  type JobOrderWorkflowInput,
  type JobOrderWorkflowState,
  type ReassignOrderResult,
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

/** Failure types of the updates' validators, for the web app to map to messages. */
export const JOB_ORDER_REJECTIONS = {
  invalidAnswer: "InvalidAnswer",
  orderClosed: "OrderClosed",
  answerInProgress: "AnswerInProgress",
  alreadyAnswered: "AlreadyAnswered",
  alreadyAssignee: "AlreadyAssignee",
  invalidReassign: "InvalidReassign",
  unavailable: "Unavailable",
} as const;

function reject(message: string, type: string): ApplicationFailure {
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
  return reject("Ændringen kunne ikke gemmes lige nu. Prøv igen om lidt.", JOB_ORDER_REJECTIONS.unavailable);
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
  };
  // In-progress markers, set synchronously when an update is accepted so a second one is rejected.
  let answering = false;
  let closing = false;
  let reassigning = false;
  let reassignCount = 0;
  // Mails that could not be sent while a person waited: retried in the background before the end.
  const backgroundWork: Array<Promise<void>> = [];

  const started = () => state.phase !== "STARTING";
  const settled = () => state.phase === "ANSWERED" || state.phase === "CLOSED";

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
        if (recorded.earlierAnswer) {
          answerMailInBackground();
          throw reject("Ordren er allerede besvaret.", JOB_ORDER_REJECTIONS.alreadyAnswered);
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
          throw reject("Ugyldigt svar.", JOB_ORDER_REJECTIONS.invalidAnswer);
        }
        const text = update.text.trim();
        if (text === "") throw reject("Skriv et svar til virksomheden.", JOB_ORDER_REJECTIONS.invalidAnswer);
        if (text.length > ANSWER_MAX_LENGTH) {
          throw reject(`Svaret må højst være ${ANSWER_MAX_LENGTH} tegn.`, JOB_ORDER_REJECTIONS.invalidAnswer);
        }
        if (state.phase === "CLOSED" || closing) throw reject("Ordren er lukket.", JOB_ORDER_REJECTIONS.orderClosed);
        if (state.answeredAt !== null) throw reject("Ordren er allerede besvaret.", JOB_ORDER_REJECTIONS.alreadyAnswered);
        if (answering) throw reject("En anden er ved at svare på ordren.", JOB_ORDER_REJECTIONS.answerInProgress);
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
      if (state.phase === "CLOSED") throw reject("Ordren er lukket.", JOB_ORDER_REJECTIONS.orderClosed);
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
          throw reject("Ugyldig overdragelse.", JOB_ORDER_REJECTIONS.invalidReassign);
        }
        if (state.phase === "CLOSED" || closing) throw reject("Ordren er lukket.", JOB_ORDER_REJECTIONS.orderClosed);
        if (update.toUserId === state.assigneeId) throw reject("Ordren er allerede din.", JOB_ORDER_REJECTIONS.alreadyAssignee);
      },
    },
  );

  setHandler(
    closeOrderUpdate,
    async ({ byUserId, reason }): Promise<void> => {
      closing = true;
      try {
        // An answer or hand-over in flight finishes first; the close comes after it in the history.
        await condition(() => started() && !answering && !reassigning);
        await interactive.closeOrder({ orderId, byUserId, reason, at: nowIso() });
        state.phase = "CLOSED";
      } catch (error) {
        throw updateFailure(error);
      } finally {
        closing = false;
      }
    },
    {
      validator: (_update: CloseOrderInput) => {
        if (state.phase === "CLOSED" || closing) throw reject("Ordren er allerede lukket.", JOB_ORDER_REJECTIONS.orderClosed);
      },
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

  // Answered (or not): the order stays open until it is closed.
  await condition(() => state.phase === "CLOSED");
  await Promise.all(backgroundWork);
  await condition(allHandlersFinished);
}
