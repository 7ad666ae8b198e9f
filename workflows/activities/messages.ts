// The thread after the answer: store a message once, and mail it to the other side.
import { sendMailOnce, wasMailSent } from "../../app/utils/mailer.server";
import { messageToEmployerMail, messageToStaffMail } from "../../emails";
import { consultantRecipient, orderUrl, requireEmployer, requireStaffOnOrder, type ActivityDeps, type Support } from "./support";

export function createMessagesActivities(deps: ActivityDeps, support: Support) {
  const { prisma, mailer, publicUrl, employerLinkTtlHours } = deps;
  const { loadOrder, employerLink } = support;

  return {
    /** Stores the message once per (order, key): a retry returns the row the first try wrote. */
    async recordMessage(input: { orderId: string; byUserId: string | null; byEmployerEmail: string | null; text: string; key: string; at: string }): Promise<{ messageId: string; at: string }> {
      const order = await loadOrder(input.orderId);
      let author: { kind: "STAFF" | "EMPLOYER"; userId: string | null; name: string };
      if (input.byUserId) {
        const user = await requireStaffOnOrder(prisma, input.byUserId, order);
        author = { kind: "STAFF", userId: user.id, name: user.name };
      } else {
        requireEmployer(order, input.byEmployerEmail ?? "");
        author = { kind: "EMPLOYER", userId: null, name: order.contactName };
      }
      await prisma.orderMessage.createMany({
        data: [{ orderId: order.id, at: new Date(input.at), author: author.kind, authorUserId: author.userId, authorName: author.name, text: input.text, key: input.key }],
        skipDuplicates: true,
      });
      const row = await prisma.orderMessage.findUniqueOrThrow({ where: { orderId_key: { orderId: order.id, key: input.key } } });
      return { messageId: row.id, at: row.at.toISOString() };
    },

    /** A staff message to the employer's contact; an employer's to the consultant who has the order (else the jobcentre). */
    async sendMessageMail(input: { orderId: string; messageId: string }): Promise<void> {
      const key = `message:${input.messageId}`;
      if (await wasMailSent(prisma, key)) return;
      const order = await loadOrder(input.orderId);
      const message = await prisma.orderMessage.findUniqueOrThrow({ where: { id: input.messageId } });
      if (message.author === "STAFF") {
        const author = message.authorUserId ? await prisma.user.findUnique({ where: { id: message.authorUserId } }) : null;
        const from = author ? { name: author.name, email: author.email } : { name: order.jobcentre.name, email: order.jobcentre.email };
        const mail = messageToEmployerMail({
          contactName: order.contactName,
          orderNumber: order.number,
          title: order.title,
          text: message.text,
          from,
          jobcentre: { name: order.jobcentre.name, phone: order.jobcentre.phone, email: order.jobcentre.email },
          loginUrl: await employerLink(order.contactEmail),
          linkTtlHours: employerLinkTtlHours,
        });
        await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [order.contactEmail], ...mail, replyTo: from.email });
        return;
      }
      const recipient = consultantRecipient(order);
      const mail = messageToStaffMail({
        recipientName: recipient.name,
        orderNumber: order.number,
        title: order.title,
        companyName: order.company.name,
        contactName: order.contactName,
        text: message.text,
        orderUrl: orderUrl(publicUrl, order.number),
      });
      await sendMailOnce(prisma, mailer, { key, orderId: order.id, to: [recipient.email], ...mail, replyTo: order.contactEmail });
    },
  };
}
