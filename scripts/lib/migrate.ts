// Applies the migrations in prisma/migrations with `prisma migrate deploy` (WASM schema engine,
// no download; docs/decisions/003-prisma-offline.md), then the SQL in prisma/sql that Prisma's driver
// adapter cannot run (it cuts scripts at every ";"): idempotent statements such as triggers.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { PROJECT_ROOT } from "./tools";

const run = promisify(execFile);
const SQL_DIR = path.join(PROJECT_ROOT, "prisma", "sql");

export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const prismaCli = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");
  try {
    await run(process.execPath, [prismaCli, "migrate", "deploy"], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`prisma migrate deploy failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
  await applySqlFiles(databaseUrl);
}

/** prisma/sql/*.sql in name order, each as one script in one transaction. */
async function applySqlFiles(databaseUrl: string): Promise<void> {
  const files = fs.existsSync(SQL_DIR) ? fs.readdirSync(SQL_DIR).filter((f) => f.endsWith(".sql")).sort() : [];
  if (files.length === 0) return;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const file of files) {
      const sql = fs.readFileSync(path.join(SQL_DIR, file), "utf8");
      try {
        await client.query(`BEGIN;\n${sql}\nCOMMIT;`);
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new Error(`prisma/sql/${file} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await client.end();
  }
}
