// The portal as production runs it, for the security tests: the web and the worker as separate processes
// started by their production entry points (scripts/serve.ts, scripts/worker.ts) with NODE_ENV unset,
// so they are production by default, with generated secrets, behind one trusted proxy hop
// (TRUST_PROXY=1, so a test can be "another client" by its X-Forwarded-For). Real PostgreSQL, Temporal
// dev server and SMTP sink (tests/support/services.ts), the staff of the four reference jobcentres.
// Needs the build (`npm run build`; scripts/test.sh builds before the tests).
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../app/utils/db.server";
import { seedReferenceAndStaff } from "../../prisma/seed";
import { freePort } from "../../scripts/lib/free-port";
import { productionEnv, startEntryPoint, stopProcesses, waitForHealth } from "../../scripts/lib/production-processes";
import { PROJECT_ROOT } from "../../scripts/lib/tools";
import { startTestServices, type TestServices } from "../support/services";

declare module "vitest" {
  export interface ProvidedContext {
    portal: { baseUrl: string; mailDir: string; databaseUrl: string; linkSecret: string; productionEnv: Record<string, string> };
  }
}

let services: TestServices | undefined;
const processes: ChildProcess[] = [];

export async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(PROJECT_ROOT, "build", "index.js"))) {
    throw new Error("The security tests run against the production build: run `npm run build` first");
  }
  services = await startTestServices({ temporal: true });
  const prisma = createPrismaClient(services.env.DATABASE_URL!);
  await seedReferenceAndStaff(prisma);
  await prisma.$disconnect();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = productionEnv(services.env, { taskQueue: `security-${process.pid}`, publicUrl: baseUrl, trustProxy: true });
  const worker = startEntryPoint("scripts/worker.ts", env);
  const web = startEntryPoint("scripts/serve.ts", { ...env, PORT: String(port), HOST: "127.0.0.1" });
  processes.push(worker.child, web.child);
  await waitForHealth(baseUrl, web.child, web.output);
  project.provide("portal", {
    baseUrl,
    mailDir: services.env.DEV_MAIL_DIR!,
    databaseUrl: services.env.DATABASE_URL!,
    linkSecret: env.LINK_SECRET!,
    productionEnv: env,
  });
}

export async function teardown() {
  await stopProcesses(processes);
  await services?.stop();
}
