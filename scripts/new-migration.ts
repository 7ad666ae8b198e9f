// `npx tsx scripts/new-migration.ts <name> [--from <git revision>]`: writes
// prisma/migrations/<timestamp>_<name>/migration.sql from the committed schema (git HEAD, or the given
// revision when a migration that has not been released yet is written again) to the working schema. `prisma migrate dev` needs a native
// engine, so migrations are authored with `migrate diff` (WASM engine) instead (decision 003).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { freePort } from "./lib/free-port";
import { PROJECT_ROOT } from "./lib/tools";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npx tsx scripts/new-migration.ts <snake_case_name>");
  process.exit(2);
}
// Under the project, not os.tmpdir(): as root, postgres runs as its own user, which cannot enter a
// private mkdtemp folder.
const tmp = path.join(PROJECT_ROOT, ".data", `new-migration-${process.pid}`);
fs.mkdirSync(tmp, { recursive: true });
const previous = path.join(tmp, "previous.prisma");
const fromIndex = process.argv.indexOf("--from");
const fromRevision = fromIndex > 0 ? process.argv[fromIndex + 1] : "HEAD";
fs.writeFileSync(previous, execFileSync("git", ["show", `${fromRevision}:prisma/schema.prisma`], { cwd: PROJECT_ROOT }));
// migrate diff connects through the driver adapter even for schema-to-schema diffs.
const pg = await startEmbeddedPostgres({ baseDir: path.join(tmp, "pg"), port: await freePort(), database: "diff" });
try {
  const sql = execFileSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "node_modules/prisma/build/index.js"), "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: pg.url }, encoding: "utf8" },
  );
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(PROJECT_ROOT, "prisma", "migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(PROJECT_ROOT, dir)}/migration.sql`);
} finally {
  await pg.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
