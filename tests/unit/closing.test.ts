import { describe, expect, it } from "vitest";
import { closingReason } from "~/domain/job-order/closing";

describe("closingReason", () => {
  const basis = { hasApplicationDeadline: false, orderOpenDays: 60, closesOn: "2027-01-30", startDate: "2027-02-01" };

  it("names the application deadline when the employer gave one", () => {
    expect(closingReason({ ...basis, hasApplicationDeadline: true })).toMatch(/ansøgningsfristen/);
  });

  it("names the jobcentre's default period without one", () => {
    expect(closingReason({ ...basis, startDate: "2027-01-15" })).toContain("60 dage");
    expect(closingReason({ ...basis, startDate: "2027-01-15" })).not.toContain("startdatoen");
  });

  it("says why the order closes before its start date", () => {
    expect(closingReason(basis)).toContain("før startdatoen");
  });
});
