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
