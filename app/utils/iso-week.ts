// ISO 8601 weeks ("2026-W49", Monday to Sunday) of calendar dates written YYYY-MM-DD. No imports, so pages,
// schemas and models share it.
const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

function utcNoon(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/** The ISO week a calendar date falls in. */
export function isoWeekOf(isoDate: string): string {
  const d = utcNoon(isoDate);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1, 12)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The Monday of an ISO week, or null when it is not one ("2026-W54", "uge 3"). */
export function mondayOfIsoWeek(week: string): string | null {
  const match = WEEK.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const n = Number(match[2]);
  if (n < 1 || n > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4, 12));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS + (n - 1) * 7 * DAY_MS);
  const iso = monday.toISOString().slice(0, 10);
  return isoWeekOf(iso) === week ? iso : null;
}

/** The seven dates of the week that begins on `monday`. */
export function datesOfWeek(monday: string): string[] {
  const start = utcNoon(monday).getTime();
  return Array.from({ length: 7 }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10));
}

/** The week `offset` weeks after `week` (negative goes back). */
export function shiftIsoWeek(week: string, offset: number): string {
  const monday = mondayOfIsoWeek(week);
  if (!monday) throw new RangeError(`Not an ISO week: "${week}"`);
  return isoWeekOf(new Date(utcNoon(monday).getTime() + offset * 7 * DAY_MS).toISOString().slice(0, 10));
}

/** "Uge 49, 2026". */
export function weekLabel(week: string): string {
  const match = WEEK.exec(week);
  return match ? `Uge ${Number(match[2])}, ${match[1]}` : week;
}
