// The regional recruitment service takes part: the region's task, its mailbox and the employer told.
import { toDeadlinePolicy } from "../../app/models/policy/policy.server";
import { JOB_ORDER_KIND_LABELS } from "../../app/schemas/job-order";
import { addWorkingDays } from "../../app/utils/deadlines";
import { sendMailOnce, wasMailSent } from "../../app/utils/mailer.server";
import { regionalRecruitmentMail, regionInformedMail } from "../../emails";
import { REFUSALS } from "../job-order/definitions";
import {
  appendEvent,
  ensureTask,
  iso,
  jobcentreContact,
  orderUrl,
  refuse,
  requireStaffOnOrder,
  type ActivityDeps,
  type Support,
  type TaskChange,
} from "./support";
import { placeOf } from "../../app/models/reference/postcodes.server";

export function createRegionalRecruitmentActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, publicUrl, employerLinkTtlHours } = deps;
  const { loadOrder, employerLink } = support;

  return {
    /**
     * The order goes to the jobcentre's regional recruitment service: partner jobcentres see it and
     * search their registers for it, the region's team gets a task and a mail, the employer is told.
     * `byUserId` null: the workflow's own escalation when no candidate was referred in time.
     */
    async shareWithRegion(input: { orderId: string; byUserId: string | null; at: string }): Promise<{ sharedWithRegionAt: string | null; task: TaskChange | null }> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      const region = order.jobcentre.region;
      if (input.byUserId) {
        const user = await requireStaffOnOrder(prisma, input.byUserId, order);
        if (user.jobcentreId !== order.jobcentreId) throw refuse(REFUSALS.actorNotAllowed, "Kun ordrens eget jobcenter kan sende den til regionen.");
      }
      if (!region) {
        if (input.byUserId) throw refuse(REFUSALS.noRegion, "Jobcentret er ikke knyttet til en regional rekrutteringsservice.");
        return { sharedWithRegionAt: null, task: null };
      }
      const policy = toDeadlinePolicy(order.policy);
      const task = await prisma.$transaction(async (tx) => {
        await tx.jobOrder.updateMany({ where: { id: order.id, sharedWithRegionAt: null }, data: { sharedWithRegionAt: at } });
        await appendEvent(tx, {
          orderId: order.id,
          kind: "SHARED_WITH_REGION",
          key: "shared-with-region",
          at,
          actorId: input.byUserId,
          data: { regionId: region.id, automatic: input.byUserId === null },
        });
        return ensureTask(tx, {
          orderId: order.id,
          jobcentreId: order.jobcentreId,
          regionId: region.id,
          key: "regional",
          kind: "REGIONAL_RECRUITMENT",
          dueAt: addWorkingDays(policy, at, order.policy.referralWithinWorkingDays),
          assigneeId: null,
          at,
        });
      });
      const fresh = await loadOrder(order.id);
      const regionMail = regionalRecruitmentMail({
        regionName: region.name,
        jobcentreName: order.jobcentre.name,
        orderNumber: order.number,
        title: order.title,
        companyName: order.company.name,
        positions: order.positions,
        kindLabel: JOB_ORDER_KIND_LABELS[order.kind],
        hoursPerWeek: Number(order.hoursPerWeek).toLocaleString("da-DK"),
        workplace: await placeOf(prisma, order.workplacePostcode),
        requirements: order.requirements,
        receivedAt: order.receivedAt,
        referralDueAt: input.byUserId ? null : order.referralDueAt,
        assigneeName: order.assignee?.name ?? null,
        orderUrl: orderUrl(publicUrl, order.number),
      });
      await sendMailOnce(prisma, mailer, { key: `order:${order.id}:region`, orderId: order.id, to: [region.email], ...regionMail, replyTo: order.jobcentre.email });
      const employerKey = `order:${order.id}:region-informed`;
      if (!(await wasMailSent(prisma, employerKey))) {
        const mail = regionInformedMail({
          contactName: order.contactName,
          orderNumber: order.number,
          title: order.title,
          regionName: region.name,
          consultantName: order.assignee?.name ?? null,
          jobcentre: jobcentreContact(order),
          loginUrl: await employerLink(order.contactEmail),
          linkTtlHours: employerLinkTtlHours,
        });
        await sendMailOnce(prisma, mailer, { key: employerKey, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
      }
      return { sharedWithRegionAt: iso(fresh.sharedWithRegionAt), task };
    },
  };
}
