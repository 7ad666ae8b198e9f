import { describe, expect, it } from "vitest";
import { delayAfter, THROTTLE_RULES, throttlesFor } from "~/models/access/sign-in.server";

describe("the wait after wrong passwords", () => {
  const rule = THROTTLE_RULES.accountAndClient;

  it("is none while attempts are free", () => {
    for (let n = 0; n < rule.freeAttempts; n++) expect(delayAfter(rule, n)).toBe(0);
  });

  it("doubles with each further failure up to its longest", () => {
    const waits = [0, 1, 2, 3, 4, 10, 40].map((extra) => delayAfter(rule, rule.freeAttempts + extra));
    expect(waits).toEqual([15, 30, 60, 120, 240, rule.maxDelaySeconds, rule.maxDelaySeconds]);
  });

  it("from new clients together never passes a minute", () => {
    expect(delayAfter(THROTTLE_RULES.accountFromNewClients, 10_000)).toBe(60);
  });
});

describe("the counts an attempt is held to", () => {
  it("are the account at this address, the account from new clients, and the address", () => {
    expect(throttlesFor({ email: "a@x.dk", address: "192.0.2.1", deviceId: null }).map((t) => t.key)).toEqual([
      "account:a@x.dk:address:192.0.2.1",
      "account:a@x.dk:new-clients",
      "address:192.0.2.1",
    ]);
  });

  it("are only the browser's own for a browser the user signed in from", () => {
    expect(throttlesFor({ email: "a@x.dk", address: "192.0.2.1", deviceId: "d1" }).map((t) => t.key)).toEqual(["account:a@x.dk:device:d1"]);
  });
});
