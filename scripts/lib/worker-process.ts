// Runs the Temporal worker for job orders with real dependencies from the environment.
// Used by scripts/worker.ts (production: as many worker processes as needed) and scripts/dev.ts.
import { NativeConnection } from "@temporalio/worker";
import { Client, Connection } from "@temporalio/client";
import { linkSecret, type Env } from "../../app/utils/env.server";
import { temporalConnectionOptions } from "../../app/utils/temporal.server";
import { createPrismaClient } from "../../app/utils/db.server";
import { findChromium } from "../../app/utils/chromium.server";
import { createSmtpMailer } from "../../app/utils/mailer.server";
import { createActivities } from "../../workflows/activities";
import { createJobOrderWorker, ensureSchedules } from "../../workflows/worker";

export async function startWorkerProcess(env: Env, log: (line: string) => void = () => {}) {
  const options = temporalConnectionOptions(env);
  const connection = await NativeConnection.connect(options);
  const clientConnection = await Connection.connect(options);
  const client = new Client({ connection: clientConnection, namespace: env.TEMPORAL_NAMESPACE });
  const prisma = createPrismaClient(env.DATABASE_URL);
  const chromiumPath = findChromium(env.CHROMIUM_PATH);
  if (!chromiumPath) log(`no Chromium${env.CHROMIUM_PATH ? ` at CHROMIUM_PATH (${env.CHROMIUM_PATH})` : ""}: committee report PDFs cannot be printed by this worker`);
  const activities = createActivities({
    prisma,
    mailer: createSmtpMailer(env.SMTP_URL, env.MAIL_FROM),
    publicUrl: env.PUBLIC_URL,
    employerLinkTtlHours: env.EMPLOYER_LINK_TTL_HOURS,
    linkSecret: linkSecret(env),
    temporal: { client, taskQueue: env.TEMPORAL_TASK_QUEUE },
    chromiumPath,
  });
  const worker = await createJobOrderWorker({
    connection,
    namespace: env.TEMPORAL_NAMESPACE,
    taskQueue: env.TEMPORAL_TASK_QUEUE,
    activities,
  });
  await ensureSchedules(client, env.TEMPORAL_TASK_QUEUE);
  const running = worker.run();
  // A start-up sweep as well as the schedule: orders stored while no worker ran get their clock now.
  const started = await activities.startMissingOrderWorkflows();
  if (started > 0) log(`reconciler started ${started} missing workflow(s)`);
  // Likewise the visit programmes: companies that came into one while no worker ran. The hourly schedule
  // does the same, so a failure here is only logged.
  try {
    const enrolment = await activities.enrolProgrammeCompanies({ at: new Date().toISOString() });
    if (enrolment.started > 0) log(`visit programmes: ${enrolment.enrolled} companies enrolled, ${enrolment.started} workflow(s) started`);
  } catch (error) {
    log(`visit programme enrolment at start failed; the schedule tries again within the hour: ${String(error)}`);
  }
  return {
    stop: async () => {
      // The SDK already begins draining on SIGINT/SIGTERM; a second shutdown() would throw.
      if (worker.getState() === "RUNNING") worker.shutdown();
      await running.catch(() => {});
      await connection.close();
      await clientConnection.close();
      await prisma.$disconnect();
    },
  };
}
