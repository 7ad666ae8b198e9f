import { describe, expect, it } from "vitest";
import { addCalendarDays, isRealDate } from "~/utils/local-date";

describe("calendar dates", () => {
  it("adds days across months, years and the change to summer time", () => {
    expect(addCalendarDays("2026-12-02", 60)).toBe("2027-01-31");
    expect(addCalendarDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addCalendarDays("2027-03-01", -1)).toBe("2027-02-28");
  });

  it("knows a real date", () => {
    expect(isRealDate("2028-02-29")).toBe(true);
    expect(isRealDate("2027-02-29")).toBe(false);
  });
});
