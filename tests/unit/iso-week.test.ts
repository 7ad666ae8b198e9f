import { describe, expect, it } from "vitest";
import { datesOfWeek, isoWeekOf, mondayOfIsoWeek, shiftIsoWeek, weekLabel } from "../../app/utils/iso-week";

describe("ISO weeks", () => {
  it("puts days at the turn of the year in the week of their Thursday", () => {
    expect(isoWeekOf("2026-12-31")).toBe("2026-W53");
    expect(isoWeekOf("2027-01-03")).toBe("2026-W53");
    expect(isoWeekOf("2027-01-04")).toBe("2027-W01");
    expect(isoWeekOf("2024-12-30")).toBe("2025-W01");
    expect(isoWeekOf("2026-12-03")).toBe("2026-W49");
  });

  it("finds the Monday of a week and refuses weeks that do not exist", () => {
    expect(mondayOfIsoWeek("2026-W49")).toBe("2026-11-30");
    expect(mondayOfIsoWeek("2025-W01")).toBe("2024-12-30");
    expect(mondayOfIsoWeek("2026-W53")).toBe("2026-12-28");
    expect(mondayOfIsoWeek("2027-W53")).toBeNull();
    expect(mondayOfIsoWeek("2026-W00")).toBeNull();
    expect(mondayOfIsoWeek("uge 49")).toBeNull();
  });

  it("steps across years and lists the seven days", () => {
    expect(shiftIsoWeek("2026-W53", 1)).toBe("2027-W01");
    expect(shiftIsoWeek("2027-W01", -1)).toBe("2026-W53");
    expect(datesOfWeek("2026-12-28")).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03"]);
    expect(weekLabel("2027-W01")).toBe("Uge 1, 2027");
  });

  it("keeps the week of every day of four years consistent with its Monday", () => {
    for (let day = 0; day < 4 * 366; day++) {
      const date = new Date(Date.UTC(2025, 0, 1 + day, 12)).toISOString().slice(0, 10);
      const monday = mondayOfIsoWeek(isoWeekOf(date))!;
      expect(datesOfWeek(monday)).toContain(date);
    }
  });
});
