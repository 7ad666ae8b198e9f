// The meeting promise: the employer books one of the offered times.
import { sendMailOnce, wasMailSent } from "../../app/utils/mailer.server";
import { meetingBookedMail } from "../../emails";
import { REFUSALS } from "../job-order/definitions";
import {
  appendEvent,
  consultantRecipient,
  jobcentreContact,
  orderUrl,
  refuse,
  requireEmployer,
  type ActivityDeps,
  type Support,
} from "./support";

export function createMeetingActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, publicUrl } = deps;
  const { loadOrder, employerLink } = support;

  return {
    /** The employer picks one of the offered meeting times; the meeting task is due then. */
    async bookMeeting(input: { orderId: string; employerEmail: string; scheduledFor: string; at: string }): Promise<{ scheduledFor: string }> {
      const at = new Date(input.at);
      const order = await loadOrder(input.orderId);
      requireEmployer(order, input.employerEmail);
      const meeting = order.meeting;
      const chosen = new Date(input.scheduledFor);
      if (!meeting || !meeting.options.some((o) => o.getTime() === chosen.getTime())) {
        throw refuse(REFUSALS.invalidMeetingTime, "Vælg et af de tilbudte tidspunkter.");
      }
      await prisma.$transaction(async (tx) => {
        await tx.orderMeeting.updateMany({ where: { orderId: order.id, scheduledFor: null }, data: { scheduledFor: chosen, bookedAt: at } });
        await tx.task.updateMany({ where: { orderId: order.id, key: "meeting", status: "OPEN" }, data: { dueAt: chosen } });
        await appendEvent(tx, { orderId: order.id, kind: "MEETING_BOOKED", key: "meeting-booked", at, data: { scheduledFor: chosen.toISOString() } });
      });
      const booked = (await prisma.orderMeeting.findUniqueOrThrow({ where: { orderId: order.id } })).scheduledFor ?? chosen;
      const consultant = consultantRecipient(order);
      const common = { orderNumber: order.number, title: order.title, companyName: order.company.name, at: booked, consultantName: consultant.name, jobcentre: jobcentreContact(order) };
      const employerKey = `order:${order.id}:meeting-booked:employer`;
      if (!(await wasMailSent(prisma, employerKey))) {
        const mail = meetingBookedMail({ ...common, audience: "employer", recipientName: order.contactName, url: await employerLink(order.contactEmail) });
        await sendMailOnce(prisma, mailer, { key: employerKey, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: order.jobcentre.email });
      }
      const staffMail = meetingBookedMail({ ...common, audience: "consultant", recipientName: consultant.name, url: orderUrl(publicUrl, order.number) });
      await sendMailOnce(prisma, mailer, { key: `order:${order.id}:meeting-booked:consultant`, orderId: order.id, to: [consultant.email], ...staffMail });
      return { scheduledFor: booked.toISOString() };
    },
  };
}
