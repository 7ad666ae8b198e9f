// Every change after the answer goes to the order's workflow as a Temporal update (referrals, consent,
// feedback, meeting, region, tasks, close, survey); the workflow decides and its activities write. Each
// function here names one step and sends it through sendOrderUpdate (app/models/job-order/updates.server.ts).
import { randomUUID } from "node:crypto";
import type { PrismaClient, User } from "@prisma/client";
import {
  answerSurveyUpdate,
  chooseMeetingTimeUpdate,
  closeOrderUpdate,
  completeTaskUpdate,
  correctOrderUpdate,
  employerFeedbackUpdate,
  reassignOrderUpdate,
  reassignTasksUpdate,
  sendMessageUpdate,
  recordConsentUpdate,
  requestConsentUpdate,
  shareWithRegionUpdate,
  shortlistCandidatesUpdate,
  withdrawReferralUpdate,
  type EmployerFeedbackInput,
  type CorrectOrderInput,
  type SurveyAnswers,
} from "../../../workflows/job-order/definitions";
import { sendOrderUpdate, type UpdateFailureCode } from "~/models/job-order/updates.server";
import { getPrisma } from "~/utils/db.server";

type Order = { id: string; workflowId: string };
type Staff = Pick<User, "id">;

export function shortlistCandidates(order: Order, user: Staff, jobseekerIds: string[], updateKey: string) {
  return sendOrderUpdate(order, shortlistCandidatesUpdate, { jobseekerIds, byUserId: user.id }, `shortlist-${updateKey}`);
}

export function requestConsent(order: Order, user: Staff, referralIds: string[], replyBy: Date, updateKey: string) {
  return sendOrderUpdate(order, requestConsentUpdate, { referralIds, byUserId: user.id, replyBy: replyBy.toISOString() }, `consent-request-${updateKey}`);
}

/** The jobseeker told a consultant (by phone or in person). */
export function recordConsentByStaff(order: Order, user: Staff, referralId: string, answer: "YES" | "NO", updateKey: string) {
  return sendOrderUpdate(order, recordConsentUpdate, { referralId, answer, via: "PHONE", byUserId: user.id }, `consent-${updateKey}`);
}

/**
 * The jobseeker's own answer from the link in their mail. A fresh update id each time: a second click
 * finds the referral answered and is refused; a fixed id would keep a failed attempt's result forever.
 */
export function recordConsentByLink(order: Order, referralId: string, tokenHash: string, answer: "YES" | "NO") {
  return sendOrderUpdate(order, recordConsentUpdate, { referralId, answer, via: "LINK", tokenHash }, `consent-link-${randomUUID()}`);
}

export function withdrawReferral(order: Order, user: Staff, referralId: string, reason: string, updateKey: string) {
  return sendOrderUpdate(order, withdrawReferralUpdate, { referralId, byUserId: user.id, reason }, `withdraw-${updateKey}`);
}

export function shareWithRegion(order: Order, user: Staff, updateKey: string) {
  return sendOrderUpdate(order, shareWithRegionUpdate, { byUserId: user.id }, `region-${updateKey}`);
}

export function completeTask(order: Order, user: Staff, taskId: string, note: string | null, updateKey: string) {
  return sendOrderUpdate(order, completeTaskUpdate, { taskId, byUserId: user.id, note }, `task-${updateKey}`);
}

export function closeOrderByStaff(order: Order, user: Staff, reason: string, cancelled: boolean, updateKey: string) {
  return sendOrderUpdate(order, closeOrderUpdate, { byUserId: user.id, reason, cancelled }, `close-${updateKey}`);
}

/** A message in the thread after the answer, mailed to the employer. */
export function sendMessageAsStaff(order: Order, user: Staff, text: string, updateKey: string) {
  return sendOrderUpdate(order, sendMessageUpdate, { byUserId: user.id, text }, `message-${updateKey}`);
}

