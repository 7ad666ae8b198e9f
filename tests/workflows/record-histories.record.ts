// Records histories of the job order workflow as it is now, for the replay test of later versions
// (tests/workflows/replay.test.ts): before a change to the workflow's commands, run
//   RECORD_HISTORIES=v3 npx vitest run --project record-histories
// and commit tests/workflows/histories/v3-*.json. Not part of the suite (scripts/test.sh leaves it out).
// Each scenario drives as many of the workflow's handlers and timers as it can, so a reshaped workflow
// that issues a different command anywhere fails the replay.
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";
import type { WorkflowHandle } from "@temporalio/client";
import { temporal } from "@temporalio/proto";
import { localDateOf } from "../../app/utils/deadlines";
import { correctionValuesOf } from "../../app/models/job-order/correction.server";
import { createRegion, createStaffUser } from "../factories";
import {
  answerOrderUpdate,
  answerSurveyUpdate,
  chooseMeetingTimeUpdate,
  closeOrderUpdate,
  completeTaskUpdate,
  correctOrderUpdate,
  employerFeedbackUpdate,
  reassignOrderUpdate,
  reassignTasksUpdate,
  recordConsentUpdate,
  requestConsentUpdate,
  sendMessageUpdate,
  shareWithRegionUpdate,
  withdrawReferralUpdate,
} from "../../workflows/job-order/definitions";
import {
  DAY,
  HOUR,
  consentTokenHash,
  env,
  jobseekerEmail,
  lifecycleJobcentre,
  makeJobcentre,
  makeJobseekers,
  makeOrder,
  openTasksOf,
  prisma,
  shortlistAndAsk,
  skipPast,
  startOrder,
  stateOf,
  surveyTokenHash,
  useWorkflowHarness,
  waitForState,
} from "./harness";

useWorkflowHarness();

const OUT = path.resolve(import.meta.dirname, "histories");
const VERSION = process.env.RECORD_HISTORIES ?? "";

async function save(name: string, handle: WorkflowHandle) {
  // Let the worker finish any workflow task still running before the history is read.
  await new Promise((r) => setTimeout(r, 1500));
  const history = await handle.fetchHistory();
  fs.mkdirSync(OUT, { recursive: true });
  const History = temporal.api.history.v1.History;
  const json = History.toObject(History.fromObject(history), { longs: String, enums: String, bytes: String });
  fs.writeFileSync(path.join(OUT, `${VERSION}-${name}.json`), JSON.stringify(json, null, 1) + "\n");
}

async function awaitingAnswer(jc: Awaited<ReturnType<typeof makeJobcentre>>, positions = 2) {
  const order = await makeOrder(jc, { positions });
  const handle = await startOrder(order.id);
  await waitForState(handle, (s) => s.phase === "AWAITING_ANSWER", "the order to await an answer");
  return { order, handle };
}

