import { describe, expect, it } from "vitest";
import { addMonths, describePeriod, finalFrom, isProvisional, monthsOf, paceOf, periodOf } from "~/domain/kpi/periods";
import { firstWorkingDayOfQuarter, quarterReportDueOn } from "~/models/kpi/committee-report.server";
import { parsePeriodForm, periodFormOf } from "~/schemas/dashboard";

const form = (values: Partial<Record<string, string>>) => ({ periode: "maaned", maaned: "", kvartal: "", aar: "", fra: "", til: "", ...values });

describe("the dashboard's periods", () => {
  it("turn a month, a quarter, a year and a range into calendar dates, leap years included", () => {
    expect(periodOf({ type: "month", year: 2028, month: 2 })).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(periodOf({ type: "quarter", year: 2026, quarter: 4 })).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(periodOf({ type: "year", year: 2026 })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(describePeriod({ type: "quarter", year: 2026, quarter: 1 })).toBe("1. kvartal 2026");
    expect(describePeriod({ type: "range", from: "2026-03-01", to: "2026-04-15" })).toBe("1. marts 2026 – 15. april 2026");
  });

  it("list the months a period touches", () => {
    expect(monthsOf({ from: "2025-11-15", to: "2026-02-01" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("add months to a date, keeping it in the shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-11-01", 3)).toBe("2027-02-01");
  });

  it("are provisional until one month (formidlingsgrad) and three months (besættelsesgrad) after their end", () => {
    const march = { from: "2026-03-01", to: "2026-03-31" };
    expect(finalFrom(march, "formidlingsgrad")).toBe("2026-05-01");
    expect(finalFrom(march, "besaettelsesgrad")).toBe("2026-07-01");
    expect(isProvisional(march, "formidlingsgrad", "2026-04-30")).toBe(true);
    expect(isProvisional(march, "formidlingsgrad", "2026-05-01")).toBe(false);
    expect(isProvisional(march, "besaettelsesgrad", "2026-06-30")).toBe(true);
  });
});

describe("the pace of a yearly count target", () => {
  it("says what was expected by now, where the year is heading and what each remaining month needs", () => {
    // 75 orders a year; 30 by the end of June (181 of 365 days gone).
    const pace = paceOf({ target: 75, year: 2026, countSoFar: 30, today: "2026-06-30" });
    expect(pace.expectedByNow).toBe(Math.round((75 * 181) / 365));
    expect(pace.projectedForYear).toBe(Math.round(30 / (181 / 365)));
    expect(pace.remaining).toBe(45);
    expect(pace.monthsLeft).toBe(6);
    expect(pace.neededPerMonth).toBe(8); // 45 / 6 = 7.5, rounded up
  });

  it("needs nothing more once the target is reached, and has no months left after the year", () => {
    expect(paceOf({ target: 75, year: 2025, countSoFar: 80, today: "2026-03-01" })).toMatchObject({ remaining: 0, monthsLeft: 0, neededPerMonth: null, projectedForYear: 80 });
  });

  it("expects nothing before the year starts", () => {
    expect(paceOf({ target: 75, year: 2027, countSoFar: 0, today: "2026-12-01" })).toMatchObject({ expectedByNow: 0, projectedForYear: null, monthsLeft: 12 });
  });
});

describe("the period form", () => {
  it("reads each kind of period", () => {
    expect(parsePeriodForm(form({ maaned: "2026-11" }))).toEqual({ ok: true, choice: { type: "month", year: 2026, month: 11 } });
    expect(parsePeriodForm(form({ periode: "kvartal", kvartal: "2026-4" }))).toEqual({ ok: true, choice: { type: "quarter", year: 2026, quarter: 4 } });
    expect(parsePeriodForm(form({ periode: "aar", aar: "2026" }))).toEqual({ ok: true, choice: { type: "year", year: 2026 } });
    expect(parsePeriodForm(form({ periode: "interval", fra: "2026-01-01", til: "2026-06-30" }))).toEqual({ ok: true, choice: { type: "range", from: "2026-01-01", to: "2026-06-30" } });
  });

  it("names the field of a bad value: an unknown type, a month 13, a year out of range, a date that does not exist, to before from", () => {
    const errors = (values: Partial<Record<string, string>>) => {
      const result = parsePeriodForm(form(values));
      return result.ok ? null : Object.keys(result.errors).filter((k) => result.errors[k as keyof typeof result.errors]);
    };
    expect(errors({ periode: "uge" })).toEqual(["periode"]);
    expect(errors({ maaned: "2026-13" })).toEqual(["maaned"]);
    expect(errors({ periode: "aar", aar: "1999" })).toEqual(["aar"]);
    expect(errors({ periode: "kvartal", kvartal: "2026-5" })).toEqual(["kvartal"]);
    expect(errors({ periode: "interval", fra: "2026-02-30", til: "2026-03-01" })).toEqual(["fra"]);
    expect(errors({ periode: "interval", fra: "2026-03-02", til: "2026-03-01" })).toEqual(["til"]);
    expect(errors({ periode: "interval", fra: "2020-01-01", til: "2026-03-01" })).toEqual(["til"]);
  });

  it("defaults to the current month", () => {
    expect(periodFormOf(new URLSearchParams(), "2026-12-02")).toMatchObject({ periode: "maaned", maaned: "2026-12", kvartal: "2026-4", aar: "2026" });
  });
});

describe("the quarter's committee report", () => {
  it("is due on the first working day after the quarter: past New Year, a weekend and Easter", () => {
    // 1 January 2027 is a Friday and a holiday; the 4th is the Monday after.
    expect(firstWorkingDayOfQuarter(2027, 1)).toBe("2027-01-04");
    expect(quarterReportDueOn("2027-01-04")).toEqual({ type: "quarter", year: 2026, quarter: 4 });
    expect(quarterReportDueOn("2027-01-05")).toBeNull();
    // 1 April 2026 is the Wednesday before Maundy Thursday: a working day.
    expect(quarterReportDueOn("2026-04-01")).toEqual({ type: "quarter", year: 2026, quarter: 1 });
    expect(quarterReportDueOn("2026-04-02")).toBeNull();
    // 1 August is not after a quarter.
    expect(quarterReportDueOn("2026-08-03")).toBeNull();
  });
});
