// Signals, queries and updates of the job order workflow, shared by the workflow, the web app and tests.
// Only message definitions live here: importing this from the web app does not pull in workflow code.
import type { JobOrderOutcome, ReferralStatus, TaskKind } from "@prisma/client";
import { defineQuery, defineUpdate } from "@temporalio/workflow";
import type { CorrectableField, OrderCorrectionValues } from "../../app/domain/job-order/correction";

// The enums of the schema, as types only: workflow code carries no Prisma at run time.
export type { JobOrderOutcome, ReferralStatus, TaskKind };

export const JOB_ORDER_WORKFLOW = "jobOrderWorkflow";

/** The business id is the workflow id: one workflow per job order, ever. */
export function jobOrderWorkflowId(orderId: string): string {
  return `job-order-${orderId}`;
}

export type JobOrderWorkflowInput = { orderId: string };

export type JobOrderPhase = "STARTING" | "AWAITING_ANSWER" | "ANSWERED" | "CLOSED";

export type ReferralState = {
  status: ReferralStatus;
  /** ISO instants: the consent reply-by while asked, the employer's feedback due while shared. */
  consentReplyBy: string | null;
  feedbackDueAt: string | null;
  /** How many times the jobseeker has been asked: each request is a step of its own. */
  consentRequests: number;
};

export type TaskState = { kind: TaskKind; open: boolean; referralId: string | null };

export type SurveyPhase = "NOT_SENT" | "SENT" | "REMINDED" | "ANSWERED" | "EXPIRED";

/** What the database holds of an order's lifecycle; the workflow starts (or joins) from it. */
export type LifecycleState = {
  positions: number;
  referralDueAt: string | null;
  closesAt: string | null;
  sharedWithRegionAt: string | null;
  meeting: { dueAt: string; options: string[]; scheduledFor: string | null; held: boolean } | null;
  referrals: Record<string, ReferralState>;
  tasks: Record<string, TaskState>;
  hires: number;
};

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
  /** After the answer: the candidate search, referrals, meeting, region, close and survey. */
  lifecycle: LifecycleState & { started: boolean; outcome: JobOrderOutcome | null; survey: SurveyPhase };
};

export type AnswerOrderInput = { consultantId: string; text: string };
export type AnswerOrderResult = { answeredAt: string; onTime: boolean };

export type ReassignOrderInput = {
  /** The consultant who gets the order: the caller themself for "take over". */
  toUserId: string;
  byUserId: string;
};
export type ReassignOrderResult = { assigneeId: string };

export type CloseOrderInput = {
  byUserId: string | null;
  reason: string;
  /** The employer closing their own order from "Mine jobordrer" (their email is their identity). */
  byEmployerEmail?: string | null;
  /** Called off: the outcome is CANCELLED whatever was filled. */
  cancelled?: boolean;
};
export type CloseOrderResult = { outcome: JobOrderOutcome | null };

/** Staff who act on referrals: the order's own jobcentre, or a partner of its region once shared. */
export type ShortlistInput = { jobseekerIds: string[]; byUserId: string };
export type ShortlistResult = { added: string[]; alreadyListed: number };

/** Ask shortlisted (or earlier unanswered) jobseekers for consent, by mail, until replyBy (ISO). */
export type RequestConsentInput = { referralIds: string[]; byUserId: string; replyBy: string };
export type RequestConsentResult = { requested: string[]; withoutEmail: string[] };

/** The jobseeker's yes or no: from their mail's link, or told to a consultant (by phone). */
export type RecordConsentInput =
  | { referralId: string; answer: "YES" | "NO"; via: "LINK"; tokenHash: string }
  | { referralId: string; answer: "YES" | "NO"; via: "PHONE"; byUserId: string };

export type EmployerFeedbackInput = {
  referralId: string;
  employerEmail: string;
  outcome: "INVITED" | "HIRED" | "NOT_RELEVANT";
  /** HIRED: the first working day, YYYY-MM-DD. */
  startDate?: string | null;
  /** NOT_RELEVANT: why. */
  reason?: string | null;
};

export type WithdrawReferralInput = { referralId: string; byUserId: string; reason: string };
export type ReferralStatusResult = { status: ReferralStatus };

export type ShareWithRegionInput = { byUserId: string };
export type ChooseMeetingTimeInput = { at: string; employerEmail: string };
/** A message in the thread after the answer: from a staff user, or from the employer (by their email). */
export type SendMessageInput = { byUserId?: string | null; byEmployerEmail?: string | null; text: string };
export type SendMessageResult = { messageId: string; at: string };
/** The employer's correction of an open order: every correctable field, as the form now holds it. */
export type CorrectOrderInput = { employerEmail: string; values: OrderCorrectionValues };
/** The fields that changed; none when the values were already the order's. */
export type CorrectOrderResult = { changed: CorrectableField[] };
export type CompleteTaskInput = { taskId: string; byUserId: string; note: string | null };
export type ReassignTasksInput = { taskIds: string[]; toUserId: string; byUserId: string };
export type ReassignTasksResult = { reassigned: string[] };

