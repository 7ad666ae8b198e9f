// The Temporal dev server (the Temporal CLI's `server start-dev`) as the embedded default.
// Production sets TEMPORAL_ADDRESS to a Temporal cluster instead.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawn } from "node:child_process";
import { ensureTemporalCli } from "./tools";

export type RunningTemporal = { address: string; uiUrl: string | null; stop: () => Promise<void> };

export function waitForPort(port: number, host = "127.0.0.1", timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, host);
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Nothing answered on ${host}:${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

export async function startTemporalDevServer(options: {
  dbFile: string; // persisted history, so a second start reuses it
  port: number;
  uiPort?: number; // omit for headless
  log?: (line: string) => void;
}): Promise<RunningTemporal> {
  const cli = ensureTemporalCli();
  fs.mkdirSync(path.dirname(options.dbFile), { recursive: true });
  const args = [
    "server", "start-dev",
    "--ip", "127.0.0.1",
    "--port", String(options.port),
    "--db-filename", options.dbFile,
    "--log-level", "warn",
    // Search attributes and namespace defaults are the CLI's; the portal needs nothing extra.
  ];
  if (options.uiPort) args.push("--ui-port", String(options.uiPort));
  else args.push("--headless");
  const child = spawn(cli, args, { stdio: ["ignore", "pipe", "pipe"] });
  const log = options.log ?? (() => {});
  child.stdout.on("data", (d: Buffer) => log(d.toString().trimEnd()));
  child.stderr.on("data", (d: Buffer) => log(d.toString().trimEnd()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let failed: Error | undefined;
  child.once("exit", (code) => {
    failed = new Error(`The Temporal dev server exited with code ${code}`);
  });
  await Promise.race([
    waitForPort(options.port),
    exited.then(() => {
      throw failed;
    }),
  ]);
  return {
    address: `127.0.0.1:${options.port}`,
    uiUrl: options.uiPort ? `http://127.0.0.1:${options.uiPort}` : null,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
