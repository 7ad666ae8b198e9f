// The job order after the answer, on the time-skipping test server with the real activities, PostgreSQL
// and the SMTP sink (tests/workflows/harness.ts): consent, sharing, feedback, hires and follow-ups, the
// meeting, the regional recruitment service, the close with its outcome and the survey.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { getConsentRequestByTokenHash } from "../../app/models/referral/referrals.server";
import { addLocalDays, addWorkingDays, closingTimeOnOrAfter, endOfLocalDay, localDateOf } from "../../app/utils/deadlines";
import { hashToken } from "../../app/utils/link-tokens.server";
import { readMinimalCv } from "../../app/utils/minimal-cv";
import { toDeadlinePolicy } from "../../app/models/policy/policy.server";
import { createRegion, createStaffUser } from "../factories";
import {
  answerSurveyUpdate,
  chooseMeetingTimeUpdate,
  closeOrderUpdate,
  completeTaskUpdate,
  employerFeedbackUpdate,
  reassignOrderUpdate,
  reassignTasksUpdate,
  recordConsentUpdate,
  requestConsentUpdate,
  shareWithRegionUpdate,
  shortlistCandidatesUpdate,
  withdrawReferralUpdate,
  REFUSALS,
} from "../../workflows/job-order/definitions";
import {
  DAY,
  env,
  LINK_SECRET,
  eventKinds,
  consentTokenHash,
  jobseekerEmail,
  lifecycleJobcentre,
  openTasksOf,
  shortlistAndAsk,
  surveyTokenHash,
  mailsTo,
  makeJobseekers,
  makeOrder,
  prisma,
  referralHistory,
  serverNow,
  skipPast,
  startAnswered,
  startOrder,
  stateOf,
  updateRejection,
  useWorkflowHarness,
  waitForMails,
  waitForState,
} from "./harness";

useWorkflowHarness();

