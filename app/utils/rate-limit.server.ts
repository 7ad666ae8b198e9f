// Fixed-window rate limits kept in PostgreSQL, so every stateless web process shares the counts.
import { getPrisma } from "./db.server";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function checkRateLimit(key: string, limit: number, windowSeconds: number, now = new Date()): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  // One statement: insert, or count up in the current window, or restart an old window.
  const rows = await getPrisma().$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" = EXCLUDED."windowStart" THEN "RateLimitBucket"."count" + 1 ELSE 1 END,
      "windowStart" = EXCLUDED."windowStart"
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  if (count <= limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now.getTime()) / 1000) };
}

/** The client address as the proxy in front of us reports it (Express sets req.ip with trust proxy). */
export function clientAddress(request: Request): string {
  return request.headers.get("x-portal-client-ip") ?? "unknown";
}
