// Every cookie the portal sets, with one set of flags: signed with SESSION_SECRET, HttpOnly,
// SameSite=Lax, Secure in production (decision 005).
import { createCookie } from "@remix-run/node";
import { getEnv } from "./env.server";

export function portalCookie(name: string, options: { path?: string; maxAge?: number } = {}) {
  const env = getEnv();
  return createCookie(name, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.NODE_ENV === "production",
    path: options.path ?? "/",
    maxAge: options.maxAge,
    secrets: [env.SESSION_SECRET],
  });
}
