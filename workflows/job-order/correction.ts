// The employer corrects an open order (Mine jobordrer): the new values are stored with what they replaced,
// the order's owner is told by mail, and once the lifecycle runs its plan follows the order: a new
// application deadline moves the close (watchClosesAt waits for the new instant), fewer positions can fill
// the order, more than the meeting threshold offers the meeting. The answer's clock is the one promised at
// receipt and does not move.
import { log, setHandler } from "@temporalio/workflow";
import { CORRECTABLE_FIELDS, isCorrectionValues } from "../../app/domain/job-order/correction";
import { correctOrderUpdate, type CorrectOrderInput, type CorrectOrderResult } from "./definitions";
import { invalid, requireOpen, requireText, updateFailure } from "./checks";
import { acquire, background, closed, interactive, nowIso, started, type Order } from "./order";

function check(order: Order, input: CorrectOrderInput): void {
  requireOpen(order);
  requireText(input?.employerEmail, "virksomhedens e-mail");
  if (!isCorrectionValues(input.values)) throw invalid(`En rettelse har alle felterne ${CORRECTABLE_FIELDS.join(", ")}.`);
}

export function handleCorrection(order: Order): void {
  setHandler(
    correctOrderUpdate,
    async (input): Promise<CorrectOrderResult> => {
      // After an answer, hand-over or lifecycle step in flight, so each sees the order the other left.
      await acquire(
        () => started(order) && !order.answering && !order.reassigning && !order.busy,
        () => {
          order.busy = true;
        },
      );
      try {
        check(order, input);
        order.correctionCount += 1;
        const { changed, eventKey } = await interactive.correctOrder({
          orderId: order.orderId,
          employerEmail: input.employerEmail,
          values: input.values,
          key: `correction:${order.correctionCount}`,
          at: nowIso(),
        });
        if (changed.length === 0) return { changed };
        if (order.lc.started && !closed(order)) await replan(order);
        order.backgroundWork.push(
          background.sendCorrectionMail({ orderId: order.orderId, eventKey }).catch((error: unknown) => {
            log.error("correction mail could not be sent", { orderId: order.orderId, error: String(error) });
          }),
        );
        return { changed };
      } catch (error) {
        throw updateFailure(error);
      } finally {
        order.busy = false;
      }
    },
    { validator: (input) => check(order, input) },
  );
}

/** The lifecycle's plan from the corrected order (startLifecycle keeps what is already planned). */
async function replan(order: Order): Promise<void> {
  const plan = await background.startLifecycle({ orderId: order.orderId, at: nowIso() });
  const { lc } = order;
  lc.positions = plan.positions;
  lc.closesAt = plan.closesAt;
  lc.meeting = plan.meeting;
  lc.tasks = plan.tasks;
}
