// Imported first by the production entry points (scripts/serve.ts, scripts/worker.ts): the portal runs
// as production unless a developer says otherwise, decided before React, Express or the Remix build
// look at NODE_ENV.
import { getEnv, type Env } from "../../app/utils/env.server";

process.env.NODE_ENV ||= "production";

/** The validated settings, or the list of what is wrong with them and exit code 1 (no stack trace). */
export function settingsOrExit(processName: string): Env {
  try {
    return getEnv();
  } catch (error) {
    console.error(`[${processName}] refusing to start. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
