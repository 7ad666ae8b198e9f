// Applies the migrations in prisma/migrations with `prisma migrate deploy` (WASM schema engine,
// no download; docs/decisions/003-prisma-offline.md).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "./tools";

const run = promisify(execFile);

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
}
