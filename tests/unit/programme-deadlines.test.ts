// The visit programme's due instants (app/utils/deadlines.ts): whole months from the first visit's local
// day, to the end of the due day in Copenhagen, and the reminder days before.
import { describe, expect, it } from "vitest";
import { addLocalMonths, programmeFollowUpDueAt, programmeReminderAt, programmeVisitDueAt } from "../../app/utils/deadlines";

describe("a visit programme's deadlines", () => {
  it("adds whole months, a day the month lacks becoming its last", () => {
    expect(addLocalMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addLocalMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addLocalMonths("2026-08-15", 6)).toBe("2027-02-15");
    expect(() => addLocalMonths("2026-02-30", 1)).toThrow(RangeError);
  });

  it("is due at the end of the programme's last day in Copenhagen", () => {
    expect(programmeVisitDueAt("2026-12-31").toISOString()).toBe("2026-12-31T22:59:59.999Z");
    expect(programmeVisitDueAt("2026-06-30").toISOString()).toBe("2026-06-30T21:59:59.999Z");
  });

  it("counts the follow-up from the first visit's local day, not its UTC one", () => {
    // 00.30 on 1 March in Copenhagen is still 28 February in UTC.
    expect(programmeFollowUpDueAt(new Date("2026-02-28T23:30:00Z"), 2).toISOString()).toBe("2026-05-01T21:59:59.999Z");
  });

  it("reminds whole calendar days before, at the same local time across a change to summer time", () => {
    expect(programmeReminderAt(new Date("2026-04-05T21:59:59.999Z"), 14).toISOString()).toBe("2026-03-22T22:59:59.999Z");
  });
});
