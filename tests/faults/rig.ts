// The portal as production runs it, with each part in the test's hand to break: embedded PostgreSQL, the
// Temporal dev server and the SMTP sink on fixed ports and files of their own (so each can be stopped and
// started again where it was), the web and the worker as separate processes by their production entry
// points. Like a process manager, the rig starts the worker again whenever it exits.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";
import { migrateDatabase } from "../../scripts/lib/migrate";
import { productionEnv, startEntryPoint, stopProcesses, waitForHealth } from "../../scripts/lib/production-processes";
import { startSmtpSink, type RunningSmtpSink } from "../../scripts/lib/smtp-sink";
import { startTemporalDevServer } from "../../scripts/lib/temporal-dev-server";
import { PROJECT_ROOT } from "../../scripts/lib/tools";

type Running = { child: ChildProcess; output: () => string };

export class FaultRig {
  readonly root = path.join(PROJECT_ROOT, ".data", `faults-${process.pid}-${Date.now()}`);
  readonly mailDir = path.join(this.root, "mail");
  env: Record<string, string> = {};
  baseUrl = "";
  /** Times the worker exited without being told to (a kill -9 included) and was started again. */
  workerRestarts = 0;
  /** When the worker was killed -9. */
  readonly workerKills: Date[] = [];
  /** From the stop to the start of each PostgreSQL restart: a sent mark written then is lost. */
  readonly postgresRestarts: Array<{ stoppedAt: Date; backAt: Date }> = [];
  private ports = { postgres: 0, temporal: 0, smtp: 0, web: 0 };
  private postgres?: RunningPostgres;
  private temporal?: { stop: () => Promise<void> };
  private sink?: RunningSmtpSink;
  private worker?: Running;
  private web?: Running;
  private stopping = false;
  private readonly log: string[] = [];

  async start(): Promise<void> {
    this.ports = { postgres: await freePort(), temporal: await freePort(), smtp: await freePort(), web: await freePort() };
    await this.startPostgres();
    this.env = productionEnv(
      {
        DATABASE_URL: `postgresql://portal:portal@127.0.0.1:${this.ports.postgres}/portal_faults`,
        TEMPORAL_ADDRESS: `127.0.0.1:${this.ports.temporal}`,
        SMTP_URL: `smtp://127.0.0.1:${this.ports.smtp}`,
      },
      { taskQueue: `faults-${process.pid}`, publicUrl: `http://127.0.0.1:${this.ports.web}`, trustProxy: true },
    );
    await migrateDatabase(this.env.DATABASE_URL!);
    await this.startTemporal();
    await this.startSmtp();
    this.baseUrl = `http://127.0.0.1:${this.ports.web}`;
    this.startWorker();
    this.web = startEntryPoint("scripts/serve.ts", { ...this.env, PORT: String(this.ports.web), HOST: "127.0.0.1" });
    await waitForHealth(this.baseUrl, this.web.child, this.web.output);
  }

  note(line: string): void {
    this.log.push(`${new Date().toISOString()} ${line}`);
  }

  /** What happened, and the end of each process's output, for a failure's message. */
  report(): string {
    const tail = (running?: Running) => (running ? running.output().split("\n").slice(-40).join("\n") : "");
    return [...this.log, "--- worker", tail(this.worker), "--- web", tail(this.web)].join("\n");
  }

  private async startPostgres(): Promise<void> {
    this.postgres = await startEmbeddedPostgres({ baseDir: path.join(this.root, "postgres"), port: this.ports.postgres, database: "portal_faults" });
  }

  private async startTemporal(): Promise<void> {
    this.temporal = await startTemporalDevServer({ dbFile: path.join(this.root, "temporal.db"), port: this.ports.temporal });
  }

  private async startSmtp(): Promise<void> {
    this.sink = await startSmtpSink({ port: this.ports.smtp, dir: this.mailDir });
  }

  private startWorker(): void {
    const worker = startEntryPoint("scripts/worker.ts", this.env);
    this.worker = worker;
    worker.child.once("exit", (code, signal) => {
      if (this.stopping || this.worker !== worker) return;
      this.workerRestarts++;
      // A crash's reason is in the last lines of the process that crashed, not of the one started after it.
      const last = signal ? "" : `\n${worker.output().split("\n").filter((line) => !line.includes("WARN")).slice(-30).join("\n")}`;
      this.note(`worker exited (${signal ?? code}); starting it again${last}`);
      setTimeout(() => {
        if (!this.stopping) this.startWorker();
      }, 1000);
    });
  }

  /** kill -9 of the worker; the rig starts it again a second later. */
  killWorker(): void {
    this.workerKills.push(new Date());
    this.note("kill -9 the worker");
    this.worker?.child.kill("SIGKILL");
  }

  async stopTemporal(): Promise<void> {
    this.note("stop the Temporal server");
    await this.temporal?.stop();
  }

  /** Again on the same port and the same database file. */
  async startTemporalAgain(): Promise<void> {
    await this.startTemporal();
    this.note("the Temporal server is back");
  }

  async restartPostgres(): Promise<void> {
    this.note("restart PostgreSQL");
    const stoppedAt = new Date();
    await this.postgres?.stop();
    await this.startPostgres();
    this.postgresRestarts.push({ stoppedAt, backAt: new Date() });
    this.note("PostgreSQL is back");
  }

  /** Connections to the SMTP port are refused until startSmtpAgain. */
  async stopSmtp(): Promise<void> {
    this.note("stop the SMTP server");
    await this.sink?.stop();
  }

  async startSmtpAgain(): Promise<void> {
    await this.startSmtp();
    this.note("the SMTP server is back");
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await stopProcesses([this.worker?.child, this.web?.child].filter((c): c is ChildProcess => c !== undefined));
    await this.sink?.stop().catch(() => {});
    await this.temporal?.stop().catch(() => {});
    await this.postgres?.stop().catch(() => {});
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
