// Staff sign-in without a lockout switch. Wrong passwords slow down the next attempt with growing delays,
// counted per account *and* client address (a guesser at one address), per account from clients it has
// never signed in from (guessers at many addresses) and per address across accounts (password spraying).
// A browser the user has signed in from before carries a device cookie and is counted on its own, so no
// stranger can keep the right person out: at worst they slow a new computer down to one try a minute.
// The user hears of it: mailed when failures pile up, and told on the first page after signing in.
// (OWASP's "device cookies" for brute-force protection; ASVS 2.2.1.)
import crypto from "node:crypto";
import type { PrismaClient, User } from "@prisma/client";
import { signInFailuresMail } from "../../../emails/sign-in-failures";
import { getPrisma } from "~/utils/db.server";
import { portalCookie } from "~/utils/cookies.server";
import { getEnv } from "~/utils/env.server";
import { sendMailOnce } from "~/utils/mailer.server";
import { getMailer } from "~/utils/portal-mailer.server";

/** A throttle's rule: attempts before any delay, the first delay, and the longest one. */
export type ThrottleRule = { freeAttempts: number; firstDelaySeconds: number; maxDelaySeconds: number };

export const THROTTLE_RULES = {
  // One guesser at one address, or a device the account has signed in from.
  accountAndClient: { freeAttempts: 5, firstDelaySeconds: 15, maxDelaySeconds: 15 * 60 },
  // Everyone without the account's device cookie together: short, so it slows a guessing network
  // without keeping the user off a new computer for more than a minute.
  accountFromNewClients: { freeAttempts: 10, firstDelaySeconds: 5, maxDelaySeconds: 60 },
  // One address trying many accounts; high, as a whole jobcentre may share one address.
  address: { freeAttempts: 50, firstDelaySeconds: 5, maxDelaySeconds: 15 * 60 },
} satisfies Record<string, ThrottleRule>;

/** Failures older than this are forgotten: the count starts again. */
const FORGET_AFTER_MS = 60 * 60_000;
/** The user is mailed when this many wrong passwords have been given since their last sign-in. */
export const NOTICE_AFTER_FAILURES = 10;
const NOTICE_INTERVAL_MS = 24 * 3_600_000;
const DEVICE_COOKIE_DAYS = 365;

/** Seconds to wait after the `failures`-th failure in a row (0 while attempts are free). */
export function delayAfter(rule: ThrottleRule, failures: number): number {
  if (failures < rule.freeAttempts) return 0;
  const doublings = Math.min(failures - rule.freeAttempts, 30);
  return Math.min(rule.firstDelaySeconds * 2 ** doublings, rule.maxDelaySeconds);
}

type Throttle = { key: string; rule: ThrottleRule };

export type SignInAttempt = {
  email: string;
  address: string;
  /** The id of the device cookie, when the browser has one for this account. */
  deviceId: string | null;
};

/** The throttles an attempt counts against and is held back by. */
export function throttlesFor(attempt: SignInAttempt): Throttle[] {
  const account = `account:${attempt.email}`;
  if (attempt.deviceId) {
    // A browser the user signed in from: counted on its own, and not held back by strangers' failures.
    return [{ key: `${account}:device:${attempt.deviceId}`, rule: THROTTLE_RULES.accountAndClient }];
  }
  return [
    { key: `${account}:address:${attempt.address}`, rule: THROTTLE_RULES.accountAndClient },
    { key: `${account}:new-clients`, rule: THROTTLE_RULES.accountFromNewClients },
    { key: `address:${attempt.address}`, rule: THROTTLE_RULES.address },
  ];
}