describe("after the answer", () => {
  it("a jobseeker says yes by the link: the minimal CV goes to the employer, who hires; the order closes as filled with a follow-up planned", async () => {
    const jc = await lifecycleJobcentre();
    const order = await makeOrder(jc, { positions: 1 });
    const { handle, state } = await startAnswered(jc, order);

    // The plan: a first referral promised within 3 working days, a search task until then.
    const policy = toDeadlinePolicy(jc.policy);
    const answeredAt = new Date(state.answeredAt!);
    expect(state.lifecycle.referralDueAt).toBe(addWorkingDays(policy, answeredAt, 3).toISOString());
    expect(state.lifecycle.closesAt).toBe(endOfLocalDay(addLocalDays(localDateOf(order.receivedAt), 30)).toISOString());
    expect(state.lifecycle.meeting).toBeNull();
    const tasks = await prisma.task.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    expect(tasks.map((t) => [t.kind, t.status])).toEqual([["ANSWER", "DONE"], ["SEARCH", "OPEN"]]);

    const [jobseekerId] = await makeJobseekers(jc.jobcentre.id, [{ name: "Mette Kandidat", benefitGroup: "JOB_READY_CASH_BENEFIT" }]);
    const [referralId] = await shortlistAndAsk(handle, jc, [jobseekerId!]);
    const tokenHash = await consentTokenHash(await jobseekerEmail(jobseekerId!));
    const result = await handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: referralId!, answer: "YES", via: "LINK", tokenHash }] });
    expect(result.status).toBe("SHARED");
    expect(await referralHistory(referralId!)).toEqual(["SHORTLISTED", "CONSENT_REQUESTED", "CONSENT_GIVEN", "SHARED"]);

    // What the employer got: the CV as shared, never the benefit group.
    const referral = await prisma.referral.findUniqueOrThrow({ where: { id: referralId! } });
    expect(readMinimalCv(referral.sharedCv)).toMatchObject({ name: "Mette Kandidat", occupations: ["CNC-operatør"], town: "Nakskov" });
    expect(JSON.stringify(referral.sharedCv)).not.toMatch(/benefit|JOB_READY|kontanthjælp/i);
    const [shared] = await waitForMails(order.contactEmail, "Ny kandidat til jeres jobordre");
    expect(shared!.text).toContain("Mette Kandidat");
    expect(shared!.text).not.toMatch(/kontanthjælp|ydelse/i);
    await waitForMails(jc.consultant.email, "har sagt ja til henvisning");
    const searchTask = await prisma.task.findFirstOrThrow({ where: { orderId: order.id, kind: "SEARCH" } });
    expect(searchTask.status).toBe("DONE");
    expect((await prisma.task.findFirstOrThrow({ where: { orderId: order.id, kind: "CONSENT_FOLLOW_UP" } })).status).toBe("DONE");

    // The employer hires: every position is filled, so the order closes by itself.
    const startDate = localDateOf(new Date((await env.currentTimeMs()) + 14 * DAY));
    await handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: referralId!, employerEmail: order.contactEmail, outcome: "HIRED", startDate }] });
    const closed = await waitForState(handle, (s) => s.phase === "CLOSED", "the order to close as filled");
    expect(closed.lifecycle.outcome).toBe("FILLED");
    const row = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({ status: "CLOSED", outcome: "FILLED", closeReason: "Alle stillinger er besat." });
    await waitForMails(order.contactEmail, "er afsluttet");
    await waitForMails(jc.consultant.email, "har ansat Mette Kandidat");

    // The follow-up with the company 4 weeks after the start date, as a task and a planned visit.
    const followUp = await prisma.task.findFirstOrThrow({ where: { orderId: order.id, kind: "FOLLOW_UP" } });
    const plannedFor = closingTimeOnOrAfter(policy, addLocalDays(startDate, 28));
    expect(followUp).toMatchObject({ status: "OPEN", assigneeId: jc.consultant.id, referralId });
    expect(followUp.dueAt.toISOString()).toBe(plannedFor.toISOString());
    const visit = await prisma.companyVisit.findFirstOrThrow({ where: { taskId: followUp.id } });
    expect(visit).toMatchObject({ kind: "AFTER_HIRE", companyId: order.companyId, doneAt: null });
    expect(visit.plannedFor.toISOString()).toBe(plannedFor.toISOString());
    // Every open task but the follow-up ended with the close.
    expect((await prisma.task.findMany({ where: { orderId: order.id, status: "OPEN" } })).map((t) => t.kind)).toEqual(["FOLLOW_UP"]);

    // The survey arrives and is answered from its link.
    const surveyHash = await surveyTokenHash(order.contactEmail);
    await handle.executeUpdate(answerSurveyUpdate, {
      args: [{ tokenHash: surveyHash, answers: { serviceScore: 5, communicationScore: 4, informedScore: 4, wouldRecommend: true, comment: "Hurtigt og godt." } }],
    });
    expect(await prisma.satisfactionSurvey.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({
      serviceScore: 5,
      communicationScore: 4,
      informedScore: 4,
      wouldRecommend: true,
      comment: "Hurtigt og godt.",
    });

    // The follow-up appears on time and, once held, ends the order's process.
    await skipPast(plannedFor, -60_000);
    expect((await stateOf(handle)).lifecycle.tasks[followUp.id]?.open).toBe(true);
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: followUp.id, byUserId: jc.consultant.id, note: "Godt i gang, virksomheden er tilfreds." }] });
    await handle.result();
    expect((await prisma.companyVisit.findFirstOrThrow({ where: { taskId: followUp.id } })).doneAt).not.toBeNull();
    expect(await eventKinds(order.id)).toEqual(
      expect.arrayContaining(["ANSWERED", "FOLLOW_UP_PLANNED", "CLOSED", "SURVEY_SENT", "SURVEY_ANSWERED", "FOLLOW_UP_DONE"]),
    );
  });

  it("no answer by the reply-by counts as no; asking again is a new request, and a no by phone shares nothing", async () => {
    const jc = await lifecycleJobcentre();
    const order = await makeOrder(jc);
    const { handle } = await startAnswered(jc, order);
    const [jobseekerId] = await makeJobseekers(jc.jobcentre.id, [{}]);
    const [referralId] = await shortlistAndAsk(handle, jc, [jobseekerId!], 2);
    const replyBy = (await stateOf(handle)).lifecycle.referrals[referralId!]!.consentReplyBy!;
    const followUp = await prisma.task.findFirstOrThrow({ where: { orderId: order.id, kind: "CONSENT_FOLLOW_UP" } });
    expect(followUp.dueAt.toISOString()).toBe(replyBy);

    await skipPast(replyBy);
    await waitForState(handle, (s) => s.lifecycle.referrals[referralId!]?.status === "CONSENT_EXPIRED", "the consent to expire");
    expect((await prisma.task.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe("CANCELLED");
    // The expired link no longer works.
    const staleHash = await consentTokenHash(await jobseekerEmail(jobseekerId!));
    expect(await updateRejection(handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: referralId!, answer: "YES", via: "LINK", tokenHash: staleHash }] }))).toBe(
      REFUSALS.referralState,
    );

    const again = new Date((await env.currentTimeMs()) + 7 * DAY).toISOString();
    await handle.executeUpdate(requestConsentUpdate, { args: [{ referralIds: [referralId!], byUserId: jc.consultant.id, replyBy: again }] });
    await waitForMails(await jobseekerEmail(jobseekerId!), "Vil du henvises til et job", 2);
    await handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: referralId!, answer: "NO", via: "PHONE", byUserId: jc.consultant.id }] });
    expect(await referralHistory(referralId!)).toEqual(["SHORTLISTED", "CONSENT_REQUESTED", "CONSENT_EXPIRED", "CONSENT_REQUESTED", "CONSENT_DECLINED"]);
    const events = await prisma.referralEvent.findMany({ where: { referralId: referralId! }, orderBy: { at: "asc" } });
    expect(events.find((e) => e.status === "CONSENT_EXPIRED")?.actorType).toBe("SYSTEM");
    expect(events.find((e) => e.status === "CONSENT_DECLINED")).toMatchObject({ actorType: "STAFF", actorId: jc.consultant.id });
    expect((await mailsTo(order.contactEmail)).filter((m) => m.subject.includes("Ny kandidat"))).toHaveLength(0);

    // History is appended, never changed.
    await expect(prisma.referralEvent.update({ where: { id: events[0]!.id }, data: { status: "HIRED" } })).rejects.toThrow(/history/);
    await expect(prisma.jobOrderEvent.deleteMany({ where: { orderId: order.id } })).rejects.toThrow(/history/);

    const result = await handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId: jc.consultant.id, reason: "Virksomheden har ansat selv.", cancelled: true }] });
    expect(result).toEqual({ outcome: "CANCELLED" });
  });

  it("more positions than the threshold: a meeting task, times offered to the employer, booked and held", async () => {
    const jc = await lifecycleJobcentre();
    const order = await makeOrder(jc, { positions: 6 });
    const { handle, state } = await startAnswered(jc, order);
    const meeting = state.lifecycle.meeting!;
    const policy = toDeadlinePolicy(jc.policy);
    expect(meeting.dueAt).toBe(addWorkingDays(policy, new Date(state.answeredAt!), 3).toISOString());
    expect(meeting.options.length).toBeGreaterThanOrEqual(3);
    expect(meeting.options.every((o) => Date.parse(o) <= Date.parse(meeting.dueAt))).toBe(true);
    const [offer] = await waitForMails(order.contactEmail, "Tilbud om møde");
    expect(offer!.text).toContain(order.number);
    expect(await eventKinds(order.id)).toContain("MEETING_OFFERED");

    // A time not offered is refused; an offered one is booked and becomes the task's due time.
    expect(await updateRejection(handle.executeUpdate(chooseMeetingTimeUpdate, { args: [{ at: new Date(Date.parse(meeting.options[0]!) + 60_000).toISOString(), employerEmail: order.contactEmail }] }))).toBe(REFUSALS.invalidRequest);
    const chosen = meeting.options[1]!;
    await handle.executeUpdate(chooseMeetingTimeUpdate, { args: [{ at: chosen, employerEmail: order.contactEmail }] });
    const meetingTask = await prisma.task.findFirstOrThrow({ where: { orderId: order.id, kind: "MEETING" } });
    expect(meetingTask.dueAt.toISOString()).toBe(chosen);
    await waitForMails(order.contactEmail, "Mødet er aftalt");
    await waitForMails(jc.consultant.email, "Møde aftalt med");
    expect(await updateRejection(handle.executeUpdate(chooseMeetingTimeUpdate, { args: [{ at: meeting.options[2]!, employerEmail: order.contactEmail }] }))).toBe(REFUSALS.meetingBooked);

    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: meetingTask.id, byUserId: jc.consultant.id, note: "Plan for 6 ansættelser aftalt." }] });
    expect((await stateOf(handle)).lifecycle.meeting?.held).toBe(true);
    expect((await prisma.orderMeeting.findUniqueOrThrow({ where: { orderId: order.id } })).heldAt).not.toBeNull();
    expect(await eventKinds(order.id)).toEqual(expect.arrayContaining(["MEETING_BOOKED", "MEETING_HELD"]));

    // Five positions are not more than five: no meeting.
    const small = await makeOrder(jc, { positions: 5 });
    const { state: smallState } = await startAnswered(jc, small);
    expect(smallState.lifecycle.meeting).toBeNull();
    expect(await prisma.task.count({ where: { orderId: small.id, kind: "MEETING" } })).toBe(0);
  });

  it("nobody referred in time: the regional recruitment service gets a task, partner jobcentres search, the employer is told", async () => {
    const region = await createRegion(prisma);
    const jc = await lifecycleJobcentre({ regionId: region.id });
    const partner = await lifecycleJobcentre({ regionId: region.id });
    const outsider = await lifecycleJobcentre();
    const order = await makeOrder(jc);
    const { handle, state } = await startAnswered(jc, order);

    // A partner's consultant cannot work on the order before it is shared.
    const [partnerSeeker] = await makeJobseekers(partner.jobcentre.id, [{ name: "Partnerkandidat" }]);
    expect(await updateRejection(handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds: [partnerSeeker!], byUserId: partner.consultant.id }] }))).toBe(
      REFUSALS.actorNotAllowed,
    );

    await skipPast(state.lifecycle.referralDueAt!);
    const shared = await waitForState(handle, (s) => s.lifecycle.sharedWithRegionAt !== null, "the order to go to the region");
    const [regionalTaskId] = openTasksOf(shared, "REGIONAL_RECRUITMENT");
    const regionalTask = await prisma.task.findUniqueOrThrow({ where: { id: regionalTaskId! } });
    expect(regionalTask).toMatchObject({ regionId: region.id, assigneeId: null, status: "OPEN" });
    const [regionMail] = await waitForMails(region.email, "Ingen kandidat inden for fristen");
    expect(regionMail!.text).toContain(order.number);
    await waitForMails(order.contactEmail, "Vi søger bredere efter kandidater");
    expect(await eventKinds(order.id)).toContain("SHARED_WITH_REGION");

    // Now the partner works on it with their own register; an outsider still cannot.
    const { added } = await handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds: [partnerSeeker!], byUserId: partner.consultant.id }] });
    expect(added).toHaveLength(1);
    const [outsiderSeeker] = await makeJobseekers(outsider.jobcentre.id, [{}]);
    expect(await updateRejection(handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds: [outsiderSeeker!], byUserId: jc.consultant.id }] }))).toBe(
      REFUSALS.jobseekerNotAllowed,
    );
    await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: regionalTaskId!, byUserId: partner.consultant.id, note: "Tre kandidater fundet i vores register." }] });
    expect((await prisma.task.findUniqueOrThrow({ where: { id: regionalTaskId! } })).completedById).toBe(partner.consultant.id);
    // … but owning, closing and the company's own tasks stay with the order's jobcentre, admins included.
    const partnerAdmin = await createStaffUser(prisma, { jobcentreId: partner.jobcentre.id, role: "ADMIN" });
    expect(await updateRejection(handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: jc.consultant.id, byUserId: partnerAdmin.id }] }))).toBe(
      REFUSALS.alreadyAssignee,
    );
    const ownColleague = await createStaffUser(prisma, { jobcentreId: jc.jobcentre.id });
    expect(await updateRejection(handle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: ownColleague.id, byUserId: partnerAdmin.id }] }))).toBe(
      REFUSALS.actorNotAllowed,
    );
    const searchTask = openTasksOf(await stateOf(handle), "SEARCH")[0]!;
    expect(await updateRejection(handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: searchTask, byUserId: partner.consultant.id, note: null }] }))).toBe(
      REFUSALS.actorNotAllowed,
    );
    expect(await updateRejection(handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId: partner.consultant.id, reason: "Lukket af en partner" }] }))).toBe(
      REFUSALS.actorNotAllowed,
    );
    expect((await stateOf(handle)).phase).not.toBe("CLOSED");

    // An order with a candidate referred before the promise does not go to the region.
    const served = await makeOrder(jc);
    const { handle: servedHandle, state: servedState } = await startAnswered(jc, served);
    const [seeker] = await makeJobseekers(jc.jobcentre.id, [{}]);
    const [referralId] = await shortlistAndAsk(servedHandle, jc, [seeker!]);
    await servedHandle.executeUpdate(recordConsentUpdate, { args: [{ referralId: referralId!, answer: "YES", via: "PHONE", byUserId: jc.consultant.id }] });
    await skipPast(servedState.lifecycle.referralDueAt!);
    expect((await stateOf(servedHandle)).lifecycle.sharedWithRegionAt).toBeNull();
    // … but a consultant may share it by hand; once.
    await servedHandle.executeUpdate(shareWithRegionUpdate, { args: [{ byUserId: jc.consultant.id }] });
    expect(await updateRejection(servedHandle.executeUpdate(shareWithRegionUpdate, { args: [{ byUserId: jc.consultant.id }] }))).toBe(REFUSALS.alreadyShared);
    await waitForMails(region.email, "beder om hjælp");
  });

  it("partly filled at the deadline: the order closes by itself, the shortlist is withdrawn, a later hire updates the outcome", async () => {
    const jc = await lifecycleJobcentre();
    const now = await serverNow();
    const applicationDeadline = localDateOf(new Date(now.getTime() + 10 * DAY));
    const order = await makeOrder(jc, { positions: 3, applicationDeadline: new Date(`${applicationDeadline}T00:00:00Z`) });
    const { handle, state } = await startAnswered(jc, order);
    expect(state.lifecycle.closesAt).toBe(endOfLocalDay(applicationDeadline).toISOString());

    const [hiredId, invitedId, waitingId] = await makeJobseekers(jc.jobcentre.id, [{ name: "Ansat Kandidat" }, { name: "Inviteret Kandidat" }, { name: "Ventende Kandidat" }]);
    const [hiredRef, invitedRef] = await shortlistAndAsk(handle, jc, [hiredId!, invitedId!], 7);
    for (const ref of [hiredRef!, invitedRef!]) {
      await handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: ref, answer: "YES", via: "PHONE", byUserId: jc.consultant.id }] });
    }
    const { added } = await handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds: [waitingId!], byUserId: jc.consultant.id }] });
    const startDate = localDateOf(new Date(now.getTime() + 20 * DAY));
    await handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: hiredRef!, employerEmail: order.contactEmail, outcome: "HIRED", startDate }] });
    await handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: invitedRef!, employerEmail: order.contactEmail, outcome: "INVITED" }] });
    // Feedback is only the order's own contact's to give.
    expect(await updateRejection(handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: invitedRef!, employerEmail: "someone@else.example", outcome: "NOT_RELEVANT", reason: "Nej" }] }))).toBe(
      REFUSALS.employerNotAllowed,
    );

    await skipPast(state.lifecycle.closesAt!);
    const closed = await waitForState(handle, (s) => s.phase === "CLOSED", "the close at the deadline");
    expect(closed.lifecycle.outcome).toBe("PARTLY_FILLED");
    expect(await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ outcome: "PARTLY_FILLED", closeReason: "Jobordrens frist er udløbet." });
    expect(closed.lifecycle.referrals[added[0]!]?.status).toBe("WITHDRAWN");
    expect((await prisma.referralEvent.findFirstOrThrow({ where: { referralId: added[0]!, status: "WITHDRAWN" } })).actorType).toBe("SYSTEM");
    expect(await prisma.task.count({ where: { orderId: order.id, status: "OPEN", kind: { not: "FOLLOW_UP" } } })).toBe(0);

    // The interview ends after the deadline: the hire still counts, and the outcome moves on.
    const lateStart = localDateOf(new Date(now.getTime() + 30 * DAY));
    await handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: invitedRef!, employerEmail: order.contactEmail, outcome: "HIRED", startDate: lateStart }] });
    expect((await stateOf(handle)).lifecycle.hires).toBe(2);
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).outcome).toBe("PARTLY_FILLED");
    expect(await prisma.task.count({ where: { orderId: order.id, kind: "FOLLOW_UP" } })).toBe(2);
  });

  it("a hire after a close as not filled makes the order partly filled, recorded as its own event", async () => {
    const jc = await lifecycleJobcentre();
    const order = await makeOrder(jc, { positions: 2 });
    const { handle } = await startAnswered(jc, order);
    const [seeker] = await makeJobseekers(jc.jobcentre.id, [{}]);
    const [referralId] = await shortlistAndAsk(handle, jc, [seeker!]);
    await handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: referralId!, answer: "YES", via: "PHONE", byUserId: jc.consultant.id }] });
    await handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId: jc.consultant.id, reason: "Virksomheden har sat rekrutteringen i bero." }] });
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).outcome).toBe("NOT_FILLED");
    const startDate = localDateOf(new Date((await env.currentTimeMs()) + 10 * DAY));
    await handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: referralId!, employerEmail: order.contactEmail, outcome: "HIRED", startDate }] });
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).outcome).toBe("PARTLY_FILLED");
    expect((await stateOf(handle)).lifecycle.outcome).toBe("PARTLY_FILLED");
    expect(await eventKinds(order.id)).toContain("OUTCOME_UPDATED");
  });

  it("reminds the employer once when feedback on a shared candidate is overdue, and not after a consultant withdraws", async () => {
    const jc = await lifecycleJobcentre();
    const order = await makeOrder(jc, { positions: 2 });
    const { handle } = await startAnswered(jc, order);
    const [a, b] = await makeJobseekers(jc.jobcentre.id, [{ name: "Afventer Svar" }, { name: "Trukket Tilbage" }]);
    const [refA, refB] = await shortlistAndAsk(handle, jc, [a!, b!]);
    for (const ref of [refA!, refB!]) {
      await handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: ref, answer: "YES", via: "PHONE", byUserId: jc.consultant.id }] });
    }
    const withdrawn = await handle.executeUpdate(withdrawReferralUpdate, { args: [{ referralId: refB!, byUserId: jc.consultant.id, reason: "Har fået andet job." }] });
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect(await updateRejection(handle.executeUpdate(employerFeedbackUpdate, { args: [{ referralId: refB!, employerEmail: order.contactEmail, outcome: "INVITED" }] }))).toBe(
      REFUSALS.referralState,
    );

    const dueAt = (await stateOf(handle)).lifecycle.referrals[refA!]!.feedbackDueAt!;
    await skipPast(dueAt);
    const [reminder] = await waitForMails(order.contactEmail, "Vi mangler jeres tilbagemelding");
    expect(reminder!.text).toContain("Afventer Svar");
    await skipPast(new Date(Date.parse(dueAt) + 10 * DAY));
    expect((await mailsTo(order.contactEmail)).filter((m) => m.subject.includes("Vi mangler jeres tilbagemelding"))).toHaveLength(1);
    expect((await eventKinds(order.id)).filter((k) => k === "FEEDBACK_REMINDED")).toHaveLength(1);
  });

  it("the survey gets one reminder and then closes unanswered, which ends the workflow", async () => {
    const jc = await lifecycleJobcentre();
    const order = await makeOrder(jc);
    const { handle } = await startAnswered(jc, order);
    await handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId: jc.consultant.id, reason: "Stillingen er nedlagt." }] });
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).outcome).toBe("NOT_FILLED");
    await waitForMails(order.contactEmail, "Hvordan var samarbejdet");
    const survey = await prisma.satisfactionSurvey.findUniqueOrThrow({ where: { orderId: order.id } });

    await skipPast(survey.remindAt);
    await waitForMails(order.contactEmail, "Påmindelse: Hvordan var samarbejdet");
    await waitForState(handle, (s) => s.lifecycle.survey === "REMINDED", "the survey reminder");
    await handle.result();
    const after = await prisma.satisfactionSurvey.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(after.answeredAt).toBeNull();
    expect(after.expiredAt!.getTime()).toBeGreaterThanOrEqual(survey.closesAt.getTime());
    expect(await eventKinds(order.id)).toEqual(expect.arrayContaining(["SURVEY_SENT", "SURVEY_REMINDED", "SURVEY_EXPIRED"]));
  });

  it("hands several tasks to a colleague at once; an order handed over takes its owner's open tasks along", async () => {
    const jc = await lifecycleJobcentre({ consultants: 2 });
    const order = await makeOrder(jc, { positions: 6 });
    const { handle, state } = await startAnswered(jc, order);
    const owner = state.assigneeId!;
    const other = jc.consultants.find((c) => c.id !== owner)!;
    const searchTask = openTasksOf(state, "SEARCH")[0]!;
    const meetingTask = openTasksOf(state, "MEETING")[0]!;

    const { reassigned } = await handle.executeUpdate(reassignTasksUpdate, { args: [{ taskIds: [searchTask, meetingTask], toUserId: other.id, byUserId: owner }] });
    expect(reassigned.sort()).toEqual([searchTask, meetingTask].sort());
    expect((await prisma.task.findMany({ where: { id: { in: [searchTask, meetingTask] } } })).map((t) => t.assigneeId)).toEqual([other.id, other.id]);
    // Only to someone who may own tasks on the order.
    const stranger = await createStaffUser(prisma, { jobcentreId: (await lifecycleJobcentre()).jobcentre.id });
    expect(await updateRejection(handle.executeUpdate(reassignTasksUpdate, { args: [{ taskIds: [searchTask], toUserId: stranger.id, byUserId: owner }] }))).toBe(
      REFUSALS.assigneeNotAllowed,
    );

    // Before the answer, the answer task goes with the order when it is handed over.
    const unanswered = await makeOrder(jc);
    const unansweredHandle = await startOrder(unanswered.id);
    const waiting = await waitForState(unansweredHandle, (s) => s.phase === "AWAITING_ANSWER", "the second order");
    const answerTask = await prisma.task.findFirstOrThrow({ where: { orderId: unanswered.id, kind: "ANSWER" } });
    expect(answerTask.assigneeId).toBe(waiting.assigneeId);
    const target = jc.consultants.find((c) => c.id !== waiting.assigneeId)!;
    await unansweredHandle.executeUpdate(reassignOrderUpdate, { args: [{ toUserId: target.id, byUserId: waiting.assigneeId! }] });
    expect((await prisma.task.findUniqueOrThrow({ where: { id: answerTask.id } })).assigneeId).toBe(target.id);
  });
});

