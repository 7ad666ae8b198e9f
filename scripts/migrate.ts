// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (no engine download).
import { getEnv } from "../app/utils/env.server";
import { migrateDatabase } from "./lib/migrate";

await migrateDatabase(getEnv().DATABASE_URL);
console.log("Migrations applied.");
