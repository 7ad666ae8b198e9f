// Which database errors mean "the database cannot answer just now" (busy, restarting, unreachable), as
// opposed to a fault in what was asked: the first are worth answering "try again" or retrying at once.
import { Prisma } from "@prisma/client";

// What the PostgreSQL driver adapter reports when the server is not there or not taking work (restarting,
// shutting down, out of connections), as error kinds and SQLSTATE classes: 08 connection exception,
// 53 insufficient resources, 57 operator intervention (57P01 admin_shutdown, 57P03 cannot_connect_now).
const UNAVAILABLE_DRIVER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionWriteConflict"]);
const UNAVAILABLE_SQLSTATE = /^(08|53|57)/;

function isDriverUnavailable(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== "DriverAdapterError") return false;
  const cause = (error as Error & { cause?: { kind?: string; code?: string } }).cause;
  return UNAVAILABLE_DRIVER_KINDS.has(cause?.kind ?? "") || (cause?.kind === "postgres" && UNAVAILABLE_SQLSTATE.test(cause.code ?? ""));
}

// What pg itself throws, with no SQLSTATE and so passed on by the adapter as it is, when a connection ends
// under a query or a transaction (a restart), or none could be had in time.
const PG_CONNECTION_LOST = [
  "Connection terminated unexpectedly",
  "Connection terminated",
  "Connection terminated due to connection timeout",
  "Client has encountered a connection error and is not queryable",
  "Client was closed and is not queryable",
  "timeout exceeded when trying to connect",
];

function isConnectionLost(error: unknown): boolean {
  return error instanceof Error && !("code" in error) && PG_CONNECTION_LOST.includes(error.message);
}

/** The database could not take the order just now (busy, restarting, out of connections): nothing was stored. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (isDriverUnavailable(error) || isConnectionLost(error)) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  // Transaction timed out or could not start, write conflict, server unreachable or closed the connection.
  if (["P2028", "P2034", "P1001", "P1002", "P1008", "P1017"].includes(error.code)) return true;
  // A raw query's failure (P2010) carries the driver adapter's error.
  return isDriverUnavailable((error.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
}
