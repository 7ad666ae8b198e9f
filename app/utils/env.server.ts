// Every setting is validated once, at start. Absent DATABASE_URL / TEMPORAL_ADDRESS / SMTP_URL mean
// "use the embedded default", which only scripts/dev.ts provides; web and worker processes require them.
// NODE_ENV is production unless a developer says otherwise (scripts/dev.ts says development, the tests
// say test): production is where secrets are checked, cookies are Secure and HSTS is sent.
import crypto from "node:crypto";
import net from "node:net";
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

/** The development default (scripts/dev.ts and .env.example): refused in production. */
export const DEVELOPMENT_SESSION_SECRET = "development-only-secret-change-me-in-production-0123";

// Values that have been published with the code: the development default and the secrets the tests and
// benchmarks used before they generated theirs. Anyone can read them, so production refuses them.
const PUBLISHED_SECRETS = new Set([
  DEVELOPMENT_SESSION_SECRET,
  "test-session-secret-that-is-long-enough-0123456789",
  "test-link-secret-that-is-long-enough-0123456789",
  "benchmark-only-session-secret-0123456789abcdef",
]);
// Words of six letters or more, so a random value matches by chance about once in 10^7.
const PLACEHOLDER_WORDS = /change-?me|example|development|secret|password/i;
const MIN_SECRET_LENGTH = 32;
const MIN_DISTINCT_CHARACTERS = 12;
export const SECRET_HINT = `generate one with: node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`;

/** Why a secret cannot protect production, or null when it can. */
export function secretWeakness(value: string): string | null {
  if (value.length < MIN_SECRET_LENGTH) return `must be at least ${MIN_SECRET_LENGTH} characters`;
  if (PUBLISHED_SECRETS.has(value)) return "is a value published with the code (.env.example, development or tests)";
  if (PLACEHOLDER_WORDS.test(value)) return "looks like a placeholder, not a random value";
  if (new Set(value).size < MIN_DISTINCT_CHARACTERS) return "has too few different characters to be random";
  return null;
}

/**
 * Which proxies' X-Forwarded-For to believe (Express's "trust proxy"): unset means loopback only; a
 * number is the count of proxies in front of the portal; else a comma-separated list of addresses,
 * CIDR ranges or Express's names (loopback, linklocal, uniquelocal). "true" would believe whatever the
 * client writes leftmost, so every per-address limit could be bypassed: it is refused.
 */
export type TrustProxy = number | string[];
const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isProxyAddress(value: string): boolean {
  if (PROXY_NAMES.has(value)) return true;
  const [address, prefix, ...rest] = value.split("/");
  const family = net.isIP(address ?? "");
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

const trustProxySchema = z
  .string()
  .optional()
  .transform((value, ctx): TrustProxy => {
    const text = (value ?? "").trim();
    if (text === "" || text === "false") return ["loopback"];
    if (/^\d+$/.test(text)) return Number(text);
    if (text === "true") {
      ctx.addIssue({ code: "custom", message: "true would trust any X-Forwarded-For; give the number of proxies in front of the portal (e.g. 1) or their addresses" });
      return z.NEVER;
    }
    const entries = text.split(",").map((e) => e.trim());
    const wrong = entries.filter((e) => !isProxyAddress(e));
    if (wrong.length > 0) {
      ctx.addIssue({ code: "custom", message: `not an address, CIDR range, loopback, linklocal or uniquelocal: ${wrong.join(", ")}` });
      return z.NEVER;
    }
    return entries;
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("production"),
  DATABASE_URL: z.string().url(),
  TEMPORAL_ADDRESS: z.string().min(1),
  TEMPORAL_NAMESPACE: z.string().min(1).default("default"),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default("job-orders"),
  // TLS towards a Temporal cluster (e.g. Temporal Cloud or a self-hosted cluster with mTLS).
  TEMPORAL_TLS: booleanString.default("false"),
  TEMPORAL_TLS_CERT_PATH: z.string().optional(),
  TEMPORAL_TLS_KEY_PATH: z.string().optional(),
  TEMPORAL_TLS_CA_PATH: z.string().optional(),
  TEMPORAL_API_KEY: z.string().optional(),
  SMTP_URL: z.string().url(),
  MAIL_FROM: z.string().min(3).default("Jobcentrenes Rekrutteringsportal <no-reply@rekruttering.example.dk>"),
  // The public address of the portal, used in links in mails.
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  // Signs the session and CSRF cookies.
  SESSION_SECRET: z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`),
  // Derives the consent and survey links in mails; changing it breaks links already sent. Required in
  // production and different from SESSION_SECRET, so rotating session secrets leaves the links alone.
  LINK_SECRET: z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  EMPLOYER_LINK_TTL_HOURS: z.coerce.number().int().positive().default(72),
  // A signed-in user who does nothing for this long signs in again (ASVS 3.3.2: 30 minutes at level 2).
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(12 * 60).default(30),
  TRUST_PROXY: trustProxySchema,
  // Folder where the development SMTP sink stores mails; its pages exist only when this is set
  // and NODE_ENV is not production.
  DEV_MAIL_DIR: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  // The Chromium the worker prints the committee report with; default: Debian's /usr/bin/chromium.
  CHROMIUM_PATH: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema>;

/** What production refuses to start with: published or weak secrets, a shared link secret, dev mail. */
function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  const session = secretWeakness(env.SESSION_SECRET);
  if (session) problems.push(`SESSION_SECRET ${session}; ${SECRET_HINT}`);
  if (!env.LINK_SECRET) {
    problems.push(`LINK_SECRET is required in production (it signs the consent and survey links); ${SECRET_HINT}`);
  } else {
    const link = secretWeakness(env.LINK_SECRET);
    if (link) problems.push(`LINK_SECRET ${link}; ${SECRET_HINT}`);
    if (env.LINK_SECRET === env.SESSION_SECRET) problems.push("LINK_SECRET must differ from SESSION_SECRET");
  }
  if (env.DEV_MAIL_DIR) problems.push("DEV_MAIL_DIR is for development only and must not be set in production");
  return problems;
}

/** Validates a set of settings; throws with every problem listed (names only, never the values). */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  const problems = parsed.success
    ? parsed.data.NODE_ENV === "production"
      ? productionProblems(parsed.data)
      : []
    : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new Error(`Invalid environment:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * The key of the consent and survey links. Outside production, without LINK_SECRET, one derived from
 * SESSION_SECRET, so the two are still different keys.
 */
export function linkSecret(env: Env): string {
  return env.LINK_SECRET ?? crypto.createHmac("sha256", env.SESSION_SECRET).update("link-secret").digest("base64url");
}

/** The development mail viewer is never reachable in production. */
export function devMailDir(): string | undefined {
  const env = getEnv();
  return env.NODE_ENV === "production" ? undefined : env.DEV_MAIL_DIR;
}