/** A fleksjob order, answered, with an ordinary jobseeker and one visiteret til fleksjob in its register. */
async function answeredFlexOrder() {
  const jc = await lifecycleJobcentre();
  const { handle } = await startAnswered(jc, await makeOrder(jc, { kind: "FLEX_JOB" }));
  const [ordinary, flex] = await makeJobseekers(jc.jobcentre.id, [{ benefitGroup: "UNEMPLOYMENT_BENEFIT" }, { benefitGroup: "FLEX_JOB_ELIGIBLE", hoursPerWeek: 15 }]);
  return { jc, handle, ordinary: ordinary!, flex: flex! };
}

// What only the activities can know (the register, the link, the user): the workflow's own refusals are
// in rules.workflow.test.ts, with stubbed activities.
describe("steps the activities refuse", () => {
  it("refuses to shortlist a jobseeker the kind of order does not allow", async () => {
    const { jc, handle, ordinary } = await answeredFlexOrder();
    expect(await updateRejection(handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds: [ordinary], byUserId: jc.consultant.id }] }))).toBe(
      REFUSALS.notEligible,
    );
  });

  it("shortlisting the same jobseeker again changes nothing", async () => {
    const { jc, handle, flex } = await answeredFlexOrder();
    await handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds: [flex], byUserId: jc.consultant.id }] });
    expect(await handle.executeUpdate(shortlistCandidatesUpdate, { args: [{ jobseekerIds: [flex], byUserId: jc.consultant.id }] })).toEqual({ added: [], alreadyListed: 1 });
  });

  it("refuses a consent link whose token is not the one mailed", async () => {
    const { jc, handle, flex } = await answeredFlexOrder();
    const [referralId] = await shortlistAndAsk(handle, jc, [flex]);
    expect(await updateRejection(handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: referralId!, answer: "YES", via: "LINK", tokenHash: hashToken("not-the-token") }] }))).toBe(
      REFUSALS.invalidLink,
    );
  });

  it("refuses a consent recorded by staff of another jobcentre", async () => {
    const { jc, handle, flex } = await answeredFlexOrder();
    const [referralId] = await shortlistAndAsk(handle, jc, [flex]);
    const stranger = await createStaffUser(prisma, { jobcentreId: (await lifecycleJobcentre()).jobcentre.id });
    expect(await updateRejection(handle.executeUpdate(recordConsentUpdate, { args: [{ referralId: referralId!, answer: "YES", via: "PHONE", byUserId: stranger.id }] }))).toBe(
      REFUSALS.actorNotAllowed,
    );
  });
});