/** Seconds until the attempt may be tried, 0 if now. Checked before the password is. */
export async function secondsToWait(attempt: SignInAttempt, now = new Date(), prisma: PrismaClient = getPrisma()): Promise<number> {
  const rows = await prisma.signInThrottle.findMany({
    where: { key: { in: throttlesFor(attempt).map((t) => t.key) }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.blockedUntil.getTime()));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/**
 * Counts a wrong password against each of the attempt's throttles and, for a known account, against
 * the user's own count; mails the user once when it passes NOTICE_AFTER_FAILURES.
 */
export async function recordFailedSignIn(attempt: SignInAttempt, user: User | null, now = new Date(), prisma: PrismaClient = getPrisma()): Promise<void> {
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  // Counts nobody is held by any more: gone, so guesses at made-up addresses do not pile up rows.
  await prisma.signInThrottle.deleteMany({ where: { lastFailureAt: { lt: forgetBefore }, blockedUntil: { lt: now } } });
  for (const { key, rule } of throttlesFor(attempt)) {
    const rows = await prisma.$queryRaw<Array<{ failures: number }>>`
      INSERT INTO "SignInThrottle" ("key", "failures", "lastFailureAt", "blockedUntil") VALUES (${key}, 1, ${now}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."lastFailureAt" < ${forgetBefore} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "lastFailureAt" = ${now}
      RETURNING "failures"`;
    const failures = Number(rows[0]?.failures ?? 1);
    const delay = delayAfter(rule, failures);
    await prisma.signInThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + delay * 1000) } });
  }
  if (!user) return;
  const counted = await prisma.user.update({
    where: { id: user.id },
    data: { failedSignIns: { increment: 1 }, lastFailedSignInAt: now },
    select: { failedSignIns: true, failedSignInNoticeAt: true },
  });
  const noticeDue =
    counted.failedSignIns >= NOTICE_AFTER_FAILURES && (!counted.failedSignInNoticeAt || now.getTime() - counted.failedSignInNoticeAt.getTime() >= NOTICE_INTERVAL_MS);
  if (!noticeDue) return;
  // Only one request wins the notice, however many fail at once.
  const claimed = await prisma.user.updateMany({
    where: { id: user.id, failedSignInNoticeAt: counted.failedSignInNoticeAt },
    data: { failedSignInNoticeAt: now },
  });
  if (claimed.count === 1) {
    sendFailureNotice(prisma, user, counted.failedSignIns, now).catch((error: unknown) => {
      console.error("[sign-in] could not mail the failure notice:", error);
    });
  }
}

async function sendFailureNotice(prisma: PrismaClient, user: User, failures: number, at: Date): Promise<void> {
  const env = getEnv();
  const jobcentre = await prisma.jobcentre.findUniqueOrThrow({ where: { id: user.jobcentreId }, select: { name: true } });
  const mail = signInFailuresMail({
    recipientName: user.name,
    failures,
    lastFailureAt: at,
    jobcentreName: jobcentre.name,
    signInUrl: new URL("/medarbejder/log-ind", env.PUBLIC_URL).toString(),
  });
  await sendMailOnce(prisma, getMailer(), {
    key: `sign-in-failures:${user.id}:${at.toISOString()}`,
    to: [user.email],
    ...mail,
  });
}

export type FailedSignInsNotice = { failures: number; lastAt: Date | null };

/**
 * After the right password: this client's own throttle is cleared (the account's count from new clients
 * is left to run out, so a correct guess elsewhere gains a guesser nothing), and the user's count of
 * wrong passwords since the last sign-in is taken, to be told to them once.
 */
export async function recordSuccessfulSignIn(attempt: SignInAttempt, user: User, prisma: PrismaClient = getPrisma()): Promise<FailedSignInsNotice> {
  const own = throttlesFor(attempt)[0]!.key;
  await prisma.signInThrottle.deleteMany({ where: { key: own } });
  const before = { failures: user.failedSignIns, lastAt: user.lastFailedSignInAt };
  if (before.failures > 0) {
    await prisma.user.update({ where: { id: user.id }, data: { failedSignIns: 0 } });
  }
  return before;
}

// --- The device cookie: which account this browser has signed in to before ---------------------------

function deviceCookie() {
  return portalCookie("__device", { path: "/medarbejder/log-ind", maxAge: DEVICE_COOKIE_DAYS * 86_400 });
}

/** The device id the browser holds for `userId`, or null (no cookie, another account, forged). */
export async function readDeviceId(request: Request, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const value: unknown = await deviceCookie().parse(request.headers.get("Cookie"));
  if (typeof value !== "object" || value === null) return null;
  const { user, device } = value as { user?: unknown; device?: unknown };
  return user === userId && typeof device === "string" && device.length >= 20 ? device : null;
}

/** The Set-Cookie header that marks this browser as one the user signs in from (a new id each time). */
export function deviceCookieHeader(userId: string): Promise<string> {
  return deviceCookie().serialize({ user: userId, device: crypto.randomBytes(18).toString("base64url") });
}
