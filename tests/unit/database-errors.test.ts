// Which database failures at intake are "not stored, send again" (503 with the form kept), not a server error.
import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../app/models/job-order/intake.server";

const known = (code: string) => new Prisma.PrismaClientKnownRequestError("test", { code, clientVersion: "test" });

describe("isDatabaseUnavailable", () => {
  it("takes a timed-out transaction, a write conflict and a lost connection as unavailable", () => {
    for (const code of ["P2028", "P2034", "P1001", "P1017"]) expect(isDatabaseUnavailable(known(code)), code).toBe(true);
    expect(isDatabaseUnavailable(new Prisma.PrismaClientInitializationError("down", "test"))).toBe(true);
  });

  it("leaves a constraint violation and anything else to their own handling", () => {
    expect(isDatabaseUnavailable(known("P2002"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });
});
