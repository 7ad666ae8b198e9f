// The test PostgreSQL (tests/support/global-setup.ts) with the reference jobcentres, for integration tests
// that need no worker. A file calls useTestDatabase() at its top; `prisma` is live once its beforeAll ran,
// so the file's own beforeAll hooks, registered after it, may use it.
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient } from "../../app/utils/db.server";
import { ensureReferenceData } from "../factories";

export let prisma: PrismaClient;

export function useTestDatabase(): void {
  beforeAll(async () => {
    prisma = createPrismaClient(process.env.DATABASE_URL!);
    await ensureReferenceData(prisma);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
  });
}
