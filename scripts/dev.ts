// One command for the whole portal on a fresh machine (`npm start`): embedded PostgreSQL, migrations,
// demo data, the Temporal dev server, a development SMTP sink, the worker and the web server.
// DATABASE_URL, TEMPORAL_ADDRESS and SMTP_URL each replace their embedded part. Ctrl-C stops it all;
// a second start reuses the data in .data/dev (or DEV_DATA_DIR).
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { startTemporalDevServer } from "./lib/temporal-dev-server";
import { startSmtpSink } from "./lib/smtp-sink";
import { migrateDatabase } from "./lib/migrate";
import { PROJECT_ROOT } from "./lib/tools";
import { startWebServer } from "./lib/web-server";
import { DEVELOPMENT_SESSION_SECRET } from "../app/utils/env.server";

if (fs.existsSync(path.join(PROJECT_ROOT, ".env"))) process.loadEnvFile(path.join(PROJECT_ROOT, ".env"));

const dataDir = path.resolve(PROJECT_ROOT, process.env.DEV_DATA_DIR ?? ".data/dev");
const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const stops: Array<{ name: string; stop: () => Promise<void> }> = [];
const log = (part: string) => (line: string) => {
  if (process.env.DEV_VERBOSE === "true") console.log(`[${part}] ${line}`);
};

let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopper portalen …");
  for (const { name, stop } of stops.reverse()) {
    try {
      await stop();
    } catch (error) {
      console.error(`[dev] could not stop ${name}:`, error);
    }
  }
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => void stopAll(0));

async function main() {
  if (process.argv.includes("--fresh")) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.NODE_ENV ??= "development";
  process.env.SESSION_SECRET ??= DEVELOPMENT_SESSION_SECRET;
  const webPort = port("PORT", 3000);
  process.env.PORT = String(webPort);
  process.env.PUBLIC_URL ??= `http://localhost:${webPort}`;

  if (!process.env.DATABASE_URL) {
    const pg = await startEmbeddedPostgres({ baseDir: path.join(dataDir, "postgres"), port: port("DEV_POSTGRES_PORT", 54329), database: "portal", log: log("postgres") });
    stops.push({ name: "postgres", stop: pg.stop });
    process.env.DATABASE_URL = pg.url;
    console.log(`PostgreSQL (indlejret):  ${pg.url}`);
  }
  await migrateDatabase(process.env.DATABASE_URL);

  if (!process.env.SMTP_URL) {
    const sink = await startSmtpSink({ port: port("DEV_SMTP_PORT", 2525), dir: path.join(dataDir, "mail"), log: log("smtp") });
    stops.push({ name: "smtp sink", stop: sink.stop });
    process.env.SMTP_URL = sink.url;
    process.env.DEV_MAIL_DIR = sink.dir;
    console.log(`SMTP (udviklingspost):   ${sink.url}`);
  }

  if (!process.env.TEMPORAL_ADDRESS) {
    const temporal = await startTemporalDevServer({
      dbFile: path.join(dataDir, "temporal", "dev.db"),
      port: port("DEV_TEMPORAL_PORT", 7233),
      uiPort: process.env.DEV_TEMPORAL_UI === "false" ? undefined : port("DEV_TEMPORAL_UI_PORT", 8233),
      log: log("temporal"),
    });
    stops.push({ name: "temporal", stop: temporal.stop });
    process.env.TEMPORAL_ADDRESS = temporal.address;
    console.log(`Temporal (dev server):   ${temporal.address}${temporal.uiUrl ? `  (UI ${temporal.uiUrl})` : ""}`);
  }

  // App modules read the environment at import, so they are loaded after it is complete.
  const { getEnv } = await import("../app/utils/env.server");
  const env = getEnv();
  const { getPrisma } = await import("../app/utils/db.server");
  const { seedDemo } = await import("./lib/demo");
  const { startWorkerProcess } = await import("./lib/worker-process");
  // The worker's bundling and state logs are for debugging; DEV_VERBOSE=true shows them.
  const { DefaultLogger, Runtime } = await import("@temporalio/worker");
  Runtime.install({ logger: new DefaultLogger(process.env.DEV_VERBOSE === "true" ? "INFO" : "WARN") });

  const worker = await startWorkerProcess(env, log("worker"));
  stops.push({ name: "worker", stop: worker.stop });

  const seeded = await seedDemo(getPrisma(), env);
  stops.push({ name: "database client", stop: () => getPrisma().$disconnect() });

  if (!fs.existsSync(path.join(PROJECT_ROOT, "build", "index.js"))) {
    throw new Error("The web build is missing: run `npm run build` first (npm start does)");
  }
  const web = await startWebServer({ port: webPort, host: process.env.HOST ?? "127.0.0.1", env });
  stops.push({ name: "web", stop: web.stop });

  console.log(`
Portalen kører:           ${env.PUBLIC_URL}
Udviklingspost:           ${env.PUBLIC_URL}/dev/mails
Demo-medarbejdere (adgangskode "${seeded.password}"):
${seeded.users.map((u) => `  ${u}`).join("\n")}
Stop med Ctrl-C.`);
  if (process.send) process.send("ready");
}

main().catch((error: unknown) => {
  console.error("[dev] start failed:", error);
  void stopAll(1);
});
