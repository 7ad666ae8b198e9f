// The portal's production processes started from their entry points (scripts/serve.ts, scripts/worker.ts), for
// the security tests and the load benchmark: each with exactly the environment given, NODE_ENV unset so the
// entry points default to production, and its output kept for a failure's message.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { PROJECT_ROOT } from "./tools";

/** Starts `tsx <script>` with exactly `env` (plus PATH and HOME) and its output kept for failures. */
export function startEntryPoint(script: string, env: Record<string, string>, nodeArgs: string[] = []): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script], {
    cwd: PROJECT_ROOT,
    // NODE_ENV is left unset: the entry points must default to production themselves.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

export async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web process exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the web process did not answer within 60 s:\n${output()}`);
}


/**
 * What the web and worker processes need on the given services (DATABASE_URL, TEMPORAL_ADDRESS, SMTP_URL),
 * with secrets generated for the run; `trustProxy`: behind one proxy hop, so a caller may be any client
 * address by its X-Forwarded-For.
 */
export function productionEnv(
  services: Record<string, string | undefined>,
  options: { taskQueue: string; publicUrl: string; trustProxy?: boolean },
): Record<string, string> {
  return {
    DATABASE_URL: services.DATABASE_URL!,
    TEMPORAL_ADDRESS: services.TEMPORAL_ADDRESS!,
    TEMPORAL_TASK_QUEUE: options.taskQueue,
    SMTP_URL: services.SMTP_URL!,
    PUBLIC_URL: options.publicUrl,
    SESSION_SECRET: crypto.randomBytes(32).toString("base64url"),
    LINK_SECRET: crypto.randomBytes(32).toString("base64url"),
    ...(options.trustProxy ? { TRUST_PROXY: "1" } : {}),
  };
}

/** SIGTERM to each process still running, then waits until all have exited. */
export async function stopProcesses(children: ChildProcess[]): Promise<void> {
  const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const child of running) child.kill("SIGTERM");
  await Promise.all(running.map((c) => new Promise((r) => c.once("exit", r))));
}
