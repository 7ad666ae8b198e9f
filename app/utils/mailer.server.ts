// Outgoing mail. The workflow's activities send every notification through sendMailOnce, so a retried
// activity does not mail twice (docs: architecture.md, "Mails sent once").
import crypto from "node:crypto";
import nodemailer from "nodemailer";
import type { PrismaClient } from "@prisma/client";
import { isDatabaseUnavailable } from "./database-errors.server";

export type MailMessage = {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The full header value, angle brackets included: "<…@rekruttering.portal>". */
  messageId: string;
  replyTo?: string;
  attachments?: MailAttachment[];
};

/** A file sent with a mail (the committee report's PDF). */
export type MailAttachment = { filename: string; content: Buffer; contentType: string };

export type Mailer = { send(message: MailMessage): Promise<void> };

/**
 * nodemailer over SMTP (smtp:// or smtps://, credentials in the URL), on a small pool of kept connections:
 * when many deadlines fall at once each mail would otherwise open its own connection (bench:timers).
 */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 5 });
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
        replyTo: message.replyTo,
        attachments: message.attachments,
      });
    },
  };
}

/** The Message-ID of a notification: a pure function of its key, so a resend carries the same id. */
export function messageIdForKey(key: string): string {
  return `<${crypto.createHash("sha256").update(key).digest("hex")}@rekruttering.portal>`;
}

// How long a sent mail's mark waits for a database that is restarting (20 × 0.5 s).
const MARK_SENT_ATTEMPTS = 20;
const MARK_SENT_RETRY_MS = 500;

export type OnceMail = {
  key: string;
  orderId?: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  attachments?: MailAttachment[];
};

/** True when a mail with this key has been sent (used to skip building a mail, e.g. a sign-in token). */
export async function wasMailSent(prisma: PrismaClient, key: string): Promise<boolean> {
  const row = await prisma.sentMail.findUnique({ where: { key }, select: { status: true } });
  return row?.status === "SENT";
}

/**
 * Sends a notification at most once per key as far as this system can know, and at least once.
 *
 * 1. The key is recorded (status SENDING) before sending; a key already SENT is skipped.
 * 2. The mail is sent with a Message-ID derived from the key.
 * 3. The row is marked SENT.
 *
 * The limit: if the process dies (or the SMTP acknowledgement is lost) between 2 and 3, the retry finds
 * SENDING and sends again, because it cannot tell "never sent" from "sent, not acknowledged". Skipping
 * instead would silently lose mails whenever the SMTP server was down, which is worse for a promise to an
 * employer. The resend carries the same Message-ID, which mail clients and many servers use to collapse
 * duplicates, so the recipient sees one mail.
 */
export async function sendMailOnce(prisma: PrismaClient, mailer: Mailer, mail: OnceMail): Promise<"sent" | "already-sent"> {
  if (mail.to.length === 0) throw new Error(`sendMailOnce(${mail.key}): no recipients`);
  const messageId = messageIdForKey(mail.key);
  const to = mail.to.join(", ");
  // The claim is one statement: a key recorded before (an earlier attempt, a concurrent one) inserts nothing.
  const claimed = await prisma.sentMail.createMany({
    data: [{ key: mail.key, orderId: mail.orderId ?? null, to, subject: mail.subject, messageId, status: "SENDING" }],
    skipDuplicates: true,
  });
  // Recorded before: sent, or that attempt died before its mark (then this one sends).
  if (claimed.count === 0 && (await wasMailSent(prisma, mail.key))) return "already-sent";
  await mailer.send({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId, replyTo: mail.replyTo, attachments: mail.attachments });
  // Sent: a failed mark would send it again on the activity's retry, so a database that is restarting
  // gets a few seconds here first (the fault test's duplicates came from this window).
  const sentAt = new Date();
  for (let attempt = 1; ; attempt++) {
    try {
      await prisma.sentMail.update({ where: { key: mail.key }, data: { status: "SENT", sentAt, to, subject: mail.subject } });
      return "sent";
    } catch (error) {
      if (attempt >= MARK_SENT_ATTEMPTS || !isDatabaseUnavailable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, MARK_SENT_RETRY_MS));
    }
  }
}
