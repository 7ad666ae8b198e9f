// The visit programme's workflow on the time-skipping server with the real activities, PostgreSQL and the
// SMTP sink: a company is offered a visit, is visited, and is followed up in time or not; a company with
// no visit by the programme's end is recorded as missed; a company may say no. The enrolment schedule's
// run is started here as the schedule starts it (the time-skipping server has no schedules).
import { describe, expect, it } from "vitest";
import type { WorkflowHandle } from "@temporalio/client";
import { declineProgrammeVisits, notifyProgrammesOfVisit } from "../../app/models/visit/programme.server";
import { addLocalDays, addLocalMonths, endOfLocalDay, localDateOf } from "../../app/utils/deadlines";
import {
  declineVisitsUpdate,
  ENROL_PROGRAMMES_WORKFLOW,
  getProgrammeStateQuery,
  PROGRAMME_REFUSALS,
  visitProgrammeWorkflowId,
  type EnrolProgrammesResult,
  type ProgrammeWorkflowState,
} from "../../workflows/visit-programme/definitions";
import { createHeldVisit, createRegisteredCompany, createStaffUser, createVisitProgramme, uniqueSuffix } from "../factories";
import { eventually } from "../support/eventually";
import { DAY, env, mailsTo, makeJobcentre, prisma, serverNow, skipPast, taskQueue, updateRejection, useWorkflowHarness, waitForMails, type Jc } from "./harness";

useWorkflowHarness();

const FOLLOW_UP_MONTHS = 2;
const REMINDER_DAYS = 7;

/**
 * A jobcentre with a programme running from 10 days ago to `endsInDays` ahead, and a company above its threshold.
 * The server's clock moves on from test to test, so a test in which the first visit counts only at the programme's
 * end keeps that end well before a follow-up's due day (two months after the visit, 59 to 62 days by the calendar).
 */
async function programmeWithCompany(options: { keyAccount?: boolean; endsInDays?: number } = {}) {
  const jc = await makeJobcentre();
  const today = localDateOf(await serverNow());
  const programme = await createVisitProgramme(prisma, jc.jobcentre.id, {
    startsOn: new Date(`${addLocalDays(today, -10)}T00:00:00Z`),
    endsOn: new Date(`${addLocalDays(today, options.endsInDays ?? 60)}T00:00:00Z`),
    followUpWithinMonths: FOLLOW_UP_MONTHS,
    reminderDaysBefore: REMINDER_DAYS,
  });
  const company = await createRegisteredCompany(prisma, jc.jobcentre.id, { employeeBand: "E10_19" }, options.keyAccount ? jc.consultant.id : null);
  return { jc, today, programme, company };
}

function runEnrolment(jc: Jc): Promise<EnrolProgrammesResult> {
  return env.client.workflow.execute(ENROL_PROGRAMMES_WORKFLOW, { taskQueue: taskQueue(), workflowId: `enrol-test-${jc.jobcentre.id}-${uniqueSuffix()}`, args: [{ jobcentreIds: [jc.jobcentre.id] }] });
}

async function enrolled(setup: Awaited<ReturnType<typeof programmeWithCompany>>): Promise<{ handle: WorkflowHandle; enrolmentId: string }> {
  await runEnrolment(setup.jc);
  const enrolment = await prisma.programmeEnrolment.findUniqueOrThrow({ where: { programmeId_companyId: { programmeId: setup.programme.id, companyId: setup.company.id } } });
  const handle = env.client.workflow.getHandle(visitProgrammeWorkflowId(setup.programme.id, setup.company.id));
  await waitForProgramme(handle, (s) => s.dueAt !== null, "the workflow to wait for the first visit");
  return { handle, enrolmentId: enrolment.id };
}

function waitForProgramme(handle: WorkflowHandle, predicate: (s: ProgrammeWorkflowState) => boolean, what: string) {
  return eventually(async () => {
    const state = await handle.query(getProgrammeStateQuery).catch(() => undefined);
    return state && predicate(state) ? state : undefined;
  }, what);
}

