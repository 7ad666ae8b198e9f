// Working days, calendar days and meeting times: the promises after the answer (referral within N
// working days, meeting within N working days, consent reply-by, follow-up after a start date).
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  addWorkingDays,
  atLocalTime,
  closingTimeOnOrAfter,
  DEFAULT_OPENING_HOURS,
  endOfLocalDay,
  localDateOf,
  meetingSlots,
  TIME_ZONE,
  type DeadlinePolicy,
} from "~/utils/deadlines";

// DEFAULT_OPENING_HOURS: mon-thu 08:00-15:30, fri 08:00-13:00, weekend closed.
const local = (iso: string) => DateTime.fromISO(iso, { zone: TIME_ZONE }).toJSDate();
const show = (d: Date) => DateTime.fromJSDate(d, { zone: TIME_ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");

const policy: DeadlinePolicy = {
  responseHours: 24,
  countingMode: "CLOCK_HOURS", // working days use the calendar whatever the counting mode
  openingHours: DEFAULT_OPENING_HOURS,
  useDanishHolidays: true,
  extraClosedDays: ["2026-12-24", "2026-12-31"],
  warningAtPercent: 75,
  escalateTeamLeadAfterHours: 0,
  escalateManagerAfterHours: 8,
};

describe("addWorkingDays", () => {
  it("counts from the next open day and ends at that day's closing time", () => {
    // Monday 23 Nov 2026 10:00 + 5 working days = Monday 30 Nov at 15:30.
    expect(show(addWorkingDays(policy, local("2026-11-23T10:00"), 5))).toBe("2026-11-30T15:30");
    // Thursday + 1 = Friday, which closes at 13:00.
    expect(show(addWorkingDays(policy, local("2026-11-26T14:00"), 1))).toBe("2026-11-27T13:00");
  });

  it("skips weekends, Danish holidays and the jobcentre's own closed days", () => {
    // Wednesday 23 Dec 2026: 24 (closed day), 25-26 (holidays), 27 (Sunday) → Monday 28 is day 1.
    expect(show(addWorkingDays(policy, local("2026-12-23T09:00"), 1))).toBe("2026-12-28T15:30");
    // Maundy Thursday to Easter Monday 2027 (25-29 March) are closed: Wednesday 24 + 1 = Tuesday 30.
    expect(show(addWorkingDays(policy, local("2027-03-24T12:00"), 1))).toBe("2027-03-30T15:30");
  });

  it("starting on a closed day counts from the next open one", () => {
    // Saturday 28 Nov 2026 + 1 = Monday 30 Nov.
    expect(show(addWorkingDays(policy, local("2026-11-28T12:00"), 1))).toBe("2026-11-30T15:30");
  });

  it("refuses zero or fractional days", () => {
    expect(() => addWorkingDays(policy, local("2026-11-23T10:00"), 0)).toThrow(RangeError);
    expect(() => addWorkingDays(policy, local("2026-11-23T10:00"), 1.5)).toThrow(RangeError);
  });
});

describe("calendar days", () => {
  it("gives the local date of an instant in Copenhagen, also just after midnight in winter and summer", () => {
    expect(localDateOf(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24"); // 00:30 CET
    expect(localDateOf(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01"); // 00:30 CEST
  });

  it("adds days across months, years and the daylight-saving change", () => {
    expect(addLocalDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addLocalDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(addLocalDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("ends a day at 23:59:59.999 local time", () => {
    expect(endOfLocalDay("2026-11-26").toISOString()).toBe("2026-11-26T22:59:59.999Z"); // CET
    expect(endOfLocalDay("2026-07-01").toISOString()).toBe("2026-07-01T21:59:59.999Z"); // CEST
    // The day the clocks go back is 25 hours long; it still ends at local midnight.
    expect(endOfLocalDay("2026-10-25").toISOString()).toBe("2026-10-25T22:59:59.999Z");
  });

  it("places a local time on a date", () => {
    expect(atLocalTime("2026-11-26", "09:00").toISOString()).toBe("2026-11-26T08:00:00.000Z");
    expect(() => atLocalTime("2026-11-26", "9")).toThrow(RangeError);
  });

  it("finds the closing time of a date, or of the next open day when it is closed", () => {
    expect(show(closingTimeOnOrAfter(policy, "2026-11-26"))).toBe("2026-11-26T15:30");
    expect(show(closingTimeOnOrAfter(policy, "2026-11-28"))).toBe("2026-11-30T15:30"); // Saturday
  });
});

describe("meetingSlots", () => {
  it("offers the slot times on each open day after today until the due day, inside opening hours", () => {
    const from = local("2026-11-25T10:00"); // Wednesday
    const until = addWorkingDays(policy, from, 3); // Monday 30 Nov 15:30
    expect(meetingSlots(policy, from, until, ["13:00", "09:00"]).map(show)).toEqual([
      "2026-11-26T09:00",
      "2026-11-26T13:00",
      "2026-11-27T09:00", // Friday closes at 13:00: no 13:00 slot
      "2026-11-30T09:00",
      "2026-11-30T13:00",
    ]);
  });

  it("stops at the maximum and refuses a time that is not HH:MM", () => {
    const from = local("2026-11-23T10:00");
    expect(meetingSlots(policy, from, addWorkingDays(policy, from, 10), ["09:00", "13:00"], 4)).toHaveLength(4);
    expect(() => meetingSlots(policy, from, addWorkingDays(policy, from, 2), ["kl 9"])).toThrow(RangeError);
  });
});