export type SurveyAnswers = {
  serviceScore: number;
  communicationScore: number;
  informedScore: number;
  wouldRecommend: boolean;
  comment: string | null;
};
export type AnswerSurveyInput = { tokenHash: string; answers: SurveyAnswers };

export const getStateQuery = defineQuery<JobOrderWorkflowState>("getState");
export const answerOrderUpdate = defineUpdate<AnswerOrderResult, [AnswerOrderInput]>("answerOrder");
export const reassignOrderUpdate = defineUpdate<ReassignOrderResult, [ReassignOrderInput]>("reassignOrder");
export const closeOrderUpdate = defineUpdate<CloseOrderResult | void, [CloseOrderInput]>("closeOrder");
export const shortlistCandidatesUpdate = defineUpdate<ShortlistResult, [ShortlistInput]>("shortlistCandidates");
export const requestConsentUpdate = defineUpdate<RequestConsentResult, [RequestConsentInput]>("requestConsent");
export const recordConsentUpdate = defineUpdate<ReferralStatusResult, [RecordConsentInput]>("recordConsent");
export const employerFeedbackUpdate = defineUpdate<ReferralStatusResult, [EmployerFeedbackInput]>("employerFeedback");
export const withdrawReferralUpdate = defineUpdate<ReferralStatusResult, [WithdrawReferralInput]>("withdrawReferral");
export const shareWithRegionUpdate = defineUpdate<void, [ShareWithRegionInput]>("shareWithRegion");
export const chooseMeetingTimeUpdate = defineUpdate<void, [ChooseMeetingTimeInput]>("chooseMeetingTime");
export const completeTaskUpdate = defineUpdate<void, [CompleteTaskInput]>("completeTask");
export const reassignTasksUpdate = defineUpdate<ReassignTasksResult, [ReassignTasksInput]>("reassignTasks");
export const answerSurveyUpdate = defineUpdate<void, [AnswerSurveyInput]>("answerSurvey");
export const sendMessageUpdate = defineUpdate<SendMessageResult, [SendMessageInput]>("sendMessage");
export const correctOrderUpdate = defineUpdate<CorrectOrderResult, [CorrectOrderInput]>("correctOrder");

/**
 * Why an update was refused: the type of the ApplicationFailure that the workflow's validators and the
 * activities throw, with a Danish message for the person who asked. The web app
 * (app/models/job-order/updates.server.ts) and the tests read these codes, never the wording.
 */
export const REFUSALS = {
  // the workflow's validators
  invalidAnswer: "InvalidAnswer",
  orderClosed: "OrderClosed",
  answerInProgress: "AnswerInProgress",
  alreadyAnswered: "AlreadyAnswered",
  alreadyAssignee: "AlreadyAssignee",
  invalidReassign: "InvalidReassign",
  notAnswered: "NotAnswered",
  invalidRequest: "InvalidRequest",
  referralNotFound: "ReferralNotFound",
  referralState: "ReferralState",
  consentExpired: "ConsentExpired",
  alreadyShared: "AlreadySharedWithRegion",
  noMeeting: "NoMeeting",
  meetingBooked: "MeetingAlreadyBooked",
  taskNotFound: "TaskNotFound",
  taskIsAnswer: "TaskIsAnswer",
  surveyClosed: "SurveyClosed",
  /** An accepted update whose activities kept failing: a new try (a new update id) may work. */
  unavailable: "Unavailable",
  // the activities
  consultantNotAllowed: "ConsultantNotAllowed",
  actorNotAllowed: "ActorNotAllowed",
  assigneeNotAllowed: "AssigneeNotAllowed",
  jobseekerNotAllowed: "JobseekerNotAllowed",
  notEligible: "NotEligible",
  invalidLink: "InvalidLink",
  invalidFeedback: "InvalidFeedback",
  employerNotAllowed: "EmployerNotAllowed",
  invalidMeetingTime: "InvalidMeetingTime",
  noRegion: "NoRegion",
} as const;

export type RefusalCode = (typeof REFUSALS)[keyof typeof REFUSALS];

const REFUSAL_CODES = new Set<string>(Object.values(REFUSALS));

export function isRefusalCode(type: string | undefined | null): type is RefusalCode {
  return typeof type === "string" && REFUSAL_CODES.has(type);
}

/** Patches of running workflows (docs/decisions/007-order-lifecycle.md). */
export const PATCHES = {
  /** After the answer the order goes on to candidates, referrals, close and survey. */
  lifecycle: "order-lifecycle",
  /** A workflow that was already waiting to be closed when the lifecycle came joins it at its next event. */
  lifecycleLateJoin: "order-lifecycle-late-join",
  /** Steps queued behind a lock take it one at a time (before, all waiters woken together ran at once). */
  oneStepAtATime: "order-one-step-at-a-time",
  /** The clock, the owner and the receipt run as local activities in the first workflow task. */
  localIntake: "order-local-intake",
  /** The warning, the breach and the escalations run as local activities in the task their timer wakes. */
  localDeadlines: "order-local-deadlines",
} as const;

