// CSRF protection for every form that changes something, signed in or not: a random token in a
// signed, httpOnly cookie must match the hidden field the form posts (double submit).
import crypto from "node:crypto";
import { createCookie } from "@remix-run/node";
import { getEnv } from "./env.server";

export const CSRF_FIELD = "csrf";

function csrfCookie() {
  const env = getEnv();
  return createCookie("__csrf", {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: "/",
    secrets: [env.SESSION_SECRET],
  });
}

/** The request's token, or a new one with the Set-Cookie header to send along. */
export async function getCsrfToken(request: Request): Promise<{ token: string; setCookie: string | null }> {
  const existing: unknown = await csrfCookie().parse(request.headers.get("Cookie"));
  if (typeof existing === "string" && existing.length >= 32) return { token: existing, setCookie: null };
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, setCookie: await csrfCookie().serialize(token) };
}

export class CsrfError extends Error {}

export async function validateCsrf(request: Request, formData: FormData): Promise<void> {
  const cookieToken: unknown = await csrfCookie().parse(request.headers.get("Cookie"));
  const formToken = formData.get(CSRF_FIELD);
  if (
    typeof cookieToken !== "string" ||
    typeof formToken !== "string" ||
    cookieToken.length !== formToken.length ||
    !crypto.timingSafeEqual(Buffer.from(cookieToken), Buffer.from(formToken))
  ) {
    throw new Response(
      "Formularen kunne ikke sendes, fordi siden var for gammel eller åbnet et andet sted. Genindlæs siden og prøv igen.",
      { status: 403, statusText: "CSRF" },
    );
  }
}

/** Text as the portal stores it: without NUL characters, which nobody types and PostgreSQL refuses. */
export function withoutNul(value: string): string {
  return value.includes("\u0000") ? value.split("\u0000").join("") : value;
}

/**
 * Every form post starts here: the body read once, its text fields freed of NUL characters (so a crafted
 * post reaches the schemas, not a database error), and the CSRF token checked before anything else.
 */
export async function readForm(request: Request): Promise<FormData> {
  return cleanForm(request, await request.formData());
}

/** The same for a form already read (a multipart upload is parsed by its own handler). */
export async function cleanForm(request: Request, formData: FormData): Promise<FormData> {
  await validateCsrf(request, formData);
  const clean = new FormData();
  for (const [key, value] of formData.entries()) clean.append(key, typeof value === "string" ? withoutNul(value) : value);
  return clean;
}
