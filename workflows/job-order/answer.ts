// The answer promise: the clock from the order's own policy version, an owner and the receipt; then the
// warning, the breach and the escalations to team leads and managers until someone answers. Any answer
// stops the remaining timers; an answer given before the deadline counts as on time even while it is
// still being recorded.
import { condition, log, patched, setHandler } from "@temporalio/workflow";
import { ANSWER_MAX_LENGTH } from "../../app/domain/job-order/limits";
import { answerOrderUpdate, PATCHES, REFUSALS, type AnswerOrderResult } from "./definitions";
import { reject, updateFailure } from "./checks";
import { joinLateOnAnswer } from "./legacy";
import { background, interactive, local, nowIso, settled, started, type Order } from "./order";

/** Sends the answer mail without anyone waiting; sendMailOnce makes a second call harmless. */
function answerMailInBackground(order: Order): void {
  order.backgroundWork.push(
    background.sendAnswerMail({ orderId: order.orderId }).catch((error: unknown) => {
      log.error("answer mail could not be sent", { orderId: order.orderId, error: String(error) });
    }),
  );
}

export function handleAnswer(order: Order): void {
  const { orderId, state } = order;
  setHandler(
    answerOrderUpdate,
    async ({ consultantId, text }): Promise<AnswerOrderResult> => {
      order.answering = true;
      // The answer counts from the moment it was given, even if the order is still starting.
      const answeredAt = new Date(Date.now());
      let result: AnswerOrderResult;
      try {
        await condition(() => started(order));
        const onTime = answeredAt.getTime() <= Date.parse(state.dueAt!);
        const recorded = await interactive.recordAnswer({ orderId, consultantId, text: text.trim(), answeredAt: answeredAt.toISOString(), onTime });
        state.phase = "ANSWERED";
        state.answeredAt = recorded.answeredAt;
        state.answeredById = recorded.answeredById;
        state.answeredOnTime = recorded.onTime;
        joinLateOnAnswer(order);
        if (recorded.earlierAnswer) {
          answerMailInBackground(order);
          throw reject("Ordren er allerede besvaret.", REFUSALS.alreadyAnswered);
        }
        result = { answeredAt: recorded.answeredAt, onTime: recorded.onTime };
      } catch (error) {
        throw updateFailure(error);
      } finally {
        order.answering = false;
      }
      try {
        await interactive.sendAnswerMail({ orderId });
      } catch (error) {
        // The answer is recorded; the employer's mail must still go out, so keep trying without the caller.
        log.warn("answer mail failed; retrying in the background", { orderId, error: String(error) });
        answerMailInBackground(order);
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
        if (state.phase === "CLOSED" || order.closing) throw reject("Ordren er lukket.", REFUSALS.orderClosed);
        if (state.answeredAt !== null) throw reject("Ordren er allerede besvaret.", REFUSALS.alreadyAnswered);
        if (order.answering) throw reject("En anden er ved at svare på ordren.", REFUSALS.answerInProgress);
      },
    },
  );
}

/** Start: the clock, an owner, the receipt. */
export async function startAnswerClock(order: Order) {
  const { orderId, state } = order;
  const steps = patched(PATCHES.localIntake) ? local : background;
  const clock = await steps.startOrderClock({ orderId });
  state.warnAt = clock.warnAt;
  state.dueAt = clock.dueAt;
  state.escalateTeamLeadAt = clock.escalateTeamLeadAt;
  state.escalateManagerAt = clock.escalateManagerAt;
  const assignment = await steps.assignOrder({ orderId, at: nowIso() });
  state.assigneeId = assignment.assigneeId;
  await steps.sendReceipt({ orderId, at: nowIso() });
  state.phase = "AWAITING_ANSWER";
  return clock;
}

/**
 * Waits until the instant `at`. False if the order was answered or closed first. When the instant comes
 * while an answer or close is being recorded, that one decides first.
 */
async function reached(order: Order, at: string): Promise<boolean> {
  const target = Date.parse(at);
  for (;;) {
    if (settled(order)) return false;
    const remaining = target - Date.now();
    if (remaining > 0) {
      await condition(() => settled(order), remaining);
      continue;
    }
    await condition(() => !order.answering && !order.closing);
    return !settled(order);
  }
}

/** The deadline's timers, each in turn, until the answer (or the close) comes. */
export async function awaitAnswer(order: Order, clock: Awaited<ReturnType<typeof startAnswerClock>>): Promise<void> {
  const { orderId, state } = order;
  // When many deadlines fall at once (a campaign's orders), each one's mails go out in the workflow task
  // its timer wakes, instead of queueing as activity tasks behind the others' (docs/benchmarks.md, "Timers").
  const deadline = patched(PATCHES.localDeadlines) ? local : background;
  const steps: Array<{ at: string; run: () => Promise<void> }> = [
    {
      at: clock.warnAt,
      run: async () => {
        await deadline.notifyWarning({ orderId, assigneeId: state.assigneeId, at: nowIso() });
        state.warned = true;
      },
    },
    {
      at: clock.dueAt,
      run: async () => {
        await deadline.recordBreach({ orderId, at: clock.dueAt });
        state.breached = true;
      },
    },
    {
      at: clock.escalateTeamLeadAt,
      run: async () => {
        await deadline.escalate({ orderId, level: 1, at: nowIso() });
        state.escalationLevel = 1;
      },
    },
    {
      at: clock.escalateManagerAt,
      run: async () => {
        await deadline.escalate({ orderId, level: 2, at: nowIso() });
        state.escalationLevel = 2;
      },
    },
  ];
  for (const step of steps) {
    if (!(await reached(order, step.at))) break;
    await step.run();
  }
}