describe("links in mails", () => {
  it("a consent link cannot be made from the referral's id and LINK_SECRET alone: it takes the referral's random key", async () => {
    const jc = await lifecycleJobcentre();
    const order = await makeOrder(jc);
    const { handle } = await startAnswered(jc, order);
    const [jobseekerId] = await makeJobseekers(jc.jobcentre.id, [{ name: "Ida Kandidat" }]);
    const [referralId] = await shortlistAndAsk(handle, jc, [jobseekerId!]);
    const mailed = await consentTokenHash(await jobseekerEmail(jobseekerId!));
    expect(await getConsentRequestByTokenHash(mailed, prisma)).not.toBeNull();

    // What someone who knew the secret and the ids could compute (the scheme before random keys).
    for (const guess of [`consent:${referralId}:1`, `consent:${referralId}:1:`, `consent:${referralId}:0`]) {
      const forged = crypto.createHmac("sha256", LINK_SECRET).update(guess).digest("base64url");
      expect(await getConsentRequestByTokenHash(hashToken(forged), prisma)).toBeNull();
    }
    const { linkKey } = await prisma.referral.findUniqueOrThrow({ where: { id: referralId! } });
    expect(linkKey).toMatch(/^[0-9a-f]{64}$/);
    await handle.executeUpdate(closeOrderUpdate, { args: [{ byUserId: jc.consultant.id, reason: "Test slut." }] });
  });
});
