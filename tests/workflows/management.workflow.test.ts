// The managers' weekly digest on the time-skipping server with the real activities, PostgreSQL and the
// SMTP sink. The schedule that starts it runs on the real dev server (tests/integration/schedules.test.ts):
// the time-skipping server has no schedules, so here each run is started as the schedule starts it.
import { afterEach, describe, expect, it } from "vitest";
import { previousWeek } from "../../app/models/kpi/digest.server";
import { MANAGEMENT_DIGEST_WORKFLOW, QUARTERLY_REPORTS_WORKFLOW, type ManagementDigestResult, type QuarterlyReportsResult } from "../../workflows/management/definitions";
import { uniqueSuffix } from "../factories";
import { env, HOUR, loseAckOnceFor, mailsTo, makeJobcentre, makeOrder, prisma, serverNow, taskQueue, useWorkflowHarness, type Jc } from "./harness";

useWorkflowHarness();

afterEach(() => loseAckOnceFor.clear());

/** A run as the schedule starts one, at `at` (the server's clock may have moved on since). */
function runDigest(jc: Jc, at: Date): Promise<ManagementDigestResult> {
  return env.client.workflow.execute(MANAGEMENT_DIGEST_WORKFLOW, {
    taskQueue: taskQueue(),
    workflowId: `management-digest-test-${uniqueSuffix()}`,
    args: [{ jobcentreIds: [jc.jobcentre.id], at: at.toISOString() }],
  });
}

/** A jobcentre with last week's broken promise, an overdue task and a yearly goal it cannot reach. */
async function jobcentreWithAWeekToReport() {
  const jc = await makeJobcentre();
  const now = await serverNow();
  const week = previousWeek(now);
  const breachedAt = new Date(`${week.from}T12:00:00Z`);
  const order = await makeOrder(jc, { receivedAt: new Date(breachedAt.getTime() - 30 * HOUR), assigneeId: jc.consultant.id, status: "ASSIGNED", breachedAt, workflowStartedAt: now });
  await prisma.task.create({ data: { orderId: order.id, jobcentreId: jc.jobcentre.id, kind: "ANSWER", key: "answer", dueAt: breachedAt, assigneeId: jc.consultant.id, createdAt: order.receivedAt } });
  const year = Number(week.to.slice(0, 4));
  await prisma.planGoal.create({ data: { jobcentreId: jc.jobcentre.id, year, measure: "ORDERS_RECEIVED", comparator: "AT_LEAST", target: 100_000, label: `Volumen ${uniqueSuffix()}`, wording: "Mange jobordrer." } });
  return { jc, week, order, now };
}

describe("the weekly digest", () => {
  it("mails each manager and team lead once about last week: the goal off track, the breached order and the overdue task", async () => {
    const { jc, week, order, now } = await jobcentreWithAWeekToReport();
    const first = await runDigest(jc, now);
    expect(first).toEqual({ week: week.id, sent: 2, alreadySent: 0, inactive: 0 });
    for (const lead of [jc.manager, jc.teamLead]) {
      const mails = await mailsTo(lead.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.text).toContain(order.number);
      expect(mails[0]!.text).toContain(jc.consultant.name);
      expect(mails[0]!.text).toMatch(/Volumen/);
    }
    expect(await mailsTo(jc.consultant.email)).toHaveLength(0);

    // The schedule's run again for the same week (a manual re-run, or the catch-up after an outage).
    expect(await runDigest(jc, now)).toEqual({ week: week.id, sent: 0, alreadySent: 2, inactive: 0 });
    expect(await mailsTo(jc.manager.email)).toHaveLength(1);
  });

  it("sends one message when the SMTP server's acknowledgement is lost and the activity is retried", async () => {
    const { jc, now } = await jobcentreWithAWeekToReport();
    loseAckOnceFor.add(jc.manager.email);
    const result = await runDigest(jc, now);
    expect(result.sent).toBe(2);
    const mails = await mailsTo(jc.manager.email);
    // Delivered twice at most, always under the one Message-ID, so the mail client shows it once.
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(1);
    const rows = await prisma.sentMail.findMany({ where: { key: { startsWith: "digest:" }, to: jc.manager.email } });
    expect(rows.map((r) => r.status)).toEqual(["SENT"]);
  });

  it("leaves out a lead who left before the run", async () => {
    const { jc, now } = await jobcentreWithAWeekToReport();
    await prisma.user.update({ where: { id: jc.teamLead.id }, data: { active: false } });
    expect(await runDigest(jc, now)).toMatchObject({ sent: 1, inactive: 0 });
  });
});

describe("the quarter's committee reports", () => {
  function runQuarterly(jc: Jc, at: string): Promise<QuarterlyReportsResult> {
    return env.client.workflow.execute(QUARTERLY_REPORTS_WORKFLOW, {
      taskQueue: taskQueue(),
      workflowId: `quarterly-reports-test-${uniqueSuffix()}`,
      args: [{ jobcentreIds: [jc.jobcentre.id], at }],
    });
  }

  it("on the first working day after the quarter print the report and mail it to each manager once, the PDF attached", async () => {
    const { jc } = await jobcentreWithAWeekToReport();
    // Monday 4 January 2027, 07.00 in Copenhagen: the first working day after the fourth quarter of 2026.
    const first = await runQuarterly(jc, "2027-01-04T06:00:00Z");
    expect(first).toEqual({ quarter: "2026-Q4", reports: 1, mailed: 1 });
    const report = await prisma.committeeReport.findFirstOrThrow({ where: { jobcentreId: jc.jobcentre.id } });
    expect([report.periodFrom, report.periodTo, report.kind]).toEqual(["2026-10-01", "2026-12-31", "QUARTERLY"]);
    expect(Buffer.from(report.pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const mails = await mailsTo(jc.manager.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.attachments).toEqual([expect.objectContaining({ contentType: "application/pdf", filename: expect.stringContaining("2026-10-01-2026-12-31") })]);
    expect(await mailsTo(jc.teamLead.email)).toHaveLength(0);

    // The schedule's run retried or run again the same day: the report is not made again, nor mailed.
    expect(await runQuarterly(jc, "2027-01-04T09:00:00Z")).toEqual({ quarter: "2026-Q4", reports: 1, mailed: 0 });
    expect(await mailsTo(jc.manager.email)).toHaveLength(1);
    expect(await prisma.committeeReport.count({ where: { jobcentreId: jc.jobcentre.id } })).toBe(1);
  });

  it("make nothing on the other mornings the schedule runs", async () => {
    const { jc } = await jobcentreWithAWeekToReport();
    expect(await runQuarterly(jc, "2027-01-05T06:00:00Z")).toEqual({ quarter: null, reports: 0, mailed: 0 });
    expect(await prisma.committeeReport.count({ where: { jobcentreId: jc.jobcentre.id } })).toBe(0);
  });
});
