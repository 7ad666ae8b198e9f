// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (no engine download).
import { migrateDatabase } from "./lib/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(2);
}
await migrateDatabase(url);
console.log("Migrations applied.");