describe.runIf(/^v\d+$/.test(VERSION))(`record ${VERSION} histories`, () => {
  it("answered on time after a hand-over, then closed by a consultant", async () => {
    const jc = await lifecycleJobcentre({ consultants: 2 });
    const { handle } = await awaitingAnswer(jc);
    const owner = (await stateOf(handle)).assigneeId;
    const other = jc.consultants.find((c) => c.id !== owner)!;
    await handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: other.id, byUserId: other.id }] });
    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: other.id, text: "Tak for ordren. Vi ringer i morgen." }] });
    await waitForState(handle, (s) => s.lifecycle.started, "the lifecycle to begin");
    await handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId: other.id, reason: "Virksomheden har selv fundet en medarbejder." }] });
    await waitForState(handle, (s) => s.lifecycle.survey === "SENT", "the survey");
    await save("answered-closed", handle);
  });

  it("unanswered: warned, breached, escalated to team lead and manager, answered late", async () => {
    const jc = await lifecycleJobcentre();
    const { handle } = await awaitingAnswer(jc);
    await env.sleep(49 * HOUR);
    await waitForState(handle, (s) => s.escalationLevel === 2, "the escalation to the manager");
    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: jc.consultant.id, text: "Undskyld ventetiden. Vi har kandidater." }] });
    await waitForState(handle, (s) => s.lifecycle.started, "the lifecycle to begin");
    await save("escalated-answered-late", handle);
  });

  it("consent by link and by phone, invited, hired, closed as filled, survey answered, follow-up held", async () => {
    const jc = await lifecycleJobcentre();
    const { order, handle } = await awaitingAnswer(jc, 1);
    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: jc.consultant.id, text: "Tak for ordren. Vi finder kandidater." }] });
    await waitForState(handle, (s) => s.lifecycle.started, "the lifecycle to begin");
    const [yes, no] = await makeJobseekers(jc.jobcentre.id, [{}, {}]);
    const [yesRef, noRef] = await shortlistAndAsk(handle, jc, [yes!, no!]);
    await handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: yesRef!, answer: "YES", via: "LINK", tokenHash: await consentTokenHash(await jobseekerEmail(yes!)) }] });
    await handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: noRef!, answer: "NO", via: "PHONE", byUserId: jc.consultant.id }] });
    await handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: yesRef!, employerEmail: order.contactEmail, outcome: "INVITED" }] });
    const startDate = localDateOf(new Date((await env.currentTimeMs()) + 14 * DAY));
    await handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: yesRef!, employerEmail: order.contactEmail, outcome: "HIRED", startDate }] });
    const closed = await waitForState(handle, (s) => s.phase === "CLOSED" && s.lifecycle.survey === "SENT", "the close as filled and the survey");
    await handle.executeUpdate(answerSurveyUpdate, {
      args: [{ tokenHash: await surveyTokenHash(order.contactEmail), answers: { serviceScore: 5, communicationScore: 4, informedScore: 4, wouldRecommend: true, comment: "Godt." } }],
    });
    const [followUp] = openTasksOf(closed, "FOLLOW_UP");
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: followUp!, byUserId: jc.consultant.id, note: "Godt i gang." }] });
    await handle.result();
    await save("hired-surveyed-followed-up", handle);
  });

  it("timers: consent expires, the region takes part, feedback reminded, closed at the deadline, survey reminded and expired", async () => {
    const region = await createRegion(prisma);
    const jc = await lifecycleJobcentre({ regionId: region.id });
    await lifecycleJobcentre({ regionId: region.id });
    const { handle } = await awaitingAnswer(jc);
    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: jc.consultant.id, text: "Tak for ordren. Vi søger bredt." }] });
    const started = await waitForState(handle, (s) => s.lifecycle.started, "the lifecycle to begin");
    const [seeker] = await makeJobseekers(jc.jobcentre.id, [{}]);
    const [referralId] = await shortlistAndAsk(handle, jc, [seeker!], 2);
    await skipPast((await stateOf(handle)).lifecycle.referrals[referralId!]!.consentReplyBy!);
    await waitForState(handle, (s) => s.lifecycle.referrals[referralId!]?.status === "CONSENT_EXPIRED", "the consent to expire");
    await skipPast(started.lifecycle.referralDueAt!);
    await waitForState(handle, (s) => s.lifecycle.sharedWithRegionAt !== null, "the order to go to the region");
    await handle.executeUpdate(requestConsentUpdate, { args: [{ referralIds: [referralId!], byUserId: jc.consultant.id, replyBy: new Date((await env.currentTimeMs()) + 7 * DAY).toISOString() }] });
    await handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: referralId!, answer: "YES", via: "PHONE", byUserId: jc.consultant.id }] });
    const shared = await waitForState(handle, (s) => s.lifecycle.referrals[referralId!]?.status === "SHARED", "the referral to be shared");
    await skipPast(shared.lifecycle.referrals[referralId!]!.feedbackDueAt!);
    await skipPast(started.lifecycle.closesAt!);
    await waitForState(handle, (s) => s.phase === "CLOSED" && s.lifecycle.survey === "SENT", "the close at the deadline");
    const survey = await prisma.satisfactionSurvey.findFirstOrThrow({ where: { orderId: started.orderId } });
    await skipPast(survey.remindAt);
    await waitForState(handle, (s) => s.lifecycle.survey === "REMINDED", "the survey reminder");
    await skipPast(survey.closesAt);
    await handle.result();
    await save("timers-region-deadline-survey-expired", handle);
  });

  it("a meeting booked and held, tasks handed over, a referral withdrawn, shared by hand, cancelled by the employer", async () => {
    const region = await createRegion(prisma);
    const jc = await lifecycleJobcentre({ regionId: region.id, consultants: 2 });
    const { order, handle } = await awaitingAnswer(jc, 6);
    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: jc.consultant.id, text: "Tak for ordren. Lad os holde et møde." }] });
    const started = await waitForState(handle, (s) => s.lifecycle.started, "the lifecycle to begin");
    await handle.executeUpdate(chooseMeetingTimeUpdate, { args: [{ at: started.lifecycle.meeting!.options[1]!, employerEmail: order.contactEmail }] });
    const [meetingTask] = openTasksOf(started, "MEETING");
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: meetingTask!, byUserId: jc.consultant.id, note: "Plan aftalt." }] });
    const colleague = jc.consultants[1]!;
    await handle.executeUpdate(reassignTasksUpdate, { args: [{ taskIds: openTasksOf(started, "SEARCH"), toUserId: colleague.id, byUserId: jc.consultant.id }] });
    const [seeker] = await makeJobseekers(jc.jobcentre.id, [{}]);
    const [referralId] = await shortlistAndAsk(handle, jc, [seeker!]);
    await handle.executeUpdate(withdrawReferralUpdate, { args: [{ referralId: referralId!, byUserId: jc.consultant.id, reason: "Kandidaten er flyttet." }] });
    await handle.executeUpdate(shareWithRegionUpdate, { args: [{ byUserId: jc.consultant.id }] });
    const teamLead = await createStaffUser(prisma, { jobcentreId: jc.jobcentre.id, role: "TEAM_LEAD" });
    await handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: colleague.id, byUserId: teamLead.id }] });
    await handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId: null, byEmployerEmail: order.contactEmail, reason: "Vi har ansat selv.", cancelled: true }] });
    await waitForState(handle, (s) => s.phase === "CLOSED" && s.lifecycle.survey === "SENT", "the close and the survey");
    await save("meeting-handovers-withdrawn-cancelled", handle);
  });

  it("steps sent at once: hand-overs, a task finished and the close, taken one at a time", async () => {
    const jc = await lifecycleJobcentre({ consultants: 3 });
    const { order, handle } = await awaitingAnswer(jc, 6);
    const owner = (await stateOf(handle)).assigneeId!;
    const others = jc.consultants.filter((c) => c.id !== owner);
    await Promise.all(others.map((c) => handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: c.id, byUserId: c.id }] })));
    const assignee = (await stateOf(handle)).assigneeId!;
    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: assignee, text: "Tak for ordren. Lad os holde et møde." }] });
    const started = await waitForState(handle, (s) => s.lifecycle.started, "the lifecycle to begin");
    const [meetingTask] = openTasksOf(started, "MEETING");
    // Whichever comes first decides; a step the close overtook is refused, which is part of the history.
    await Promise.allSettled([
      handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: meetingTask!, byUserId: assignee, note: "Holdt." }] }),
      handle.executeUpdate(reassignTasksUpdate, { args: [{ taskIds: openTasksOf(started, "SEARCH"), toUserId: owner, byUserId: assignee }] }),
      handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId: null, byEmployerEmail: order.contactEmail, reason: "Vi har ansat selv.", cancelled: true }] }),
    ]);
    await waitForState(handle, (s) => s.phase === "CLOSED" && s.lifecycle.survey === "SENT", "the close and the survey");
    await save("steps-at-once", handle);
  });

  it("corrected before and after the answer, a thread both ways, closed at the moved deadline", async () => {
    const jc = await lifecycleJobcentre();
    const { order, handle } = await awaitingAnswer(jc);
    const values = correctionValuesOf(order);
    await handle.executeUpdate(correctOrderUpdate, { args: [{ employerEmail: order.contactEmail, values: { ...values, contactPhone: "30405060" } }] });
    await handle.executeUpdate(answerOrderUpdate, { args: [{ consultantId: jc.consultant.id, text: "Tak for ordren. Vi ringer i morgen." }] });
    const started = await waitForState(handle, (s) => s.lifecycle.started, "the lifecycle to begin");
    await handle.executeUpdate(sendMessageUpdate, { args: [{ byUserId: jc.consultant.id, text: "Vi har to kandidater." }] });
    await handle.executeUpdate(sendMessageUpdate, { args: [{ byEmployerEmail: order.contactEmail, text: "Fint, send dem." }] });
    const deadline = localDateOf(new Date((await env.currentTimeMs()) + 5 * DAY));
    await handle.executeUpdate(correctOrderUpdate, { args: [{ employerEmail: order.contactEmail, values: { ...values, contactPhone: "30405060", positions: 6, applicationDeadline: deadline } }] });
    const moved = await waitForState(handle, (s) => s.lifecycle.closesAt !== started.lifecycle.closesAt, "the close to move");
    await skipPast(moved.lifecycle.closesAt!);
    await waitForState(handle, (s) => s.phase === "CLOSED" && s.lifecycle.survey === "SENT", "the close at the moved deadline");
    await save("corrected-thread-moved-close", handle);
  });
});
