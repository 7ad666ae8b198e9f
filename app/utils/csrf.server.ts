// CSRF protection for every form that changes something, signed in or not: a random token in a
// signed, httpOnly cookie must match the hidden field the form posts (double submit).
import crypto from "node:crypto";
import { portalCookie } from "./cookies.server";
import { FORM_BODY_LIMIT_BYTES, limitBody, requireFormBody, tooLargeResponse } from "./request-body.server";

export const CSRF_FIELD = "csrf";

function csrfCookie() {
  return portalCookie("__csrf");
}

/** The request's token, or a new one with the Set-Cookie header to send along. */
export async function getCsrfToken(request: Request): Promise<{ token: string; setCookie: string | null }> {
  const existing: unknown = await csrfCookie().parse(request.headers.get("Cookie"));
  if (typeof existing === "string" && existing.length >= 32) return { token: existing, setCookie: null };
  return newCsrfToken();
}

/** A fresh token, given at every sign-in and sign-out so a token seen before cannot be used after. */
export async function newCsrfToken(): Promise<{ token: string; setCookie: string }> {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, setCookie: await csrfCookie().serialize(token) };
}

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
 * Every form post starts here: only a form body, read once and at most `maxBytes` of it (413 beyond,
 * chunked or not), then the CSRF token checked before anything else, and the text fields freed of NUL
 * characters (so a crafted post reaches the schemas, not a database error). A body that is not a
 * readable form is a 400, never a server error.
 */
export async function readForm(request: Request, options: { maxBytes?: number } = {}): Promise<FormData> {
  requireFormBody(request);
  const limited = limitBody(request, options.maxBytes ?? FORM_BODY_LIMIT_BYTES);
  let formData: FormData;
  try {
    formData = await limited.request.formData();
  } catch {
    if (limited.exceeded()) throw tooLargeResponse();
    throw new Response("Formularen kunne ikke læses. Genindlæs siden, og prøv igen.", { status: 400 });
  }
  return cleanForm(request, formData);
}

/** The same for a form already read (a multipart upload is parsed by its own handler). */
export async function cleanForm(request: Request, formData: FormData): Promise<FormData> {
  await validateCsrf(request, formData);
  const clean = new FormData();
  for (const [key, value] of formData.entries()) clean.append(key, typeof value === "string" ? withoutNul(value) : value);
  return clean;
}