/** The employer writes back; the consultant who has the order gets it by mail. */
export function sendMessageAsEmployer(order: Order, employerEmail: string, text: string, updateKey: string) {
  return sendOrderUpdate(order, sendMessageUpdate, { byEmployerEmail: employerEmail, text }, `message-${updateKey}`);
}

/** The employer corrects the open order; the consultant who has it gets what changed by mail. */
export function correctOrderAsEmployer(order: Order, employerEmail: string, values: CorrectOrderInput["values"], updateKey: string) {
  return sendOrderUpdate(order, correctOrderUpdate, { employerEmail, values }, `correction-${updateKey}`);
}

export function closeOrderByEmployer(order: Order, employerEmail: string, reason: string, cancelled: boolean, updateKey: string) {
  return sendOrderUpdate(order, closeOrderUpdate, { byUserId: null, byEmployerEmail: employerEmail, reason, cancelled }, `close-${updateKey}`);
}

export function giveEmployerFeedback(order: Order, input: Omit<EmployerFeedbackInput, "employerEmail">, employerEmail: string, updateKey: string) {
  return sendOrderUpdate(order, employerFeedbackUpdate, { ...input, employerEmail }, `feedback-${updateKey}`);
}

export function chooseMeetingTime(order: Order, employerEmail: string, at: Date, updateKey: string) {
  return sendOrderUpdate(order, chooseMeetingTimeUpdate, { at: at.toISOString(), employerEmail }, `meeting-${updateKey}`);
}

/** A fresh update id each time, for the reason recordConsentByLink gives; a second answer is refused. */
export function answerSurvey(order: Order, tokenHash: string, answers: SurveyAnswers) {
  return sendOrderUpdate(order, answerSurveyUpdate, { tokenHash, answers }, `survey-${randomUUID()}`);
}

export type BulkHandOverResult = { moved: number; failures: Array<{ orderNumber: string; code: UpdateFailureCode; message: string }> };

/**
 * Hands tasks of several orders to a colleague: per order one update, the answer task by handing the
 * order over (it is the order's ownership), the others by the lifecycle's task hand-over. Orders are
 * handled one after another so a failure names its order and the rest still go through.
 */
export async function handOverTasks(user: Pick<User, "id" | "jobcentreId">, taskIds: string[], toUserId: string, updateKey: string, prisma: PrismaClient = getPrisma()): Promise<BulkHandOverResult> {
  const tasks = await prisma.task.findMany({
    where: { id: { in: taskIds }, status: "OPEN" },
    select: { id: true, kind: true, order: { select: { id: true, number: true, workflowId: true, assigneeId: true } } },
  });
  const byOrder = new Map<string, { order: (typeof tasks)[number]["order"]; answer: boolean; others: string[] }>();
  for (const task of tasks) {
    const entry = byOrder.get(task.order.id) ?? { order: task.order, answer: false, others: [] };
    if (task.kind === "ANSWER") entry.answer = true;
    else entry.others.push(task.id);
    byOrder.set(task.order.id, entry);
  }
  let moved = 0;
  const failures: BulkHandOverResult["failures"] = [];
  for (const { order, answer, others } of byOrder.values()) {
    if (answer && order.assigneeId !== toUserId) {
      const result = await sendOrderUpdate(order, reassignOrderUpdate, { toUserId, byUserId: user.id }, `handover-${updateKey}-${order.id}`);
      if (result.ok) moved += 1;
      else failures.push({ orderNumber: order.number, code: result.code, message: result.message });
    } else if (answer) {
      moved += 1;
    }
    if (others.length > 0) {
      const result = await sendOrderUpdate(order, reassignTasksUpdate, { taskIds: others, toUserId, byUserId: user.id }, `tasks-${updateKey}-${order.id}`);
      if (result.ok) moved += result.value.reassigned.length;
      else failures.push({ orderNumber: order.number, code: result.code, message: result.message });
    }
  }
  return { moved, failures };
}
