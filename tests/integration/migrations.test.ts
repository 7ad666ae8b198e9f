// The database migrated from prisma/migrations must be exactly the one prisma/schema.prisma describes.
// Prisma's own database-reading diff needs a native engine, so this builds a second database from the
// schema's SQL (`migrate diff --from-empty --to-schema-datamodel`, WASM engine) and compares catalogs.
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/tools";

const CATALOG_QUERIES: Record<string, string> = {
  columns: `select table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision, numeric_scale
            from information_schema.columns where table_schema = 'public' and table_name <> '_prisma_migrations' order by 1, 2`,
  enums: `select t.typname, e.enumlabel, e.enumsortorder from pg_type t join pg_enum e on e.enumtypid = t.oid
          join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' order by 1, 3`,
  indexes: `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' and tablename <> '_prisma_migrations' order by 1, 2`,
  constraints: `select conrelid::regclass::text as tbl, conname, pg_get_constraintdef(oid) as def from pg_constraint
                where connamespace = 'public'::regnamespace and conrelid::regclass::text <> '_prisma_migrations' order by 1, 2`,
};

async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) result[name] = (await client.query(sql)).rows;
    return result;
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

describe("migrations", () => {
  const scratch = `schema_check_${process.pid}`;
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: withDatabase(process.env.DATABASE_URL!, "postgres") });
    await admin.connect();
    await admin.query(`drop database if exists ${scratch}`);
    await admin.query(`create database ${scratch}`);
  });

  afterAll(async () => {
    await admin.query(`drop database if exists ${scratch}`);
    await admin.end();
  });

  it("produce exactly the database that schema.prisma describes", async () => {
    const schemaSql = execFileSync(
      process.execPath,
      [path.join(PROJECT_ROOT, "node_modules/prisma/build/index.js"), "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { cwd: PROJECT_ROOT, env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    const fromSchema = new pg.Client({ connectionString: withDatabase(process.env.DATABASE_URL!, scratch) });
    await fromSchema.connect();
    await fromSchema.query(schemaSql);
    await fromSchema.end();

    // The test database was migrated by the global setup with `prisma migrate deploy`.
    const migrated = await catalog(process.env.DATABASE_URL!);
    const expected = await catalog(withDatabase(process.env.DATABASE_URL!, scratch));
    expect(migrated.columns!.length).toBeGreaterThan(50);
    expect(migrated).toEqual(expected);
  });
});
