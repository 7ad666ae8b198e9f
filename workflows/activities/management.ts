// The management schedules' activities: the weekly digest to managers and team leads, and the committee
// report printed to PDF and mailed after each quarter. Each mail has a key per recipient and period, so a
// retried activity or a second run for the same period sends nothing twice.
import { ApplicationFailure } from "@temporalio/common";
import { periodOf, type PeriodChoice } from "../../app/domain/kpi/periods";
import { buildCommitteeReport, quarterReportDueOn } from "../../app/models/kpi/committee-report.server";
import { printCommitteeReport } from "../../app/models/kpi/committee-report-pdf.server";
import { listDigestRecipients, digestContent, previousWeek, type DigestRecipient, type DigestWeek } from "../../app/models/kpi/digest.server";
import { todayIn } from "../../app/models/kpi/dashboard.server";
import { sendMailOnce } from "../../app/utils/mailer.server";
import { committeeReportMail, managementDigestMail } from "../../emails";
import type { ReportRequest } from "../management/definitions";
import { publicLink, type ActivityDeps } from "./support";


export function createManagementActivities(deps: ActivityDeps) {
  const { prisma, mailer, publicUrl } = deps;

  return {
    /** The week a digest run at `at` is about, and who gets it (all jobcentres, or the ones named). */
    async planManagementDigest(input: { at: string; jobcentreIds?: string[] | null }): Promise<{ week: DigestWeek; recipients: DigestRecipient[] }> {
      return { week: previousWeek(new Date(input.at)), recipients: await listDigestRecipients(input.jobcentreIds ?? null, prisma) };
    },

    /** One recipient's digest for a week; "already-sent" when it went out before. */
    async sendManagementDigest(input: { week: DigestWeek; recipient: DigestRecipient; at: string }): Promise<"sent" | "already-sent" | "inactive"> {
      const user = await prisma.user.findUnique({ where: { id: input.recipient.userId }, select: { name: true, email: true, active: true, jobcentreId: true } });
      if (!user || !user.active || user.jobcentreId !== input.recipient.jobcentreId) return "inactive";
      const content = await digestContent(user.jobcentreId, input.week, new Date(input.at), prisma);
      const mail = managementDigestMail({
        recipientName: user.name,
        jobcentreName: content.jobcentreName,
        weekLabel: input.week.label,
        goalsOffTrack: content.goalsOffTrack,
        breached: content.breached,
        breachedTotal: content.breachedTotal,
        overdueTasks: content.overdueTasks,
        dashboardUrl: publicLink(publicUrl, "/ledelse"),
        breachedUrl: publicLink(publicUrl, `/ledelse/ordrer?maengde=overdueNow&fra=${input.week.from}&til=${input.week.to}`),
        inboxUrl: publicLink(publicUrl, "/indbakke"),
      });
      return sendMailOnce(prisma, mailer, { key: `digest:${input.week.id}:${input.recipient.userId}`, to: [user.email], ...mail });
    },

    /**
     * The quarter whose committee report is due on the day of `at` (the first working day after it), and
     * the jobcentres with a manager to send it to; no quarter on any other day.
     */
    async planQuarterlyReports(input: { at: string; jobcentreIds?: string[] | null }): Promise<{ choice: PeriodChoice | null; jobcentreIds: string[] }> {
      const choice = quarterReportDueOn(todayIn(new Date(input.at)));
      if (!choice) return { choice: null, jobcentreIds: [] };
      const managers = await prisma.user.findMany({
        where: { active: true, role: "MANAGER", ...(input.jobcentreIds ? { jobcentreId: { in: input.jobcentreIds } } : {}) },
        select: { jobcentreId: true },
        distinct: ["jobcentreId"],
        orderBy: { jobcentreId: "asc" },
      });
      return { choice, jobcentreIds: managers.map((m) => m.jobcentreId) };
    },

    /**
     * The committee report of a jobcentre for a period, printed to PDF by Chromium and stored. A quarterly
     * report is made once (a retry finds it); one asked for on demand is printed anew with today's figures.
     */
    async makeCommitteeReport(input: ReportRequest & { at: string }): Promise<{ reportId: string }> {
      const period = periodOf(input.choice);
      const key = { jobcentreId: input.jobcentreId, periodFrom: period.from, periodTo: period.to, kind: input.kind };
      if (input.kind === "QUARTERLY") {
        const existing = await prisma.committeeReport.findUnique({ where: { jobcentreId_periodFrom_periodTo_kind: key }, select: { id: true } });
        if (existing) return { reportId: existing.id };
      }
      if (!deps.chromiumPath) throw ApplicationFailure.nonRetryable("No Chromium to print the committee report with: install it (apt-get install chromium) or set CHROMIUM_PATH", "ChromiumMissing");
      const report = await buildCommitteeReport(input.jobcentreId, input.choice, new Date(input.at), prisma);
      const pdf = new Uint8Array(await printCommitteeReport(report, deps.chromiumPath));
      const row = await prisma.committeeReport.upsert({
        where: { jobcentreId_periodFrom_periodTo_kind: key },
        create: { ...key, label: report.periodText, pdf },
        update: { label: report.periodText, pdf, createdAt: new Date() },
        select: { id: true },
      });
      return { reportId: row.id };
    },

    /** The quarter's report to each active manager of its jobcentre, the PDF attached; once per manager. */
    async mailCommitteeReport(input: { reportId: string }): Promise<{ sent: number }> {
      const report = await prisma.committeeReport.findUniqueOrThrow({ where: { id: input.reportId }, include: { jobcentre: { select: { name: true, email: true } } } });
      const managers = await prisma.user.findMany({ where: { jobcentreId: report.jobcentreId, role: "MANAGER", active: true }, select: { id: true, name: true, email: true }, orderBy: { id: "asc" } });
      let sent = 0;
      for (const manager of managers) {
        const params = new URLSearchParams({ periode: "interval", fra: report.periodFrom, til: report.periodTo });
        const mail = committeeReportMail({ recipientName: manager.name, jobcentreName: report.jobcentre.name, periodText: report.label, reportUrl: publicLink(publicUrl, `/ledelse/rapport?${params}`) });
        const outcome = await sendMailOnce(prisma, mailer, {
          key: `committee-report:${report.id}:${manager.id}`,
          to: [manager.email],
          ...mail,
          attachments: [{ filename: `udvalgsrapport-${report.jobcentreId}-${report.periodFrom}-${report.periodTo}.pdf`, content: Buffer.from(report.pdf), contentType: "application/pdf" }],
        });
        if (outcome === "sent") sent += 1;
      }
      return { sent };
    },
  };
}
