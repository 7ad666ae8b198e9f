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
  giveBackLostConnections(pool);
  // The adapter's own copy of pg's types differs from ours; the module at run time is the same.
  const adapterPool = pool as unknown as ConstructorParameters<typeof PrismaPg>[0];
  return new PrismaClient({ adapter: new PrismaPg(adapterPool, { disposeExternalPool: true }) });
}

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/**
 * Prisma (6.19, adapter-pg 7.10) gives a transaction's client back to the pool only after its COMMIT or
 * ROLLBACK succeeded, so a client whose connection PostgreSQL ended (a restart) was never given back; once
 * as many as the pool holds were lost so, every later query waited for ever. A client taken for a
 * transaction is now given back, to be dropped, as soon as its connection ends, and the transaction's own
 * release afterwards does nothing. The callback form is what pool.query uses, which always gives back.
 */
function giveBackLostConnections(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as { (): Promise<pg.PoolClient>; (callback: ConnectCallback): void };
  async function connectGuarded(): Promise<pg.PoolClient> {
    const client = await connect();
    const release = client.release;
    let givenBack = false;
    const giveBack = (error?: Error | boolean) => {
      if (givenBack) return;
      givenBack = true;
      client.removeListener("end", onLost);
      client.removeListener("error", onLost);
      release(error);
    };
    const onLost = () => giveBack(new Error("the connection to PostgreSQL ended"));
    client.once("end", onLost);
    client.once("error", onLost);
    client.release = giveBack;
    return client;
  }
  pool.connect = ((callback?: ConnectCallback) => (callback ? connect(callback) : connectGuarded())) as typeof pool.connect;
}

export function getPrisma(): PrismaClient {
  globalForPrisma.__prisma ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForPrisma.__prisma;
}