/** A visit held `daysFromNow` days from the server's now, recorded and signalled as the visit page does. */
async function holdVisit(jc: Jc, companyId: string, daysFromNow = 0, signal = true) {
  const at = new Date((await serverNow()).getTime() + daysFromNow * DAY);
  const visit = await createHeldVisit(prisma, { jobcentreId: jc.jobcentre.id, companyId, consultantId: jc.consultant.id, at });
  if (signal) await notifyProgrammesOfVisit(prisma, async () => env.client, { jobcentreId: jc.jobcentre.id, companyId });
  return visit;
}

describe("the visit programme", () => {
  it("enrols the companies above the threshold once, and none at or below it or without a band", async () => {
    const setup = await programmeWithCompany();
    const small = await createRegisteredCompany(prisma, setup.jc.jobcentre.id, { employeeBand: "E2_4" });
    const unknown = await createRegisteredCompany(prisma, setup.jc.jobcentre.id, { employeeBand: null });
    const first = await runEnrolment(setup.jc);
    expect(first.enrolled).toBeGreaterThanOrEqual(1);
    const rows = await prisma.programmeEnrolment.findMany({ where: { programmeId: setup.programme.id } });
    expect(rows.map((r) => r.companyId)).toEqual([setup.company.id]);
    expect(rows[0]!.workflowStartedAt).not.toBeNull();
    expect(rows[0]!.firstVisitDueAt.toISOString()).toBe(endOfLocalDay(addLocalDays(setup.today, 60)).toISOString());
    expect(await prisma.programmeEnrolment.count({ where: { companyId: { in: [small.id, unknown.id] } } })).toBe(0);

    await runEnrolment(setup.jc);
    expect(await prisma.programmeEnrolment.count({ where: { programmeId: setup.programme.id } })).toBe(1);
  });

  it("keeps the promise: the first visit sets the follow-up's due day, the follow-up settles it", async () => {
    const setup = await programmeWithCompany();
    const { handle, enrolmentId } = await enrolled(setup);
    const first = await holdVisit(setup.jc, setup.company.id);
    const visited = await waitForProgramme(handle, (s) => s.status === "AWAITING_FOLLOW_UP", "the first visit to count");
    const expectedDue = endOfLocalDay(addLocalMonths(localDateOf(first.plannedFor), FOLLOW_UP_MONTHS));
    expect(visited.dueAt).toBe(expectedDue.toISOString());
    const row = await prisma.programmeEnrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
    expect(row).toMatchObject({ status: "AWAITING_FOLLOW_UP", firstVisitId: first.id, followUpDueAt: expectedDue });

    const followUp = await holdVisit(setup.jc, setup.company.id, 1);
    expect(await handle.result()).toBe("FOLLOWED_UP");
    expect(await prisma.programmeEnrolment.findUniqueOrThrow({ where: { id: enrolmentId } })).toMatchObject({ status: "FOLLOWED_UP", followUpVisitId: followUp.id, missedAt: null });
  });

  it("records the follow-up as missed when it is not held by its due day, after reminding the first visit's consultant", async () => {
    const setup = await programmeWithCompany();
    const { handle, enrolmentId } = await enrolled(setup);
    // A visit that did not happen keeps nothing.
    await createHeldVisit(prisma, { jobcentreId: setup.jc.jobcentre.id, companyId: setup.company.id, consultantId: setup.jc.consultant.id, at: await serverNow(), outcome: "NOT_HELD" });
    await holdVisit(setup.jc, setup.company.id);
    const visited = await waitForProgramme(handle, (s) => s.status === "AWAITING_FOLLOW_UP", "the first visit to count");

    await skipPast(visited.remindAt!);
    const reminders = await waitForMails(setup.jc.consultant.email, "opfølgende besøg");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain(setup.company.cvr);

    await skipPast(visited.dueAt!);
    expect(await handle.result()).toBe("FOLLOW_UP_MISSED");
    const row = await prisma.programmeEnrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
    expect(row.status).toBe("FOLLOW_UP_MISSED");
    expect(row.missedAt!.getTime()).toBeGreaterThanOrEqual(Date.parse(visited.dueAt!));
    expect((await mailsTo(setup.jc.consultant.email)).filter((m) => m.subject.includes("Besøgsprogram"))).toHaveLength(1);
  });

  it("records the first visit as missed at the programme's end, after reminding the key account consultant", async () => {
    const setup = await programmeWithCompany({ keyAccount: true });
    const { handle, enrolmentId } = await enrolled(setup);
    const state = await handle.query(getProgrammeStateQuery);
    await skipPast(state.remindAt!);
    expect(await waitForMails(setup.jc.consultant.email, "skal have et besøg")).toHaveLength(1);
    await skipPast(state.dueAt!);
    expect(await handle.result()).toBe("VISIT_MISSED");
    expect((await prisma.programmeEnrolment.findUniqueOrThrow({ where: { id: enrolmentId } })).status).toBe("VISIT_MISSED");
  });

  it("counts a visit whose signal was lost when it looks at the due day", async () => {
    const setup = await programmeWithCompany({ endsInDays: 20 });
    const { handle } = await enrolled(setup);
    const state = await handle.query(getProgrammeStateQuery);
    await holdVisit(setup.jc, setup.company.id, 0, false);
    await skipPast(state.dueAt!);
    await waitForProgramme(handle, (s) => s.status === "AWAITING_FOLLOW_UP", "the first visit to count at the due day");
  });

  it("counts the follow-up after a hire, done on its order's task with no outcome, as a visit", async () => {
    const setup = await programmeWithCompany();
    const { handle } = await enrolled(setup);
    const at = await serverNow();
    await prisma.companyVisit.create({
      data: { jobcentreId: setup.jc.jobcentre.id, companyId: setup.company.id, kind: "AFTER_HIRE", consultantId: setup.jc.consultant.id, plannedFor: at, doneAt: at, doneById: setup.jc.consultant.id },
    });
    await notifyProgrammesOfVisit(prisma, async () => env.client, { jobcentreId: setup.jc.jobcentre.id, companyId: setup.company.id });
    await waitForProgramme(handle, (s) => s.status === "AWAITING_FOLLOW_UP", "the visit after a hire to count");
  });

  it("records a company's no, and refuses one from another jobcentre's staff and a second one", async () => {
    const setup = await programmeWithCompany();
    const { handle, enrolmentId } = await enrolled(setup);
    const other = await makeJobcentre();
    expect(await updateRejection(handle.executeUpdate(declineVisitsUpdate, { args: [{ byUserId: other.consultant.id }] }))).toBe(PROGRAMME_REFUSALS.actorNotAllowed);

    const colleague = await createStaffUser(prisma, { jobcentreId: setup.jc.jobcentre.id });
    await handle.executeUpdate(declineVisitsUpdate, { args: [{ byUserId: colleague.id }] });
    expect(await handle.result()).toBe("DECLINED");
    expect(await prisma.programmeEnrolment.findUniqueOrThrow({ where: { id: enrolmentId } })).toMatchObject({ status: "DECLINED", declinedById: colleague.id });

    // The workflow has ended: the page refuses from the database's state before it asks.
    const again = await declineProgrammeVisits(prisma, async () => env.client, { jobcentreId: setup.jc.jobcentre.id, enrolmentId, byUserId: colleague.id, updateId: crypto.randomUUID() });
    expect(again).toMatchObject({ ok: false, code: PROGRAMME_REFUSALS.notOpen });
    const elsewhere = await declineProgrammeVisits(prisma, async () => env.client, { jobcentreId: other.jobcentre.id, enrolmentId, byUserId: other.consultant.id, updateId: crypto.randomUUID() });
    expect(elsewhere).toMatchObject({ ok: false, code: "notFound" });
  });
});
