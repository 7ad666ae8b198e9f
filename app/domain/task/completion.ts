// Who may finish which task by hand. The staff order page shows the button from this rule and the
// completeTask activity refuses by it. Browser-safe.
import type { TaskKind } from "@prisma/client";

/** Tasks done by a person; the answer task is done by answering, the others end by themselves. */
export const COMPLETABLE_TASK_KINDS: readonly TaskKind[] = ["SEARCH", "CONSENT_FOLLOW_UP", "MEETING", "REGIONAL_RECRUITMENT", "FOLLOW_UP"];

export function isCompletableKind(kind: TaskKind): boolean {
  return COMPLETABLE_TASK_KINDS.includes(kind);
}

/**
 * Whether a staff member of `userJobcentreId` may finish the task: the order's own jobcentre may; once
 * the order is shared with the region, a partner jobcentre finishes the region's task and the tasks that
 * are theirs (a consent they asked for); the company's meeting and follow-ups stay with the order's own.
 */
export function mayFinishTask(
  task: { regionId: string | null; assigneeId: string | null },
  user: { id: string; jobcentreId: string },
  order: { jobcentreId: string },
): boolean {
  return user.jobcentreId === order.jobcentreId || task.regionId !== null || task.assigneeId === user.id;
}
