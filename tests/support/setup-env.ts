// Runs in each test worker: the services started by global-setup.ts become this process's environment,
// so app code reads them through getEnv() as it does in production.
import { inject } from "vitest";

Object.assign(process.env, inject("testEnv"));
