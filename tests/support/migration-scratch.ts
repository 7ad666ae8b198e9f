// A scratch database migrated up to the step before a migration, for tests of a migration on data as it
// stood before it: the test inserts that data, then applies the migration and reads what it made.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "../../scripts/lib/tools";

const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma", "migrations");

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function migrationSql(name: string): string {
  return fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
}

export type MigrationScratch = {
  /** The scratch database, migrated up to (not including) the migration. */
  db: pg.Client;
  /** Applies the migration under test. */
  migrate(): Promise<void>;
  drop(): Promise<void>;
};

/** Creates `<name>_<pid>` beside the test database and applies every migration before `migration`. */
export async function scratchBefore(migration: string, name: string): Promise<MigrationScratch> {
  const scratch = `${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: withDatabase(process.env.DATABASE_URL!, "postgres") });
  await admin.connect();
  await admin.query(`drop database if exists ${scratch}`);
  await admin.query(`create database ${scratch}`);
  const db = new pg.Client({ connectionString: withDatabase(process.env.DATABASE_URL!, scratch) });
  await db.connect();
  const before = fs.readdirSync(MIGRATIONS_DIR).filter((dir) => fs.statSync(path.join(MIGRATIONS_DIR, dir)).isDirectory() && dir < migration).sort();
  for (const dir of before) await db.query(migrationSql(dir));
  return {
    db,
    migrate: async () => {
      await db.query(migrationSql(migration));
    },
    drop: async () => {
      await db.end();
      await admin.query(`drop database if exists ${scratch}`);
      await admin.end();
    },
  };
}
