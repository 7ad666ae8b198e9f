// Tokens for the links in mails to people without an account: a jobseeker's consent link and an
// employer's satisfaction survey. A token is an HMAC under LINK_SECRET of what it is for and of the row's
// random link key (Referral.linkKey, JobOrder.linkKey), so the activity that mails it derives the same
// token when it is retried (a retry cannot mail a link different from the one already recorded), while
// nobody can make one from the ids: it takes the secret *and* the row's key. Only the token's SHA-256
// hash is stored, for lookup.
import crypto from "node:crypto";

export type LinkPurpose = "consent" | "survey" | "calendar";

/** `n` numbers the links of one row (the consent requests of a referral). */
export function linkToken(secret: string, purpose: LinkPurpose, id: string, linkKey: string, n = 0): string {
  return crypto.createHmac("sha256", secret).update(`${purpose}:${id}:${n}:${linkKey}`).digest("base64url");
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Tokens are 43 base64url characters; anything else is not one of ours and needs no lookup. */
export function isWellFormedToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
