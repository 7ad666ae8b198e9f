// Server-side sessions: a signed, httpOnly, SameSite=Lax cookie holds only the Session row id, so a
// session can be revoked and no personal data rides in the cookie.
import { createCookie, redirect } from "@remix-run/node";
import type { StaffRole, User } from "@prisma/client";
import { getPrisma } from "./db.server";
import { getEnv } from "./env.server";

const STAFF_SESSION_HOURS = 12;
const EMPLOYER_SESSION_HOURS = 8;

function sessionCookie() {
  const env = getEnv();
  return createCookie("__session", {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    secrets: [env.SESSION_SECRET],
  });
}

async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export type PortalSession = { id: string; user: User | null; employerEmail: string | null };

export async function getPortalSession(request: Request): Promise<PortalSession | null> {
  const id = await readSessionId(request);
  if (!id) return null;
  const session = await getPrisma().session.findUnique({ where: { id }, include: { user: true } });
  if (!session || session.expiresAt <= new Date()) return null;
  if (session.user && !session.user.active) return null;
  return { id: session.id, user: session.user, employerEmail: session.employerEmail };
}

/** Only same-site paths: an open redirect would let a phishing link borrow our sign-in page. */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
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

async function startSession(data: { userId?: string; employerEmail?: string }, hours: number, redirectTo: string, request: Request) {
  const prisma = getPrisma();
  // A new id at every sign-in (no session fixation); the old session, if any, ends.
  const previous = await readSessionId(request);
  if (previous) await prisma.session.deleteMany({ where: { id: previous } });
  const session = await prisma.session.create({
    data: { ...data, expiresAt: new Date(Date.now() + hours * 3_600_000) },
  });
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await sessionCookie().serialize(session.id, { maxAge: hours * 3600 }) },
  });
}

export function createStaffSession(request: Request, userId: string, redirectTo: string) {
  return startSession({ userId }, STAFF_SESSION_HOURS, redirectTo, request);
}

export function createEmployerSession(request: Request, employerEmail: string, redirectTo = "/mine-jobordrer") {
  return startSession({ employerEmail: employerEmail.toLowerCase() }, EMPLOYER_SESSION_HOURS, redirectTo, request);
}

export async function destroySession(request: Request, redirectTo = "/") {
  const id = await readSessionId(request);
  if (id) await getPrisma().session.deleteMany({ where: { id } });
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) } });
}
