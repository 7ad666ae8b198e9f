// Every setting is validated once, at start. Absent DATABASE_URL / TEMPORAL_ADDRESS / SMTP_URL mean
// "use the embedded default", which only scripts/dev.ts provides; web and worker processes require them.
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0"])
  .transform((v) => v === "true" || v === "1");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
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
  SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters"),
  // Derives the consent and survey links in mails; changing it breaks links already sent. Defaults to
  // SESSION_SECRET, so a deployment that rotates session secrets sets its own.
  LINK_SECRET: z.string().min(32, "LINK_SECRET must be at least 32 characters").optional(),
  EMPLOYER_LINK_TTL_HOURS: z.coerce.number().int().positive().default(72),
  // Folder where the development SMTP sink stores mails; its pages exist only when this is set
  // and NODE_ENV is not production.
  DEV_MAIL_DIR: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  if (parsed.data.NODE_ENV === "production" && parsed.data.DEV_MAIL_DIR) {
    throw new Error("DEV_MAIL_DIR is for development only and must not be set in production");
  }
  cached = parsed.data;
  return cached;
}

export function linkSecret(env: Env): string {
  return env.LINK_SECRET ?? env.SESSION_SECRET;
}

/** The development mail viewer is never reachable in production. */
export function devMailDir(): string | undefined {
  const env = getEnv();
  return env.NODE_ENV === "production" ? undefined : env.DEV_MAIL_DIR;
}
