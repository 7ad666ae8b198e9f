// Dates as the tests' users type them: some days ahead in Copenhagen, written by hand (d.m.yyyy or d/m/yyyy).
import { danishToday } from "../../app/schemas/job-order";
import { addCalendarDays } from "../../app/utils/local-date";

export function dateAhead(days: number, separator: "." | "/" = "."): { typed: string; iso: string } {
  const iso = addCalendarDays(danishToday(), days);
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return { typed: [d, m, y].join(separator), iso };
}
