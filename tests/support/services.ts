import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { startTemporalDevServer } from "../../scripts/lib/temporal-dev-server";
import { startSmtpSink } from "../../scripts/lib/smtp-sink";
import { freePort } from "../../scripts/lib/free-port";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { PROJECT_ROOT } from "../../scripts/lib/tools";

export type TestServices = { env: Record<string, string>; stop: () => Promise<void> };

export async function startTestServices(options: { temporal: boolean }): Promise<TestServices> {
  const root = path.join(PROJECT_ROOT, ".data", `test-${process.pid}-${Date.now()}`);
  const stops: Array<() => Promise<void>> = [];
  const env: Record<string, string> = {
    NODE_ENV: "test",
    SESSION_SECRET: "test-session-secret-that-is-long-enough-0123456789",
    PUBLIC_URL: "http://localhost:3000",
    TEMPORAL_TASK_QUEUE: `test-${process.pid}`,
  };
  try {
    if (process.env.DATABASE_URL) {
      env.DATABASE_URL = process.env.DATABASE_URL;
    } else {
      const pg = await startEmbeddedPostgres({ baseDir: path.join(root, "postgres"), port: await freePort(), database: "portal_test" });
      stops.push(pg.stop);
      env.DATABASE_URL = pg.url;
    }
    await migrateDatabase(env.DATABASE_URL);

    if (process.env.SMTP_URL) {
      env.SMTP_URL = process.env.SMTP_URL;
    } else {
      const sink = await startSmtpSink({ port: await freePort(), dir: path.join(root, "mail") });
      stops.push(sink.stop);
      env.SMTP_URL = sink.url;
      env.DEV_MAIL_DIR = sink.dir;
    }

    if (options.temporal) {
      if (process.env.TEMPORAL_ADDRESS) {
        env.TEMPORAL_ADDRESS = process.env.TEMPORAL_ADDRESS;
      } else {
        const temporal = await startTemporalDevServer({ dbFile: path.join(root, "temporal.db"), port: await freePort() });
        stops.push(temporal.stop);
        env.TEMPORAL_ADDRESS = temporal.address;
      }
    } else {
      // Workflow tests start their own time-skipping server; this only satisfies env validation.
      env.TEMPORAL_ADDRESS = "unused:7233";
    }
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    throw error;
  }
  return {
    env,
    stop: async () => {
      for (const stop of stops.reverse()) await stop().catch(() => {});
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
