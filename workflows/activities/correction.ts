// The employer's correction of an open order: the new values with what they replaced, as one event, and
// the mail to the consultant who has the order.
import { changesBetween, correctionLines, type CorrectableField, type OrderCorrectionValues } from "../../app/domain/job-order/correction";
import { correctionValuesOf, isCorrectionEventData, type CorrectionEventData } from "../../app/models/job-order/correction.server";
import { sendMailOnce, wasMailSent } from "../../app/utils/mailer.server";
import { orderCorrectedMail } from "../../emails";
import { REFUSALS } from "../job-order/definitions";
import { plannedClosesAt } from "./lifecycle";
import { appendEvent, consultantRecipient, orderUrl, refuse, requireEmployer, type ActivityDeps, type Support } from "./support";

export function createCorrectionActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, publicUrl } = deps;
  const { loadOrder } = support;

  return {
    /**
     * Stores the corrected values once per (order, key): a retry finds the event the first try wrote. Once
     * the order's close is planned, a new application deadline moves it.
     */
    async correctOrder(input: { orderId: string; employerEmail: string; values: OrderCorrectionValues; key: string; at: string }): Promise<{ changed: CorrectableField[]; eventKey: string }> {
      const order = await loadOrder(input.orderId);
      requireEmployer(order, input.employerEmail);
      const done = await prisma.jobOrderEvent.findUnique({ where: { orderId_key: { orderId: order.id, key: input.key } } });
      if (done && isCorrectionEventData(done.data)) return { changed: done.data.changes.map((c) => c.field), eventKey: input.key };
      if (order.status === "CLOSED") throw refuse(REFUSALS.orderClosed, "Jobordren er afsluttet og kan ikke rettes.");

      const changes = changesBetween(correctionValuesOf(order), input.values);
      if (changes.length === 0) return { changed: [], eventKey: input.key };
      const v = input.values;
      const applicationDeadline = v.applicationDeadline ? new Date(`${v.applicationDeadline}T00:00:00Z`) : null;
      const deadlineMoved = changes.some((c) => c.field === "applicationDeadline");
      const closesAt = order.closesAt && deadlineMoved ? plannedClosesAt({ ...order, applicationDeadline }) : undefined;
      const data: CorrectionEventData = { changes, byName: order.contactName };

      await prisma.$transaction(async (tx) => {
        await tx.jobOrder.update({
          where: { id: order.id },
          data: {
            title: v.title,
            description: v.description,
            positions: v.positions,
            hoursPerWeek: v.hoursPerWeek,
            startDate: new Date(`${v.startDate}T00:00:00Z`),
            applicationDeadline,
            requirements: v.requirements,
            openToSmallJobs: v.openToSmallJobs,
            openToFlexJob: v.openToFlexJob,
            openToJobCrafting: v.openToJobCrafting,
            contactName: v.contactName,
            contactPhone: v.contactPhone,
            ...(closesAt ? { closesAt } : {}),
          },
        });
        await appendEvent(tx, { orderId: order.id, kind: "CORRECTED", key: input.key, at: new Date(input.at), data });
      });
      return { changed: changes.map((c) => c.field), eventKey: input.key };
    },

    /** What changed, to the consultant who has the order (else the jobcentre's mailbox). */
    async sendCorrectionMail(input: { orderId: string; eventKey: string }): Promise<void> {
      const key = `order:${input.orderId}:${input.eventKey}`;
      if (await wasMailSent(prisma, key)) return;
      const order = await loadOrder(input.orderId);
      const event = await prisma.jobOrderEvent.findUnique({ where: { orderId_key: { orderId: order.id, key: input.eventKey } } });
      if (!event || !isCorrectionEventData(event.data)) return;
      const recipient = consultantRecipient(order);
      const mail = orderCorrectedMail({
        recipientName: recipient.name,
        orderNumber: order.number,
        title: order.title,
        companyName: order.company.name,
        contactName: event.data.byName,
        changes: correctionLines(event.data.changes),
        orderUrl: orderUrl(publicUrl, order.number),
      });
      await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [recipient.email], ...mail, replyTo: order.contactEmail });
    },
  };
}
