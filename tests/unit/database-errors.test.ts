// Which database failures are "not stored, send again" (503 with the form kept), not a server error.
import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../app/utils/database-errors.server";

/** The shape @prisma/adapter-pg throws: the driver's error as `cause`. */
function driverError(cause: { kind: string; code?: string }) {
  const error = new Error(cause.kind);
  error.name = "DriverAdapterError";
  return Object.assign(error, { cause });
}

const known = (code: string) => new Prisma.PrismaClientKnownRequestError("test", { code, clientVersion: "test" });

describe("isDatabaseUnavailable", () => {
  it("takes a timed-out transaction, a write conflict and a lost connection as unavailable", () => {
    for (const code of ["P2028", "P2034", "P1001", "P1017"]) expect(isDatabaseUnavailable(known(code)), code).toBe(true);
    expect(isDatabaseUnavailable(new Prisma.PrismaClientInitializationError("down", "test"))).toBe(true);
  });

  it("takes a server shutting down, restarting, unreachable or out of connections as unavailable", () => {
    for (const code of ["57P01", "57P03", "08006", "53300"]) expect(isDatabaseUnavailable(driverError({ kind: "postgres", code })), code).toBe(true);
    for (const kind of ["DatabaseNotReachable", "ConnectionClosed", "TooManyConnections"]) expect(isDatabaseUnavailable(driverError({ kind })), kind).toBe(true);
  });

  it("takes a raw query that failed because the server was not there as unavailable", () => {
    const raw = new Prisma.PrismaClientKnownRequestError("raw query failed", { code: "P2010", clientVersion: "test", meta: { driverAdapterError: driverError({ kind: "DatabaseNotReachable" }) } });
    expect(isDatabaseUnavailable(raw)).toBe(true);
    const syntax = new Prisma.PrismaClientKnownRequestError("raw query failed", { code: "P2010", clientVersion: "test", meta: { driverAdapterError: driverError({ kind: "postgres", code: "42601" }) } });
    expect(isDatabaseUnavailable(syntax)).toBe(false);
  });

  it("takes a connection the driver lost under a query or a transaction as unavailable", () => {
    for (const message of ["Connection terminated unexpectedly", "Client has encountered a connection error and is not queryable", "timeout exceeded when trying to connect"])
      expect(isDatabaseUnavailable(new Error(message)), message).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("Connection terminated unexpectedly"), { code: "ERR_X" }))).toBe(false);
  });

  it("leaves a driver's constraint or syntax error to its own handling", () => {
    expect(isDatabaseUnavailable(driverError({ kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isDatabaseUnavailable(driverError({ kind: "postgres", code: "42601" }))).toBe(false);
  });

  it("leaves a constraint violation and anything else to their own handling", () => {
    expect(isDatabaseUnavailable(known("P2002"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});
