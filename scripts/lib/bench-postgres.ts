// The benchmarks' own embedded PostgreSQL in .data/<name>-<pid>, migrated, and stopped and removed at the
// end and on Ctrl-C, so a benchmark never touches a development portal's database.
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { freePort } from "./free-port";
import { migrateDatabase } from "./migrate";
import { PROJECT_ROOT } from "./tools";

export type BenchPostgres = {
  /** Starts and migrates it; call once. */
  start(): Promise<RunningPostgres>;
  /** Stops it and removes its folder; safe to call more than once. */
  cleanup(): Promise<void>;
  /** Whether a signal stopped the run (errors after that are expected). */
  interrupted(): boolean;
};

export function benchPostgres(name: string, log: (message: string) => void): BenchPostgres {
  const baseDir = path.join(PROJECT_ROOT, ".data", `${name}-${process.pid}`);
  let postgres: RunningPostgres | undefined;
  let cleaning: Promise<void> | undefined;
  let interrupted = false;

  const cleanup = () => {
    cleaning ??= (async () => {
      try {
        await postgres?.stop();
      } catch (error) {
        console.error(`[${name}] could not stop PostgreSQL:`, error);
      }
      fs.rmSync(baseDir, { recursive: true, force: true });
    })();
    return cleaning;
  };

  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n[${name}] ${signal}: stopping PostgreSQL and removing ${path.relative(PROJECT_ROOT, baseDir)} …`);
      void cleanup().finally(() => process.exit(130));
    });
  }

  return {
    async start() {
      fs.mkdirSync(baseDir, { recursive: true });
      log(`starting PostgreSQL in ${path.relative(PROJECT_ROOT, baseDir)} …`);
      postgres = await startEmbeddedPostgres({ baseDir, port: await freePort(), database: "bench" });
      await migrateDatabase(postgres.url);
      log("migrated");
      return postgres;
    },
    cleanup,
    interrupted: () => interrupted,
  };
}
