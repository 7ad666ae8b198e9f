import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addPolicyHours,
  computeDeadlines,
  danishPublicHolidays,
  DEFAULT_OPENING_HOURS,
  isClosedDay,
  openingHoursProblems,
  policyHoursBetween,
  TIME_ZONE,
  WEEKDAYS,
  type DeadlinePolicy,
  type OpeningHours,
} from "~/utils/deadlines";

// Expected values are written as Copenhagen wall-clock times so they can be checked by hand.
// DEFAULT_OPENING_HOURS: mon-thu 08:00-15:30 (7.5 h), fri 08:00-13:00 (5 h), weekend closed.

/** "2026-04-07T10:30" in Copenhagen → the instant. */
function local(iso: string): Date {
  const dt = DateTime.fromISO(iso, { zone: TIME_ZONE });
  if (!dt.isValid) throw new Error(`bad test time ${iso}`);
  return dt.toJSDate();
}

/** The instant → "2026-04-07T10:30" in Copenhagen (seconds only when not zero). */
function show(d: Date): string {
  const dt = DateTime.fromJSDate(d, { zone: TIME_ZONE });
  return dt.toFormat(dt.second === 0 && dt.millisecond === 0 ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd'T'HH:mm:ss.SSS");
}

function showAll(d: { warnAt: Date; dueAt: Date; escalateTeamLeadAt: Date; escalateManagerAt: Date }) {
  return { warnAt: show(d.warnAt), dueAt: show(d.dueAt), escalateTeamLeadAt: show(d.escalateTeamLeadAt), escalateManagerAt: show(d.escalateManagerAt) };
}

const clock: DeadlinePolicy = {
  responseHours: 24,
  countingMode: "CLOCK_HOURS",
  openingHours: DEFAULT_OPENING_HOURS,
  useDanishHolidays: true,
  extraClosedDays: [],
  warningAtPercent: 75,
  escalateTeamLeadAfterHours: 0,
  escalateManagerAfterHours: 8,
};
const working: DeadlinePolicy = { ...clock, countingMode: "WORKING_HOURS" };
const closedAllWeek: OpeningHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

describe("clock hours", () => {
  it("24 hours: due the next day at the same time, warning at 75 % (18 h), escalations after dueAt", () => {
    // Monday 24 Nov 2025 14:00.
    expect(showAll(computeDeadlines(clock, local("2025-11-24T14:00")))).toEqual({
      warnAt: "2025-11-25T08:00",
      dueAt: "2025-11-25T14:00",
      escalateTeamLeadAt: "2025-11-25T14:00", // 0 h = at the deadline
      escalateManagerAt: "2025-11-25T22:00", // 8 h, day and night
    });
  });

  it("48 hours count the weekend", () => {
    // Friday afternoon → Sunday afternoon.
    const d = computeDeadlines({ ...clock, responseHours: 48 }, local("2025-11-28T16:45"));
    expect(show(d.dueAt)).toBe("2025-11-30T16:45");
    expect(show(d.warnAt)).toBe("2025-11-30T04:45"); // 36 h
  });

  it("counts elapsed time across the spring DST change (last Sunday of March)", () => {
    // 29 Mar 2026 02:00 → 03:00: 24 real hours after Saturday 12:00 is Sunday 13:00 local.
    expect(show(addPolicyHours(clock, local("2026-03-28T12:00"), 24))).toBe("2026-03-29T13:00");
  });

  it("counts elapsed time across the autumn DST change (last Sunday of October)", () => {
    // 25 Oct 2026 03:00 → 02:00: 24 real hours after Saturday 12:00 is Sunday 11:00 local.
    expect(show(addPolicyHours(clock, local("2026-10-24T12:00"), 24))).toBe("2026-10-25T11:00");
  });

  it("ignores holidays and opening hours", () => {
    expect(show(addPolicyHours(clock, local("2026-12-24T10:00"), 48))).toBe("2026-12-26T10:00");
    expect(show(addPolicyHours({ ...clock, openingHours: closedAllWeek }, local("2026-12-24T10:00"), 1.5))).toBe("2026-12-24T11:30");
  });

  it("escalations use the policy's hours after dueAt", () => {
    const d = computeDeadlines({ ...clock, escalateTeamLeadAfterHours: 4, escalateManagerAfterHours: 24 }, local("2025-11-24T14:00"));
    expect(show(d.escalateTeamLeadAt)).toBe("2025-11-25T18:00");
    expect(show(d.escalateManagerAt)).toBe("2025-11-26T14:00");
  });
});

describe("working hours", () => {
  it("24 working hours over a weekend, warning at 75 % and escalations", () => {
    // Fri 28 Nov 10:00-13:00 = 3 h (21 left); Mon 7.5 (13.5 left); Tue 7.5 (6 left); Wed 08:00 + 6 h.
    // Warning at 18 h: Fri 3 + Mon 7.5 + Tue 7.5 = 18, i.e. exactly at Tuesday's closing.
    // Manager 8 h after Wed 14:00: Wed 1.5 h, then Thu 08:00 + 6.5 h.
    expect(showAll(computeDeadlines(working, local("2025-11-28T10:00")))).toEqual({
      warnAt: "2025-12-02T15:30",
      dueAt: "2025-12-03T14:00",
      escalateTeamLeadAt: "2025-12-03T14:00",
      escalateManagerAt: "2025-12-04T14:30",
    });
  });

  it("48 working hours from Monday morning", () => {
    // Mon-Thu 4 × 7.5 = 30, Fri 5 = 35, next Mon 7.5 = 42.5, Tue 08:00 + 5.5 h.
    // Warning at 36 h: 35 by Friday closing, Mon 08:00 + 1 h.
    const d = computeDeadlines({ ...working, responseHours: 48 }, local("2025-11-24T08:00"));
    expect(show(d.dueAt)).toBe("2025-12-02T13:30");
    expect(show(d.warnAt)).toBe("2025-12-01T09:00");
  });

  it("skips Easter 2026: Skærtorsdag 2 Apr, Langfredag 3 Apr and 2. påskedag 6 Apr are closed", () => {
    // Wed 1 Apr 12:00-15:30 = 3.5 h; Thu 2 - Mon 6 closed; Tue 7 7.5; Wed 8 7.5; Thu 9 08:00 + 5.5 h.
    expect(show(addPolicyHours(working, local("2026-04-01T12:00"), 24))).toBe("2026-04-09T13:30");
    // Wed 1 Apr 13:00-15:30 = 2.5 h, then Tue 7 Apr 08:00 + 2.5 h.
    expect(show(addPolicyHours(working, local("2026-04-01T13:00"), 5))).toBe("2026-04-07T10:30");
  });

  it("counts Easter days as open when Danish holidays are switched off", () => {
    // Wed 3.5, Thu 2 Apr 7.5, Fri 3 Apr 5, Mon 6 Apr 7.5 = 23.5; Tue 7 Apr 08:00 + 0.5 h.
    expect(show(addPolicyHours({ ...working, useDanishHolidays: false }, local("2026-04-01T12:00"), 24))).toBe("2026-04-07T08:30");
  });

  it("Christmas 2026: 25 and 26 Dec closed as holidays, 24 and 31 Dec via extra closed days, across the year end", () => {
    const christmas: DeadlinePolicy = { ...working, extraClosedDays: ["2026-12-24", "2026-12-31"] };
    // Wed 23 Dec 14:00-15:30 = 1.5 h; Thu 24 (extra), Fri 25 (Juledag), weekend closed;
    // Mon 28, Tue 29, Wed 30 × 7.5 = 22.5 → 24 h exactly at Wednesday's closing.
    // Warning at 18 h: 1.5 + 7.5 + 7.5 = 16.5 by Tue 29 closing; Wed 30 08:00 + 1.5 h.
    // Manager 8 h after Wed 30 15:30: Thu 31 (extra), Fri 1 Jan 2027 (Nytårsdag), weekend closed;
    // Mon 4 Jan 7.5 h, Tue 5 Jan 08:00 + 0.5 h.
    expect(showAll(computeDeadlines(christmas, local("2026-12-23T14:00")))).toEqual({
      warnAt: "2026-12-30T09:30",
      dueAt: "2026-12-30T15:30",
      escalateTeamLeadAt: "2026-12-30T15:30",
      escalateManagerAt: "2027-01-05T08:30",
    });
  });

  it("Christmas Eve is an open day unless the policy closes it (date-holidays has it as observance only)", () => {
    // Wed 1.5, Thu 24 Dec 7.5, Mon 28 7.5, Tue 29 7.5 = 24 at Tuesday's closing.
    expect(show(addPolicyHours(working, local("2026-12-23T14:00"), 24))).toBe("2026-12-29T15:30");
  });

  it("a start before opening counts from the opening", () => {
    expect(show(addPolicyHours(working, local("2025-11-25T06:15"), 2))).toBe("2025-11-25T10:00");
  });

  it("a start after closing counts from the next opening", () => {
    expect(show(addPolicyHours(working, local("2025-11-25T17:00"), 2))).toBe("2025-11-26T10:00");
    // Friday evening → Monday.
    expect(show(addPolicyHours(working, local("2025-11-28T13:00"), 2))).toBe("2025-12-01T10:00");
  });

  it("a start on a holiday counts from the next open day", () => {
    // Langfredag 3 Apr 2026 → Tue 7 Apr (Mon 6 Apr is 2. påskedag).
    expect(show(addPolicyHours(working, local("2026-04-03T10:00"), 2))).toBe("2026-04-07T10:00");
  });

  it("0 hours: inside or at the end of a window stays; outside opening hours moves to the next opening", () => {
    expect(show(addPolicyHours(working, local("2025-11-25T15:30"), 0))).toBe("2025-11-25T15:30");
    expect(show(addPolicyHours(working, local("2025-11-25T11:00"), 0))).toBe("2025-11-25T11:00");
    expect(show(addPolicyHours(working, local("2025-11-29T12:00"), 0))).toBe("2025-12-01T08:00");
  });

  it("adds fractional hours and continues after closing", () => {
    // Tue 15:20-15:30 = 10 min, then 5 min on Wednesday.
    expect(show(addPolicyHours(working, local("2025-11-25T15:20"), 0.25))).toBe("2025-11-26T08:05");
  });

  it("uses several windows a day (lunch break)", () => {
    const split: DeadlinePolicy = {
      ...working,
      openingHours: { ...DEFAULT_OPENING_HOURS, tue: [["08:00", "12:00"], ["12:30", "15:30"]] },
    };
    // Tue 10:00-12:00 = 2 h, then 12:30 + 1 h.
    expect(show(addPolicyHours(split, local("2025-11-25T10:00"), 3))).toBe("2025-11-25T13:30");
    expect(policyHoursBetween(split, local("2025-11-25T08:00"), local("2025-11-26T00:00"))).toBe(7);
  });

  it("keeps 08:00-15:30 at 7.5 h on the days after both DST changes", () => {
    // Fri 27 Mar 2026 12:00-13:00 = 1 h; DST weekend; Mon 30 Mar 08:00 + 2 h.
    expect(show(addPolicyHours(working, local("2026-03-27T12:00"), 3))).toBe("2026-03-30T10:00");
    expect(show(addPolicyHours(working, local("2026-10-23T12:00"), 3))).toBe("2026-10-26T10:00");
    expect(policyHoursBetween(working, local("2026-03-27T12:00"), local("2026-03-30T09:00"))).toBe(2);
    expect(policyHoursBetween(working, local("2026-10-23T12:00"), local("2026-10-26T09:00"))).toBe(2);
  });

  it("counts real elapsed time inside a window that spans a DST change", () => {
    // Open every day 00:00-12:00. On 29 Mar 2026 that window is 11 real hours, on 25 Oct 2026 13.
    const everyMorning: DeadlinePolicy = {
      ...working,
      useDanishHolidays: false,
      openingHours: Object.fromEntries(WEEKDAYS.map((d) => [d, [["00:00", "12:00"]]])) as OpeningHours,
    };
    expect(policyHoursBetween(everyMorning, local("2026-03-29T00:00"), local("2026-03-29T12:00"))).toBe(11);
    expect(policyHoursBetween(everyMorning, local("2026-10-25T00:00"), local("2026-10-25T12:00"))).toBe(13);
    expect(show(addPolicyHours(everyMorning, local("2026-03-29T00:00"), 11))).toBe("2026-03-29T12:00");
    expect(show(addPolicyHours(everyMorning, local("2026-03-29T00:00"), 12))).toBe("2026-03-30T01:00");
    expect(show(addPolicyHours(everyMorning, local("2026-10-25T00:00"), 13))).toBe("2026-10-25T12:00");
  });

  it("orders the four instants warnAt ≤ dueAt ≤ team lead ≤ manager", () => {
    const d = computeDeadlines({ ...working, escalateTeamLeadAfterHours: 2, escalateManagerAfterHours: 2 }, local("2025-11-28T12:59"));
    expect(d.warnAt.getTime()).toBeLessThanOrEqual(d.dueAt.getTime());
    expect(d.dueAt.getTime()).toBeLessThan(d.escalateTeamLeadAt.getTime());
    expect(d.escalateTeamLeadAt.getTime()).toBe(d.escalateManagerAt.getTime());
  });
});

describe("policyHoursBetween", () => {
  it("clock hours: elapsed hours, negative when reversed", () => {
    expect(policyHoursBetween(clock, local("2025-11-24T14:00"), local("2025-11-25T16:30"))).toBe(26.5);
    expect(policyHoursBetween(clock, local("2025-11-25T16:30"), local("2025-11-24T14:00"))).toBe(-26.5);
    // Fri 12:00 → Mon 09:00 over the spring change: 69 h on the wall clock, 68 real hours.
    expect(policyHoursBetween(clock, local("2026-03-27T12:00"), local("2026-03-30T09:00"))).toBe(68);
  });

  it("working hours: only opening hours of open days, negative when reversed", () => {
    expect(policyHoursBetween(working, local("2025-11-25T09:00"), local("2025-11-25T11:15"))).toBe(2.25);
    expect(policyHoursBetween(working, local("2025-11-28T10:00"), local("2025-12-03T14:00"))).toBe(24);
    expect(policyHoursBetween(working, local("2025-12-03T14:00"), local("2025-11-28T10:00"))).toBe(-24);
    expect(policyHoursBetween(working, local("2025-11-29T09:00"), local("2025-11-30T20:00"))).toBe(0); // weekend
    expect(policyHoursBetween(working, local("2025-11-25T10:00"), local("2025-11-25T10:00"))).toBe(0);
    // Easter: Wed 1 Apr 12:00-15:30 = 3.5, Tue 7 Apr 08:00-10:30 = 2.5.
    expect(policyHoursBetween(working, local("2026-04-01T12:00"), local("2026-04-07T10:30"))).toBe(6);
  });

  it("is the inverse of addPolicyHours", () => {
    const starts = ["2025-11-28T10:00", "2025-11-29T03:00", "2026-03-27T14:10", "2026-12-23T14:00", "2026-10-23T07:00"];
    for (const start of starts) {
      for (const hours of [0.5, 7.5, 24, 48, 100.25]) {
        const end = addPolicyHours(working, local(start), hours);
        expect(policyHoursBetween(working, local(start), end)).toBeCloseTo(hours, 9);
      }
    }
  });
});

describe("termination and bad input", () => {
  it("throws when a working-hours policy has no opening hours at all", () => {
    const none = { ...working, openingHours: closedAllWeek };
    expect(() => addPolicyHours(none, local("2026-01-05T10:00"), 1)).toThrow(/no opening hours/);
    expect(() => policyHoursBetween(none, local("2026-01-05T10:00"), local("2026-01-06T10:00"))).toThrow(/no opening hours/);
    expect(() => computeDeadlines(none, local("2026-01-05T10:00"))).toThrow(/no opening hours/);
  });

  it("throws when no open day is found within 400 days", () => {
    const start = DateTime.fromISO("2026-01-01", { zone: TIME_ZONE });
    const allClosed = Array.from({ length: 450 }, (_, i) => start.plus({ days: i }).toISODate()!);
    expect(() => addPolicyHours({ ...working, extraClosedDays: allClosed }, local("2026-01-01T10:00"), 1)).toThrow(/no open day within 400 days/);
  });

  it("throws on invalid opening hours in working-hours mode, negative hours and invalid dates", () => {
    const bad = { ...working, openingHours: { ...DEFAULT_OPENING_HOURS, mon: [["15:30", "08:00"]] } } as DeadlinePolicy;
    expect(() => addPolicyHours(bad, local("2026-01-05T10:00"), 1)).toThrow(/Invalid opening hours/);
    expect(() => addPolicyHours(working, local("2026-01-05T10:00"), -1)).toThrow(RangeError);
    expect(() => addPolicyHours(working, new Date(Number.NaN), 1)).toThrow(RangeError);
  });

  it("steps day by day, not minute by minute: 500 'time left' computations over three weeks stay fast", () => {
    // About 0.2 ms each on a laptop; the limit only catches a far slower algorithm.
    const from = local("2026-01-05T10:00");
    const to = local("2026-01-26T10:00");
    const t0 = performance.now();
    for (let i = 0; i < 500; i++) policyHoursBetween(working, from, to);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(policyHoursBetween(working, from, to)).toBe(105); // 3 weeks × 35 h
  });
});

describe("isClosedDay", () => {
  it("closes weekends, Danish public holidays and extra closed days", () => {
    expect(isClosedDay(working, "2025-11-25")).toBe(false); // Tuesday
    expect(isClosedDay(working, "2025-11-29")).toBe(true); // Saturday
    expect(isClosedDay(working, "2026-04-03")).toBe(true); // Langfredag
    expect(isClosedDay({ ...working, useDanishHolidays: false }, "2026-04-03")).toBe(false);
    expect(isClosedDay(working, "2026-06-05")).toBe(false); // Grundlovsdag is not a public holiday
    expect(isClosedDay({ ...working, extraClosedDays: ["2026-06-05"] }, "2026-06-05")).toBe(true);
    expect(isClosedDay(working, "2026-12-24")).toBe(false);
    expect(isClosedDay(working, "2026-12-31")).toBe(false);
  });

  it("knows Store Bededag until 2023 and not after its abolition", () => {
    expect(isClosedDay(working, "2023-05-05")).toBe(true);
    expect(isClosedDay(working, "2024-04-26")).toBe(false);
  });

  it("rejects a malformed date", () => {
    expect(() => isClosedDay(working, "2026-02-30")).toThrow(RangeError);
    expect(() => isClosedDay(working, "5/6/2026")).toThrow(RangeError);
  });
});

describe("danishPublicHolidays", () => {
  it("lists the public holidays of 2026 with Danish names", () => {
    expect(danishPublicHolidays(2026)).toEqual([
      { date: "2026-01-01", name: "Nytårsdag" },
      { date: "2026-04-02", name: "Skærtorsdag" },
      { date: "2026-04-03", name: "Langfredag" },
      { date: "2026-04-05", name: "Påskedag" },
      { date: "2026-04-06", name: "Anden påskedag" },
      { date: "2026-05-14", name: "Kristi Himmelfartsdag" },
      { date: "2026-05-24", name: "Pinsedag" },
      { date: "2026-05-25", name: "Anden Pinsedag" },
      { date: "2026-12-25", name: "Juledag" },
      { date: "2026-12-26", name: "Anden Juledag" },
    ]);
  });

  it("has Store Bededag in 2023 only", () => {
    expect(danishPublicHolidays(2023)).toContainEqual({ date: "2023-05-05", name: "Store Bededag" });
    expect(danishPublicHolidays(2024).map((h) => h.name)).not.toContain("Store Bededag");
  });

  it("returns copies, so callers cannot change the cache", () => {
    danishPublicHolidays(2026)[0]!.name = "changed";
    expect(danishPublicHolidays(2026)[0]!.name).toBe("Nytårsdag");
  });
});

describe("openingHoursProblems", () => {
  it("accepts the default, closed days and touching windows", () => {
    expect(openingHoursProblems(DEFAULT_OPENING_HOURS)).toEqual([]);
    expect(openingHoursProblems(closedAllWeek)).toEqual([]);
    expect(openingHoursProblems({ ...closedAllWeek, mon: [["08:00", "12:00"], ["12:00", "15:00"]] })).toEqual([]);
  });

  it("rejects bad times, end before start, overlap and wrong order, in Danish", () => {
    expect(openingHoursProblems({ ...closedAllWeek, mon: [["8:00", "15:00"]] })).toEqual([
      'Mandag: "8:00" er ikke et gyldigt klokkeslæt. Skriv det som tt:mm, fx 08:00.',
    ]);
    expect(openingHoursProblems({ ...closedAllWeek, tue: [["08:00", "24:00"]] })).toHaveLength(1);
    expect(openingHoursProblems({ ...closedAllWeek, wed: [["15:30", "08:00"]] })).toEqual([
      "Onsdag: lukketiden skal være efter åbningstiden (15:30-08:00).",
    ]);
    expect(openingHoursProblems({ ...closedAllWeek, wed: [["10:00", "10:00"]] })).toHaveLength(1);
    expect(openingHoursProblems({ ...closedAllWeek, thu: [["08:00", "12:00"], ["11:00", "15:00"]] })).toEqual([
      "Torsdag: tidsrummene skal stå i rækkefølge og må ikke overlappe (08:00-12:00 og 11:00-15:00).",
    ]);
    expect(openingHoursProblems({ ...closedAllWeek, fri: [["12:00", "15:00"], ["08:00", "10:00"]] })).toHaveLength(1);
  });

  it("reports missing days and unknown keys in values from JSON", () => {
    const { sun: _sun, ...withoutSunday } = DEFAULT_OPENING_HOURS;
    expect(openingHoursProblems(withoutSunday as OpeningHours)).toEqual([
      "Søndag: åbningstiderne mangler (brug en tom liste, hvis der er lukket).",
    ]);
    expect(openingHoursProblems({ ...DEFAULT_OPENING_HOURS, monday: [] } as unknown as OpeningHours)).toHaveLength(1);
    expect(openingHoursProblems(null as unknown as OpeningHours)).toHaveLength(1);
  });
});
