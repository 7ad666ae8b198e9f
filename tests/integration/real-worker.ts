// For integration tests that need the job order workflow running for real: a worker with the real
// activities on the Temporal dev server (tests/support/global-setup.ts), on a task queue of its own, with
// PostgreSQL and the SMTP sink. A test file calls useRealWorker() at its top; the bindings are live once
// beforeAll ran.
import crypto from "node:crypto";
import { Client, Connection } from "@temporalio/client";
import { NativeConnection, type Worker } from "@temporalio/worker";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient } from "../../app/utils/db.server";
import { createSmtpMailer } from "../../app/utils/mailer.server";
import { createActivities } from "../../workflows/activities";
import { createJobOrderWorker } from "../../workflows/worker";
import { ensureReferenceData } from "../factories";

export let prisma: PrismaClient;
export let client: Client;
export let activities: ReturnType<typeof createActivities>;
export let taskQueue = "";

export function useRealWorker(name: string): void {
  let clientConnection: Connection | undefined;
  let workerConnection: NativeConnection | undefined;
  let worker: Worker | undefined;
  let workerRun: Promise<void> | undefined;

  beforeAll(async () => {
    taskQueue = `${name}-${crypto.randomUUID()}`;
    prisma = createPrismaClient(process.env.DATABASE_URL!);
    await ensureReferenceData(prisma);
    clientConnection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    client = new Client({ connection: clientConnection });
    workerConnection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    activities = createActivities({
      prisma,
      mailer: createSmtpMailer(process.env.SMTP_URL!, "Portal <no-reply@portal.example>"),
      publicUrl: "http://localhost:3000",
      employerLinkTtlHours: 72,
      linkSecret: "test-link-secret-that-is-long-enough-0123456789",
      temporal: { client, taskQueue },
    });
    worker = await createJobOrderWorker({ connection: workerConnection, namespace: "default", taskQueue, activities });
    workerRun = worker.run();
  });

  afterAll(async () => {
    worker?.shutdown();
    await workerRun;
    await workerConnection?.close();
    await clientConnection?.close();
    await prisma?.$disconnect();
  });
}
