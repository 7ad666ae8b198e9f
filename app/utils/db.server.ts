import pg from "pg";
import { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "./env.server";

// One client per process (and per dev rebuild, hence the global).
const globalForPrisma = globalThis as unknown as { __prisma?: PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // PostgreSQL ending a connection (a restart, a failover) makes its client emit "error". The pool and the
  // adapter listen while a client is idle, in a query or in a transaction, but not in every moment between,
  // and an "error" nobody listens to ends the process (the fault test saw the worker die so). The client is
  // already marked unusable, and the pool drops it when it comes back, so hearing it is all that is needed.
  pool.on("connect", (client) => client.on("error", () => undefined));
  // The adapter's own copy of pg's types differs from ours; the module at run time is the same.
  const adapterPool = pool as unknown as ConstructorParameters<typeof PrismaPg>[0];
  return new PrismaClient({ adapter: new PrismaPg(adapterPool, { disposeExternalPool: true }) });
}

export function getPrisma(): PrismaClient {
  globalForPrisma.__prisma ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForPrisma.__prisma;
}
