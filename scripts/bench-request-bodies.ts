// `npm run bench:bodies [-- --root <checkout>]`: what oversized and abusive request bodies cost the web
// process as production runs it (scripts/serve.ts in its own process, NODE_ENV production). Measures the web
// process's peak resident memory (VmHWM, reset before each case through /proc/<pid>/clear_refs) and how
// long /healthz takes while the bodies arrive. `--root` measures another checkout of the portal (built, with
// node_modules), to write down a before and after in docs/benchmarks.md.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { freePort } from "./lib/free-port";
import { migrateDatabase } from "./lib/migrate";
import { PortalClient } from "./lib/portal-client";
import { PROJECT_ROOT } from "./lib/tools";

const rootIndex = process.argv.indexOf("--root");
const root = rootIndex > 0 ? path.resolve(process.argv[rootIndex + 1]!) : PROJECT_ROOT;
const MB = 1024 * 1024;

function kib(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return { rssMb: kib(status, "VmRSS") / 1024, peakMb: kib(status, "VmHWM") / 1024 };
}

function resetPeak(pid: number) {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

/** A body of `total` bytes of url-encoded text, in 64 KiB chunks, without announcing its length. */
function streamOf(total: number, piece = "a=" + "b".repeat(64 * 1024 - 3) + "&"): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(piece);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.byteLength;
    },
  });
}

async function post(url: string, body: BodyInit, headers: Record<string, string>): Promise<string> {
  try {
    const response = await fetch(url, { method: "POST", body, headers, redirect: "manual", duplex: "half" } as RequestInit);
    await response.arrayBuffer();
    return String(response.status);
  } catch (error) {
    return `connection closed (${(error as { cause?: { code?: string } }).cause?.code ?? "error"})`;
  }
}

/** /healthz every 50 ms while `work` runs: the slowest answer. */
async function slowestHealthWhile(base: string, work: Promise<unknown>): Promise<number> {
  let done = false;
  let slowest = 0;
  void work.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    await fetch(`${base}/healthz`).then((r) => r.arrayBuffer());
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((r) => setTimeout(r, 50));
  }
  await work;
  return slowest;
}

async function main() {
  const dataDir = path.join(PROJECT_ROOT, ".data", `bench-bodies-${process.pid}`);
  fs.mkdirSync(dataDir, { recursive: true });
  const pg = await startEmbeddedPostgres({ baseDir: path.join(dataDir, "pg"), port: await freePort(), database: "bench" });
  let web: ChildProcess | undefined;
  try {
    await migrateDatabase(pg.url);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // The staff of the reference jobcentres, seeded from this checkout (the measured one's schema is the same).
    process.env.DATABASE_URL = pg.url;
    const { createPrismaClient } = await import("../app/utils/db.server");
    const { seedReferenceAndStaff } = await import("../prisma/seed");
    const prisma = createPrismaClient(pg.url);
    await seedReferenceAndStaff(prisma);
    await prisma.$disconnect();

    web = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        DATABASE_URL: pg.url,
        TEMPORAL_ADDRESS: "127.0.0.1:1",
        SMTP_URL: "smtp://127.0.0.1:1",
        PUBLIC_URL: base,
        PORT: String(port),
        HOST: "127.0.0.1",
        SESSION_SECRET: crypto.randomBytes(32).toString("base64url"),
        LINK_SECRET: crypto.randomBytes(32).toString("base64url"),
      } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "ignore", "inherit"],
    });
    for (let i = 0; ; i++) {
      if (i > 240) throw new Error("the web process did not start");
      if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const pid = web.pid!;
    // A page or two first, so the process has loaded what every request needs.
    for (let i = 0; i < 5; i++) await fetch(`${base}/jobordre/ny`).then((r) => r.arrayBuffer());

    const rows: string[] = [];
    const measure = async (name: string, work: () => Promise<string | string[]>) => {
      await new Promise((r) => setTimeout(r, 500));
      const before = memoryOf(pid);
      resetPeak(pid);
      const started = performance.now();
      let statuses: string | string[] = "";
      const slowest = await slowestHealthWhile(
        base,
        work().then((s) => (statuses = s)),
      );
      const ms = performance.now() - started;
      const after = memoryOf(pid);
      const answer = Array.isArray(statuses) ? [...new Set(statuses)].join(", ") : statuses;
      rows.push(`| ${name} | ${answer} | ${(ms / 1000).toFixed(2)} s | +${Math.max(0, after.peakMb - before.rssMb).toFixed(0)} MB | ${slowest.toFixed(0)} ms |`);
      console.log(rows.at(-1));
    };

    const form = { "Content-Type": "application/x-www-form-urlencoded" };
    await measure("one anonymous 50 MB form post to /jobordre/ny, length announced", () => post(`${base}/jobordre/ny`, new Blob([new Uint8Array(50 * MB).fill(97)]), form));
    await measure("one anonymous 50 MB form post to /jobordre/ny, chunked", () => post(`${base}/jobordre/ny`, streamOf(50 * MB), form));
    await measure("four at once, chunked, 50 MB each", () => Promise.all([1, 2, 3, 4].map(() => post(`${base}/jobordre/ny`, streamOf(50 * MB), form))));

    // A team lead's CSV import of 20,000 rows, every one of them wrong.
    const { DEMO_PASSWORD } = await import("../prisma/seed");
    const lead = new PortalClient(base);
    await lead.signIn("teamleder@lolland.jobcenter.example", DEMO_PASSWORD);
    const csrf = await lead.csrfToken("/jobsogere/import");
    const header = "reference;navn;email;telefon;postnummer;maks_km;timer_pr_uge;ydelse;stillinger;kompetencer;certifikater;korekort;sprog;cv;kontakt_ok";
    const wrong = Array.from({ length: 20_000 }, (_, i) => `REF-${i};;ikke-en-mail;abc;99999;x;y;z;;;;;;;måske`).join("\n");
    const file = new Blob([`${header}\n${wrong}\n`], { type: "text/csv" });
    await measure("CSV import of 20,000 wrong rows (1 MB)", async () => {
      const body = new FormData();
      body.set("csrf", csrf);
      body.set("fil", file, "forkert.csv");
      return String((await lead.request("/jobsogere/import", { method: "POST", body })).status);
    });
    await measure("CSV upload of a 39 MB file, chunked", () => {
      const boundary = "benchgraense";
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="stor.csv"\r\nContent-Type: text/csv\r\n\r\n${header}\n`;
      const rows = new TextEncoder().encode("REF;Navn;navn@mail.dk;20304050;4900;25;37;a-dagpenge;Lager;;;;;;ja\n".repeat(1000));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode(head)),
        pull(controller) {
          if (sent >= 39 * MB) {
            controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
            return controller.close();
          }
          controller.enqueue(rows);
          sent += rows.byteLength;
        },
      });
      return lead
        .request("/jobsogere/import", { method: "POST", body, headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` } })
        .then((r) => String(r.status), () => "connection closed");
    });

    console.log(`\nMeasured ${root === PROJECT_ROOT ? "this checkout" : root}\n`);
    console.log("| what | answer | time | web process peak memory | slowest /healthz meanwhile |");
    console.log("| --- | --- | ---: | ---: | ---: |");
    for (const row of rows) console.log(row);
  } finally {
    web?.kill("SIGTERM");
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
