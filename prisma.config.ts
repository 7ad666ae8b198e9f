// Prisma CLI configuration. The JS engine with the pg driver adapter uses the WASM schema engine
// bundled in the prisma package, so generate, migrate diff/deploy/status need no download
// (docs/decisions/003-prisma-offline.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// The schema reads env("DATABASE_URL"); without it Prisma falls back to fetching a native engine.
// generate and schema-to-schema diffs never connect, so a placeholder is enough for them.
process.env.DATABASE_URL ??= "postgresql://unset@127.0.0.1:1/unset";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
