// Server-side sessions: a signed, httpOnly, SameSite=Lax cookie holds only the Session row id, so a
// session can be revoked and no personal data rides in the cookie. A session ends at its absolute
// lifetime or after SESSION_IDLE_MINUTES without use, whichever comes first.
import { redirect } from "@remix-run/node";
import type { StaffRole, User } from "@prisma/client";
import { portalCookie } from "./cookies.server";
import { newCsrfToken } from "./csrf.server";
import { getPrisma } from "./db.server";
import { getEnv } from "./env.server";

const STAFF_SESSION_HOURS = 12;
const EMPLOYER_SESSION_HOURS = 8;
// Use moves the idle clock on at most this often, so a busy page is not a write per request.
const TOUCH_INTERVAL_MS = 60_000;

function sessionCookie() {
  return portalCookie("__session");
}

async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export type PortalSession = {
  id: string;
  user: User | null;
  employerEmail: string | null;
  /** Wrong passwords given for the account before this sign-in, until the first page has told them. */
  failedSignInsBefore: { failures: number; lastAt: Date | null } | null;
};

/** The request's live session (its idle clock moved on), or null; an ended one is deleted. */
export async function getPortalSession(request: Request, now = new Date()): Promise<PortalSession | null> {
  const id = await readSessionId(request);
  if (!id) return null;
  const prisma = getPrisma();
  const session = await prisma.session.findUnique({ where: { id }, include: { user: true } });
  if (!session) return null;
  const idleMs = getEnv().SESSION_IDLE_MINUTES * 60_000;
  if (session.expiresAt <= now || session.lastSeenAt.getTime() + idleMs <= now.getTime()) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (session.user && !session.user.active) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return {
    id: session.id,
    user: session.user,
    employerEmail: session.employerEmail,
    failedSignInsBefore: session.failedSignInsBefore > 0 ? { failures: session.failedSignInsBefore, lastAt: session.lastFailedSignInBefore } : null,
  };
}

/** Marks the sign-in notice as told (the first page after signing in shows it). */
export async function clearSignInNotice(sessionId: string): Promise<void> {
  await getPrisma().session.updateMany({ where: { id: sessionId, failedSignInsBefore: { gt: 0 } }, data: { failedSignInsBefore: 0 } });
}

export async function requireStaffUser(request: Request, options: { roles?: StaffRole[] } = {}): Promise<User> {
  const session = await getPortalSession(request);
  if (!session?.user) {
    const url = new URL(request.url);
    throw redirect(`/medarbejder/log-ind?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (options.roles && !options.roles.includes(session.user.role)) {
    throw new Response("Du har ikke adgang til denne side.", { status: 403, statusText: "Forbidden" });
  }
  return session.user;
}

export async function requireEmployerEmail(request: Request): Promise<string> {
  const session = await getPortalSession(request);
  if (!session?.employerEmail) throw redirect("/mine-jobordrer/log-ind");
  return session.employerEmail;
}

/** The session cookie and a fresh CSRF token: a sign-in or sign-out starts both anew. */
async function sessionHeaders(sessionCookieValue: string, maxAge: number, extra?: HeadersInit): Promise<Headers> {
  const headers = new Headers(extra);
  headers.append("Set-Cookie", await sessionCookie().serialize(sessionCookieValue, { maxAge }));
  headers.append("Set-Cookie", (await newCsrfToken()).setCookie);
  return headers;
}

type NewSession = { userId?: string; employerEmail?: string; failedSignInsBefore?: number; lastFailedSignInBefore?: Date | null };

async function startSession(data: NewSession, hours: number, redirectTo: string, request: Request, extra?: HeadersInit) {
  const prisma = getPrisma();
  // A new id at every sign-in (no session fixation); the old session, if any, ends.
  const previous = await readSessionId(request);
  if (previous) await prisma.session.deleteMany({ where: { id: previous } });
  const session = await prisma.session.create({
    data: { ...data, expiresAt: new Date(Date.now() + hours * 3_600_000) },
  });
  return redirect(redirectTo, { headers: await sessionHeaders(session.id, hours * 3600, extra) });
}

/**
 * `notice`: the wrong passwords given since the previous sign-in, told on the first page; `headers`: sent
 * along with the sign-in (the sign-in page's device cookie).
 */
export function createStaffSession(
  request: Request,
  userId: string,
  redirectTo: string,
  options: { notice?: { failures: number; lastAt: Date | null }; headers?: HeadersInit } = {},
) {
  const notice = options.notice && options.notice.failures > 0 ? { failedSignInsBefore: options.notice.failures, lastFailedSignInBefore: options.notice.lastAt } : {};
  return startSession({ userId, ...notice }, STAFF_SESSION_HOURS, redirectTo, request, options.headers);
}

export function createEmployerSession(request: Request, employerEmail: string, redirectTo = "/mine-jobordrer") {
  return startSession({ employerEmail: employerEmail.toLowerCase() }, EMPLOYER_SESSION_HOURS, redirectTo, request);
}

export async function destroySession(request: Request, redirectTo = "/") {
  const id = await readSessionId(request);
  if (id) await getPrisma().session.deleteMany({ where: { id } });
  return redirect(redirectTo, { headers: await sessionHeaders("", 0) });
}
