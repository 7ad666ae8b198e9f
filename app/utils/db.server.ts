import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "./env.server";

// One client per process (and per dev rebuild, hence the global).
const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
}

export function getPrisma(): PrismaClient {
  globalForPrisma.__prisma ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForPrisma.__prisma;
}
