import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDeadline, formatDuration, localTimeOf, possessive } from "~/utils/format";

// Instants are given in UTC so the expected Copenhagen times show the offset at work:
// winter +01:00, summer +02:00.
const winter = new Date("2025-11-25T13:00:00Z"); // Tue 25 Nov 2025 14:00 local
const summer = new Date("2026-06-05T07:05:00Z"); // Fri 5 Jun 2026 09:05 local

describe("date formats in Copenhagen time", () => {
  it("formatDeadline: weekday and month in lower case, 'kl.' and a dot between hours and minutes", () => {
    expect(formatDeadline(winter)).toBe("tirsdag 25. november 2025 kl. 14.00");
    expect(formatDeadline(summer)).toBe("fredag 5. juni 2026 kl. 09.05");
  });

  it("formatDateTime", () => {
    expect(formatDateTime(winter)).toBe("25.11.2025 kl. 14.00");
    expect(formatDateTime(summer)).toBe("05.06.2026 kl. 09.05");
  });

  it("formatDate uses the local date, not the UTC date", () => {
    expect(formatDate(winter)).toBe("25. november 2025");
    expect(formatDate(new Date("2025-12-31T23:30:00Z"))).toBe("1. januar 2026");
  });

  it("gives a dash for an invalid Date", () => {
    const invalid = new Date(Number.NaN);
    expect(formatDeadline(invalid)).toBe("–");
    expect(formatDateTime(invalid)).toBe("–");
    expect(formatDate(invalid)).toBe("–");
  });
});

describe("formatDuration", () => {
  it("minutes, hours and minutes, whole hours", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(1 / 60)).toBe("1 min");
    expect(formatDuration(0.75)).toBe("45 min");
    expect(formatDuration(2)).toBe("2 t");
    expect(formatDuration(2.25)).toBe("2 t 15 min");
    expect(formatDuration(23 + 59 / 60)).toBe("23 t 59 min");
  });

  it("døgn and hours from 24 hours, rounded to the hour", () => {
    expect(formatDuration(24)).toBe("1 døgn");
    expect(formatDuration(27)).toBe("1 døgn 3 t");
    expect(formatDuration(27.2)).toBe("1 døgn 3 t");
    expect(formatDuration(48)).toBe("2 døgn");
    expect(formatDuration(23.999)).toBe("1 døgn"); // 23 h 59.94 min rounds to 24 h
  });

  it("hours only when døgn are switched off (working hours)", () => {
    expect(formatDuration(27 + 5 / 60, { days: false })).toBe("27 t 5 min");
    expect(formatDuration(48, { days: false })).toBe("48 t");
  });

  it("negative values are time past the deadline", () => {
    expect(formatDuration(-(3 + 10 / 60))).toBe("overskredet med 3 t 10 min");
    expect(formatDuration(-0.5)).toBe("overskredet med 30 min");
    expect(formatDuration(-50)).toBe("overskredet med 2 døgn 2 t");
    expect(formatDuration(-0.001)).toBe("0 min"); // under half a minute
  });

  it("rejects non-finite values", () => {
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("possessive", () => {
  it("adds s to a name, and only an apostrophe after s, x or z", () => {
    expect(possessive("Sara Nielsen")).toBe("Sara Nielsens");
    expect(possessive("Jonas")).toBe("Jonas'");
    expect(possessive("Max")).toBe("Max'");
  });
});

describe("localTimeOf", () => {
  it("gives the Copenhagen time as a time field takes it, in summer and winter time", () => {
    expect(localTimeOf(new Date("2026-07-01T06:05:00Z"))).toBe("08:05");
    expect(localTimeOf(new Date("2026-12-01T23:30:00Z"))).toBe("00:30");
  });
});
