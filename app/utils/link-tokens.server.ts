// Tokens for the links in mails to people without an account: a jobseeker's consent link and an
// employer's satisfaction survey. A token is an HMAC of what it is for, so the activity that mails it
// derives the same token when it is retried (no plaintext token is ever stored, and a retry cannot
// mail a link different from the one already recorded). Only its SHA-256 hash is stored, for lookup.
import crypto from "node:crypto";

export type LinkPurpose = "consent" | "survey";

export function linkToken(secret: string, purpose: LinkPurpose, id: string, n = 0): string {
  return crypto.createHmac("sha256", secret).update(`${purpose}:${id}:${n}`).digest("base64url");
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Tokens are 43 base64url characters; anything else is not one of ours and needs no lookup. */
export function isWellFormedToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
