// Signals, queries and updates of the job order workflow, shared by the workflow, the web app and tests.
// Only message definitions live here: importing this from the web app does not pull in workflow code.
import { defineQuery, defineUpdate } from "@temporalio/workflow";

export const JOB_ORDER_WORKFLOW = "jobOrderWorkflow";
export const RECONCILE_WORKFLOW = "reconcileJobOrdersWorkflow";

/** The business id is the workflow id: one workflow per job order, ever. */
export function jobOrderWorkflowId(orderId: string): string {
  return `job-order-${orderId}`;
}

export type JobOrderWorkflowInput = { orderId: string };

export type JobOrderPhase = "STARTING" | "AWAITING_ANSWER" | "ANSWERED" | "CLOSED";

export type JobOrderWorkflowState = {
  orderId: string;
  phase: JobOrderPhase;
  assigneeId: string | null;
  warnAt: string | null; // ISO instants
  dueAt: string | null;
  escalateTeamLeadAt: string | null;
  escalateManagerAt: string | null;
  warned: boolean;
  breached: boolean;
  escalationLevel: 0 | 1 | 2;
  answeredAt: string | null;
  answeredById: string | null;
  answeredOnTime: boolean | null;
};

export type AnswerOrderInput = { consultantId: string; text: string };
export type AnswerOrderResult = { answeredAt: string; onTime: boolean };

export type ReassignOrderInput = {
  /** The consultant who gets the order: the caller themself for "take over". */
  toUserId: string;
  byUserId: string;
};
export type ReassignOrderResult = { assigneeId: string };

export type CloseOrderInput = { byUserId: string | null; reason: string };

export const getStateQuery = defineQuery<JobOrderWorkflowState>("getState");
export const answerOrderUpdate = defineUpdate<AnswerOrderResult, [AnswerOrderInput]>("answerOrder");
export const reassignOrderUpdate = defineUpdate<ReassignOrderResult, [ReassignOrderInput]>("reassignOrder");
export const closeOrderUpdate = defineUpdate<void, [CloseOrderInput]>("closeOrder");

export const ANSWER_MAX_LENGTH = 5000;
