// Who does the work: the order's owner (the answer task moves with the order), the lifecycle's tasks
// finished or handed to a colleague.
import { setHandler } from "@temporalio/workflow";
import { NOTE_MAX_LENGTH } from "../../app/domain/job-order/limits";
import { completeTaskUpdate, reassignOrderUpdate, reassignTasksUpdate, REFUSALS, type ReassignOrderResult } from "./definitions";
import { invalid, onLifecycleUpdate, reject, requireIds, requireOpenTask, requireText, updateFailure } from "./checks";
import { acquire, applyChanges, interactive, nowIso, started, type Order } from "./order";

export function handleTasks(order: Order): void {
  const { orderId, state, lc } = order;

  setHandler(
    reassignOrderUpdate,
    async ({ toUserId, byUserId }): Promise<ReassignOrderResult> => {
      order.reassignCount += 1;
      const n = order.reassignCount;
      // One hand-over at a time, and not before the start has given the order its first owner.
      await acquire(
        () => started(order) && !order.reassigning,
        () => {
          order.reassigning = true;
        },
      );
      try {
        if (state.phase === "CLOSED") throw reject("Ordren er lukket.", REFUSALS.orderClosed);
        if (toUserId === state.assigneeId) return { assigneeId: toUserId };
        const result = await interactive.reassignOrder({ orderId, toUserId, byUserId, n, at: nowIso() });
        state.assigneeId = result.assigneeId;
        return result;
      } catch (error) {
        throw updateFailure(error);
      } finally {
        order.reassigning = false;
      }
    },
    {
      validator: (update) => {
        if (typeof update?.toUserId !== "string" || update.toUserId === "" || typeof update.byUserId !== "string" || update.byUserId === "") {
          throw reject("Ugyldig overdragelse.", REFUSALS.invalidReassign);
        }
        if (state.phase === "CLOSED" || order.closing) throw reject("Ordren er lukket.", REFUSALS.orderClosed);
        if (update.toUserId === state.assigneeId) throw reject("Ordren er allerede din.", REFUSALS.alreadyAssignee);
      },
    },
  );

  onLifecycleUpdate(
    order,
    completeTaskUpdate,
    (input) => {
      const task = requireOpenTask(order, input?.taskId);
      if (task.kind === "ANSWER") throw reject("Opgaven løses ved at svare virksomheden.", REFUSALS.taskIsAnswer);
      requireText(input.byUserId, "medarbejder");
      if (input.note !== null && (typeof input.note !== "string" || input.note.length > NOTE_MAX_LENGTH)) {
        throw invalid(`Noten må højst være ${NOTE_MAX_LENGTH} tegn.`);
      }
    },
    async ({ taskId, byUserId, note }) => {
      const change = await interactive.completeTask({ orderId, taskId, byUserId, note: note?.trim() || null, at: nowIso() });
      applyChanges(order, [], [change]);
      if (change.kind === "MEETING" && lc.meeting) lc.meeting.held = true;
    },
  );

  // The answer task is the order's ownership: it moves with reassignOrder. These are the lifecycle's tasks.
  onLifecycleUpdate(
    order,
    reassignTasksUpdate,
    (input) => {
      for (const id of requireIds(input?.taskIds, "opgave")) {
        if (requireOpenTask(order, id).kind === "ANSWER") throw reject("Svaropgaven følger jobordren: overdrag jobordren.", REFUSALS.taskIsAnswer);
      }
      requireText(input.toUserId, "kollega");
      requireText(input.byUserId, "medarbejder");
    },
    async ({ taskIds, toUserId, byUserId }) => {
      const reassigned = await interactive.reassignTasks({ orderId, taskIds: [...new Set(taskIds)], toUserId, byUserId });
      return { reassigned };
    },
  );
}
