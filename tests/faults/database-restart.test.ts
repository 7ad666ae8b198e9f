// The database client through PostgreSQL restarts with queries and interactive transactions in flight, as
// the web and the worker use it: every failure meanwhile is one the portal takes as "unavailable, try again"
// (a 503 with the form kept, an activity retried), and afterwards every kind of query answers again. A
// transaction's connection lost in a restart was once never given back, and the pool ran dry for good.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../app/utils/db.server";
import { isDatabaseUnavailable } from "../../app/utils/database-errors.server";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";

const RESTARTS = 4;
const LOOPS = 12; // more than the pool's 10 connections
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-db-restart-"));
let port: number;
let postgres: RunningPostgres;
let prisma: ReturnType<typeof createPrismaClient>;

beforeAll(async () => {
  port = await freePort();
  postgres = await startEmbeddedPostgres({ baseDir, port, database: "restart" });
  prisma = createPrismaClient(postgres.url);
  await prisma.$executeRawUnsafe("CREATE TABLE counter (k text PRIMARY KEY, n int NOT NULL)");
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await postgres?.stop();
  fs.rmSync(baseDir, { recursive: true, force: true });
}, 60_000);

/** One caller's query: an interactive transaction, mostly waiting inside, for every other, a raw upsert for the rest. */
async function queryAs(caller: number): Promise<void> {
  const key = `k${caller}`;
  if (caller % 2 === 1) {
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO counter VALUES (${key}, 1) ON CONFLICT (k) DO UPDATE SET n = counter.n + 1`;
      await sleep(50);
      await tx.$queryRaw`SELECT n FROM counter WHERE k = ${key}`;
    });
  } else {
    await prisma.$queryRaw`INSERT INTO counter VALUES (${key}, 1) ON CONFLICT (k) DO UPDATE SET n = counter.n + 1 RETURNING n`;
  }
}

describe("the database client through PostgreSQL restarts", () => {
  it("fails only as unavailable while PostgreSQL is away and answers every caller again afterwards", async () => {
    let stop = false;
    const unclassified: string[] = [];
    const loops = Array.from({ length: LOOPS }, async (_, caller) => {
      while (!stop) {
        try {
          await queryAs(caller);
        } catch (error) {
          if (!isDatabaseUnavailable(error)) unclassified.push(String((error as Error).message).split("\n").pop()!);
          await sleep(20);
        }
      }
    });
    for (let restart = 0; restart < RESTARTS; restart++) {
      await sleep(1500);
      await postgres.stop();
      postgres = await startEmbeddedPostgres({ baseDir, port, database: "restart" });
    }
    await sleep(1000);
    stop = true;
    await Promise.all(loops);

    // Every caller at once, each kind of query: all answer (a pool run dry would leave them waiting).
    const afterwards = await Promise.allSettled(Array.from({ length: LOOPS * 2 }, (_, caller) => queryAs(caller)));
    expect(afterwards.filter((r) => r.status === "rejected")).toEqual([]);
    expect([...new Set(unclassified)]).toEqual([]);
  }, 120_000);
});
