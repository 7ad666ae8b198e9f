// One workflow per job order: it owns the order's process, and the database is its projection
// (docs/decisions/002-workflow-owns-order-state.md, 008-layout.md). This module only wires the phases;
// each promise lives in its own module with its handlers, timers and slice of the state:
//   answer.ts                the answer promise: clock, owner, receipt, warning, breach, escalations
//   referrals.ts             candidates, consent, sharing the minimal CV, the employer's feedback
//   meeting.ts               the meeting when many are to be hired
//   regional-recruitment.ts  the region takes part when nobody is referred in time
//   tasks.ts                 the order's owner and the lifecycle's tasks
//   messages.ts              the thread after the answer
//   correction.ts            the employer corrects an open order
//   close.ts                 by a person, when all are filled, or at the deadline
//   survey.ts, follow-up.ts  after the close
//   legacy.ts                workflows started before the lifecycle existed
// Every person's action arrives as an update, so the caller gets the result or a refusal with a code,
// and the workflow decides once, in order, when actions race with a timer or with each other.
import { allHandlersFinished, condition, setHandler } from "@temporalio/workflow";
import { getStateQuery, type JobOrderWorkflowInput } from "./definitions";
import { awaitAnswer, handleAnswer, startAnswerClock } from "./answer";
import { closeWhenFilled, handleClose, watchClosesAt } from "./close";
import { awaitFollowUps } from "./follow-up";
import { runsLifecycle, waitAsBefore } from "./legacy";
import { handleMeeting } from "./meeting";
import { background, closed, exclusive, newOrder, nowIso, type Order } from "./order";
import { handleReferrals, watchWaitingReferrals } from "./referrals";
import { handleRegionalRecruitment, watchReferralDeadline } from "./regional-recruitment";
import { handleSurvey, runSurvey } from "./survey";
import { handleMessages } from "./messages";
import { handleCorrection } from "./correction";
import { handleTasks } from "./tasks";

export async function jobOrderWorkflow(input: JobOrderWorkflowInput): Promise<void> {
  const order = newOrder(input.orderId);
  setHandler(getStateQuery, () => order.state);
  handleAnswer(order);
  handleTasks(order);
  handleClose(order);
  handleReferrals(order);
  handleRegionalRecruitment(order);
  handleMeeting(order);
  handleSurvey(order);
  handleMessages(order);
  handleCorrection(order);

  const clock = await startAnswerClock(order);
  await awaitAnswer(order, clock);

  if (runsLifecycle()) {
    await lifecycle(order);
  } else {
    const next = await waitAsBefore(order);
    if (next === "lifecycle") await lifecycle(order);
    else if (next === "afterClose") await afterClose(order);
  }
  while (order.fibers.length > 0) await Promise.all(order.fibers.splice(0));
  await Promise.all(order.backgroundWork);
  await condition(allHandlersFinished);
}

/** After the answer: the plan from the policy, the promises' timers, and the close. */
async function lifecycle(order: Order): Promise<void> {
  const { state, lc } = order;
  await condition(() => state.answeredAt !== null || closed(order));
  if (!closed(order)) {
    const plan = await exclusive(order, () => background.startLifecycle({ orderId: order.orderId, at: nowIso() }));
    lc.positions = plan.positions;
    lc.referralDueAt = plan.referralDueAt;
    lc.closesAt = plan.closesAt;
    lc.sharedWithRegionAt = plan.sharedWithRegionAt;
    lc.meeting = plan.meeting;
    lc.referrals = plan.referrals;
    lc.tasks = plan.tasks;
    lc.hires = plan.hires;
    order.referred = plan.referred;
    lc.started = true;
    watchWaitingReferrals(order);
    watchReferralDeadline(order);
    watchClosesAt(order);
    await closeWhenFilled(order);
  }
  lc.started = true;
  await afterClose(order);
}

async function afterClose(order: Order): Promise<void> {
  await runSurvey(order);
  // A follow-up comes weeks after a start date: the order's process ends when they are done.
  await awaitFollowUps(order);
}
