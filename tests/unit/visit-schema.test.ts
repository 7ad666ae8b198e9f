import { describe, expect, it } from "vitest";
import { danishToday } from "../../app/schemas/job-order";
import { planVisitFormSchema, recordVisitFormSchema, VISIT_MESSAGES, weekQuerySchema } from "../../app/schemas/visit";
import { addCalendarDays } from "../../app/utils/local-date";

const CONSULTANT = "6f1c2a4e-3b5d-4c7e-8f90-1a2b3c4d5e6f";
const today = danishToday();

function errorsOf(result: { success: boolean; error?: { issues: Array<{ path: (string | number)[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("planVisitFormSchema", () => {
  it("reads a Danish date and time and keeps the purpose as typed", () => {
    const date = addCalendarDays(today, 7);
    const [y, m, d] = date.split("-");
    const parsed = planVisitFormSchema.parse({ intent: "planVisit", kind: "CAMPAIGN", date: `${d}.${m}.${y}`, time: "9.30", consultantId: CONSULTANT, purpose: " Kampagne 🚀\r\nom praktik " });
    expect(parsed).toMatchObject({ kind: "CAMPAIGN", date, time: "09:30", durationMinutes: 60, pNumber: null, purpose: "Kampagne 🚀\nom praktik" });
  });

  it("names each field it refuses", () => {
    const result = planVisitFormSchema.safeParse({ intent: "planVisit", kind: "AFTER_HIRE", date: "31-02-2027", time: "25:00", durationMinutes: "5", consultantId: "x", pNumber: "12" });
    expect(errorsOf(result)).toEqual({
      kind: VISIT_MESSAGES.kindRequired,
      date: VISIT_MESSAGES.dateFormat,
      time: VISIT_MESSAGES.timeFormat,
      durationMinutes: VISIT_MESSAGES.durationFormat,
      consultantId: VISIT_MESSAGES.consultantRequired,
      pNumber: VISIT_MESSAGES.unitUnknown,
    });
  });

  it("allows a visit a year back and two years ahead, no further", () => {
    const base = { intent: "planVisit", kind: "OUTREACH", time: "10:00", consultantId: CONSULTANT };
    expect(planVisitFormSchema.safeParse({ ...base, date: addCalendarDays(today, -30) }).success).toBe(true);
    expect(errorsOf(planVisitFormSchema.safeParse({ ...base, date: addCalendarDays(today, -400) }))).toEqual({ date: VISIT_MESSAGES.dateTooEarly });
    expect(errorsOf(planVisitFormSchema.safeParse({ ...base, date: addCalendarDays(today, 800) }))).toEqual({ date: VISIT_MESSAGES.dateTooLate });
  });
});

describe("recordVisitFormSchema", () => {
  const base = { intent: "recordVisit", version: new Date().toISOString() };

  it("needs an outcome", () => {
    expect(errorsOf(recordVisitFormSchema.safeParse({ ...base, outcome: "MAYBE" }))).toEqual({ outcome: VISIT_MESSAGES.outcomeRequired });
  });

  it("needs a date for a next visit's time", () => {
    expect(errorsOf(recordVisitFormSchema.safeParse({ ...base, outcome: "SCHEMES", nextVisitTime: "10:00" }))).toEqual({ nextVisitDate: VISIT_MESSAGES.nextVisitTimeWithoutDate });
  });

  it("takes an outcome with no next visit", () => {
    expect(recordVisitFormSchema.parse({ ...base, outcome: "NO_NEED" })).toEqual({ version: base.version, outcome: "NO_NEED", note: "", nextStep: "" });
  });
});

describe("weekQuerySchema", () => {
  it("falls back to this week and the list for values it does not know", () => {
    expect(weekQuerySchema("2026-12-03").parse({ uge: "2026-W60", konsulent: "nobody", visning: "tavle" })).toEqual({ uge: "2026-W49", konsulent: undefined, visning: "liste" });
    expect(weekQuerySchema("2026-12-03").parse({ uge: "2027-W02", visning: "kalender" })).toMatchObject({ uge: "2027-W02", visning: "kalender" });
  });
});
