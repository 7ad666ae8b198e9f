// The management schedules' activities: the weekly digest to managers and team leads. Each mail has a key
// per recipient and week, so a retried activity or a second run for the same week sends nothing twice.
import { listDigestRecipients, digestContent, previousWeek, type DigestRecipient, type DigestWeek } from "../../app/models/kpi/digest.server";
import { sendMailOnce } from "../../app/utils/mailer.server";
import { managementDigestMail } from "../../emails";
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
  };
}
