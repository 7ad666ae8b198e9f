// Pieces of raw SQL shared by the queries that compute in PostgreSQL.
import { Prisma } from "@prisma/client";

/** An instant as the naive UTC timestamp Prisma stores, whatever the session's time zone. */
export function instantSql(at: Date): Prisma.Sql {
  return Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}
