// The close: by a consultant or the employer (an update), by itself when every position is filled, or at
// the order's deadline. The close activity works out the outcome (filled, partly, not, cancelled).
import { condition, setHandler } from "@temporalio/workflow";
import { CLOSE_REASON_MAX_LENGTH } from "../../app/domain/job-order/limits";
import { closeOrderUpdate, REFUSALS, type CloseOrderInput, type CloseOrderResult } from "./definitions";
import { reject, updateFailure } from "./checks";
import { acquire, applyChanges, background, closed, exclusive, interactive, nowIso, spawn, started, until, type Order } from "./order";

export function handleClose(order: Order): void {
  setHandler(
    closeOrderUpdate,
    async (input): Promise<CloseOrderResult> => {
      order.closing = true;
      try {
        // An answer, hand-over or lifecycle step in flight finishes first; the close comes after it.
        await acquire(
          () => started(order) && !order.answering && !order.reassigning && !order.busy,
          () => {
            order.busy = true;
          },
        );
        try {
          const result = await interactive.closeOrder({ orderId: order.orderId, ...closeArgs(input), at: nowIso() });
          return closedWith(order, result);
        } finally {
          order.busy = false;
        }
      } catch (error) {
        throw updateFailure(error);
      } finally {
        order.closing = false;
      }
    },
    {
      validator: (update: CloseOrderInput) => {
        if (order.state.phase === "CLOSED" || order.closing) throw reject("Ordren er allerede lukket.", REFUSALS.orderClosed);
        if (typeof update?.reason !== "string" || update.reason.trim().length > CLOSE_REASON_MAX_LENGTH) {
          throw reject(`Skriv en begrundelse på højst ${CLOSE_REASON_MAX_LENGTH} tegn.`, REFUSALS.invalidRequest);
        }
      },
    },
  );
}

function closeArgs(input: CloseOrderInput) {
  return {
    byUserId: input.byUserId,
    reason: input.reason.trim(),
    ...(input.byEmployerEmail ? { byEmployerEmail: input.byEmployerEmail } : {}),
    ...(input.cancelled ? { cancelled: true } : {}),
  };
}

/** The state after the close activity (a workflow of the previous version got no result from it). */
function closedWith(order: Order, result: Awaited<ReturnType<typeof interactive.closeOrder>> | undefined): CloseOrderResult {
  order.state.phase = "CLOSED";
  if (result) {
    applyChanges(order, result.referrals, result.tasks);
    order.lc.outcome = result.outcome;
    order.lc.hires = result.hires;
  }
  return { outcome: order.lc.outcome };
}

/** A close nobody waits for (all filled, the deadline): the caller holds the lock already. */
async function closeBySystem(order: Order, reason: string): Promise<void> {
  order.closing = true;
  try {
    closedWith(order, await background.closeOrder({ orderId: order.orderId, byUserId: null, reason, at: nowIso() }));
  } finally {
    order.closing = false;
  }
}

/** The order's deadline (closesAt): it closes by itself then. A correction that moves it restarts the wait. */
export function watchClosesAt(order: Order): void {
  spawn(order, "close at the deadline", async () => {
    for (;;) {
      const at = order.lc.closesAt;
      if (!at) return;
      const moved = () => order.lc.closesAt !== at;
      if (!(await until(at, () => closed(order) || moved()))) {
        if (!closed(order) && moved()) continue;
        return;
      }
      await exclusive(order, async () => {
        if (!closed(order) && !order.closing && !moved()) await closeBySystem(order, "Jobordrens frist er udløbet.");
      });
      if (closed(order) || !moved()) return;
    }
  });
}

/** All positions filled: the order closes by itself. Returns once the order is closed, however. */
export async function closeWhenFilled(order: Order): Promise<void> {
  const { lc } = order;
  for (;;) {
    await condition(() => closed(order) || (lc.positions > 0 && lc.hires >= lc.positions));
    if (closed(order)) break;
    await exclusive(order, async () => {
      if (!closed(order) && !order.closing) await closeBySystem(order, "Alle stillinger er besat.");
    });
  }
}
