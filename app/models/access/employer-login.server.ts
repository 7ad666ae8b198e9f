// Single-use, expiring sign-in links for employers ("Mine jobordrer"). Only a hash of the token is
// stored, so a leaked database does not leak working links.
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { employerHasOrders } from "~/models/job-order/employer.server";
import { getPrisma } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { hashToken } from "~/utils/link-tokens.server";
import { sendMailOnce } from "~/utils/mailer.server";
import { getMailer } from "~/utils/portal-mailer.server";
import { employerLoginLinkMail } from "../../../emails";

export async function createEmployerLoginToken(
  prisma: PrismaClient,
  email: string,
  ttlHours: number,
  now: Date = new Date(),
): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await prisma.employerLoginToken.create({
    data: { tokenHash: hashToken(token), email: email.toLowerCase(), expiresAt: new Date(now.getTime() + ttlHours * 3_600_000) },
  });
  return token;
}

export function employerLoginUrl(publicUrl: string, token: string): string {
  return new URL(`/mine-jobordrer/log-ind/${token}`, publicUrl).toString();
}

export type ConsumeResult = { ok: true; email: string } | { ok: false; reason: "unknown" | "used" | "expired" };

/** Marks the token used in the same statement that checks it, so two clicks cannot both sign in. */
export async function consumeEmployerLoginToken(prisma: PrismaClient, token: string, now: Date = new Date()): Promise<ConsumeResult> {
  const tokenHash = hashToken(token);
  const claimed = await prisma.employerLoginToken.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count === 1) {
    const row = await prisma.employerLoginToken.findUniqueOrThrow({ where: { tokenHash } });
    return { ok: true, email: row.email };
  }
  const row = await prisma.employerLoginToken.findUnique({ where: { tokenHash } });
  if (!row) return { ok: false, reason: "unknown" };
  return { ok: false, reason: row.usedAt ? "used" : "expired" };
}

/** The token's state without using it up: the link page tells at once that a link is spent or too old. */
export async function inspectEmployerLoginToken(prisma: PrismaClient, token: string, now: Date = new Date()): Promise<ConsumeResult> {
  const row = await prisma.employerLoginToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row) return { ok: false, reason: "unknown" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, email: row.email };
}

/**
 * Mails a sign-in link to `email` if it is the contact address of an order, else nothing. The page
 * calls it after answering, so it takes the same time whether or not a mail goes out.
 */
export async function mailSignInLinkIfKnown(email: string, prisma: PrismaClient = getPrisma()): Promise<void> {
  if (!(await employerHasOrders(email, prisma))) return;
  const env = getEnv();
  const token = await createEmployerLoginToken(prisma, email, env.EMPLOYER_LINK_TTL_HOURS);
  const mail = employerLoginLinkMail({ loginUrl: employerLoginUrl(env.PUBLIC_URL, token), ttlHours: env.EMPLOYER_LINK_TTL_HOURS });
  await sendMailOnce(prisma, getMailer(), { key: `login:${crypto.randomUUID()}`, to: [email], ...mail });
}
