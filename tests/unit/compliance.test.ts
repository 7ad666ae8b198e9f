import { describe, expect, it } from "vitest";
import { currentMonth, periodBounds } from "~/models/kpi/compliance.server";
import { classifyOrder, summarise } from "../support/compliance-oracle";
import { compliancePeriodSchema } from "~/schemas/compliance";

const H = 3_600_000;
const received = new Date("2026-03-02T08:00:00Z");
const due = new Date(received.getTime() + 24 * H);
const now = new Date(received.getTime() + 100 * H);

function order(overrides: Partial<Parameters<typeof classifyOrder>[0]> = {}): Parameters<typeof classifyOrder>[0] {
  return { status: "ASSIGNED", receivedAt: received, dueAt: due, answeredAt: null, answeredById: null, answeredOnTime: null, events: [], ...overrides };
}

function answered(hours: number, onTime: boolean, by = "u1") {
  const at = new Date(received.getTime() + hours * H);
  return order({ status: "ANSWERED", answeredAt: at, answeredById: by, answeredOnTime: onTime, events: [{ at, actorId: by, data: { onTime, hoursToAnswer: 1 } }] });
}

describe("compliancePeriodSchema", () => {
  it("accepts a period of one day up to just under two years", () => {
    expect(compliancePeriodSchema.safeParse({ fra: "2026-03-01", til: "2026-03-01" }).success).toBe(true);
    expect(compliancePeriodSchema.safeParse({ fra: "2026-01-01", til: "2027-12-31" }).success).toBe(true);
  });

  it("rejects a period of two years or more, and to before from", () => {
    const long = compliancePeriodSchema.safeParse({ fra: "2026-01-01", til: "2028-01-01" });
    expect(long.success).toBe(false);
    if (!long.success) expect(long.error.flatten().fieldErrors.til).toEqual(["Perioden må højst være 2 år."]);
    const reversed = compliancePeriodSchema.safeParse({ fra: "2026-03-02", til: "2026-03-01" });
    expect(reversed.success).toBe(false);
  });

  it("gives one Danish message per bad field", () => {
    const result = compliancePeriodSchema.safeParse({ fra: "2026-02-30", til: "" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.flatten().fieldErrors).toEqual({
      fra: ["Skriv en fra-dato som en gyldig dato (åååå-mm-dd)."],
      til: ["Vælg en til-dato."],
    });
  });
});

describe("period bounds", () => {
  it("uses Copenhagen midnight, across the change to summer time", () => {
    const { start, end } = periodBounds({ fra: "2026-03-01", til: "2026-03-31" });
    expect(start.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-31T22:00:00.000Z");
  });

  it("defaults to the current Copenhagen month", () => {
    expect(currentMonth(new Date("2026-01-31T23:30:00Z"))).toEqual({ fra: "2026-02-01", til: "2026-02-28" });
  });
});

describe("classifyOrder and summarise", () => {
  it("takes on time from the ANSWERED event and measures clock hours from receipt", () => {
    expect(classifyOrder(answered(30, false), now)).toEqual({ kind: "answered", onTime: false, hoursToAnswer: 30, answeredById: "u1" });
  });

  it("tells open orders past and within their deadline apart, and closed without answer", () => {
    expect(classifyOrder(order(), now).kind).toBe("openOverdue");
    expect(classifyOrder(order(), new Date(received.getTime() + H)).kind).toBe("openWithinDeadline");
    expect(classifyOrder(order({ dueAt: null }), now).kind).toBe("openWithinDeadline");
    expect(classifyOrder(order({ status: "CLOSED" }), now).kind).toBe("closedUnanswered");
  });

  it("counts the share on time of answered orders plus open overdue ones", () => {
    const outcomes = [answered(2, true), answered(10, true), answered(30, false), order(), order({ dueAt: new Date(now.getTime() + H) })].map((o) =>
      classifyOrder(o, now),
    );
    const figures = summarise(outcomes);
    expect(figures).toMatchObject({ received: 5, answeredOnTime: 2, answeredLate: 1, openOverdue: 1, openWithinDeadline: 1 });
    expect(figures.shareOnTime).toBe(2 / 4);
    expect(figures.medianHoursToAnswer).toBe(10);
    expect(figures.p90HoursToAnswer).toBe(30);
  });

  it("has no share when nothing is answered or overdue", () => {
    expect(summarise([classifyOrder(order({ dueAt: null }), now)]).shareOnTime).toBeNull();
  });
});
