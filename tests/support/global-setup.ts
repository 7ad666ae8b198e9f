// Starts the real services the workflow and integration tests run against: embedded PostgreSQL with
// the migrations applied, the Temporal dev server and the development SMTP sink. Each run gets fresh
// state under .data/test-<pid>, removed afterwards. DATABASE_URL / TEMPORAL_ADDRESS / SMTP_URL in the
// environment point the tests at existing services instead.
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startTestServices, type TestServices } from "./services";

declare module "vitest" {
  export interface ProvidedContext {
    testEnv: Record<string, string>;
  }
}

let services: TestServices | undefined;

export async function setup(project: TestProject) {
  const withTemporal = project.name === "integration";
  services = await startTestServices({ temporal: withTemporal });
  project.provide("testEnv", services.env);
}

export async function teardown() {
  await services?.stop();
}

export const TEST_DATA_ROOT = path.resolve(import.meta.dirname, "..", "..", ".data");
fs.mkdirSync(TEST_DATA_ROOT, { recursive: true });
