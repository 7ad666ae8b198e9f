// Danish formatting for emails and pages, always in Europe/Copenhagen time whatever the server's
// own zone is. Pure: no clock, no environment.
//
//   formatDeadline(d)   "tirsdag 25. november 2025 kl. 14.00"  (deadlines in receipts and pages)
//   formatDateTime(d)   "25.11.2025 kl. 14.00"                 (tables, timelines)
//   formatDate(d)       "25. november 2025"                    (dates without a time)
//   formatDuration(h)   "45 min", "2 t 15 min", "1 døgn 3 t", "overskredet med 3 t 10 min"
//
// Danish writes weekdays and months in lower case and uses "." between hours and minutes.
// An invalid Date gives "–" (the placeholder pages use for a missing value) rather than
// "Invalid DateTime" in an email.
import { DateTime } from "luxon";

// Same zone as deadlines.ts; not imported from there so pages that only format dates do not pull
// in the holiday data.
const TIME_ZONE = "Europe/Copenhagen";

const INVALID = "–";

function local(d: Date): DateTime | null {
  const dt = DateTime.fromJSDate(d, { zone: TIME_ZONE }).setLocale("da");
  return dt.isValid ? dt : null;
}

/** "tirsdag 25. november 2025 kl. 14.00" */
export function formatDeadline(d: Date): string {
  return local(d)?.toFormat("cccc d. LLLL yyyy 'kl.' HH.mm") ?? INVALID;
}

/** "25.11.2025 kl. 14.00" */
export function formatDateTime(d: Date): string {
  return local(d)?.toFormat("dd.LL.yyyy 'kl.' HH.mm") ?? INVALID;
}

/** "25. november 2025" */
/** The local time of an instant in Copenhagen as HH:MM (24-hour), as a time field takes it. */
export function localTimeOf(instant: Date): string {
  return new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant).replace(".", ":");
}

export function formatDate(d: Date): string {
  return local(d)?.toFormat("d. LLLL yyyy") ?? INVALID;
}

export type DurationFormatOptions = {
  /**
   * Show 24 hours and more as "døgn" (default true). Pass false for working hours, where 27 hours
   * are not "1 døgn 3 t" of the calendar: they read "27 t" instead.
   */
  days?: boolean;
};

/**
 * A duration given in hours (fractional) as short Danish text:
 * - rounded to whole minutes: under 1 hour "45 min"; under 24 hours "2 t 15 min" or "2 t";
 * - from 24 hours (with `days`, the default) rounded to whole hours: "1 døgn 3 t", "2 døgn";
 *   without `days`: "27 t 5 min";
 * - 0 (or less than half a minute either way) is "0 min";
 * - a negative value is time past a deadline: "overskredet med 3 t 10 min".
 */
export function formatDuration(hours: number, options: DurationFormatOptions = {}): string {
  if (!Number.isFinite(hours)) throw new RangeError(`formatDuration: hours must be finite, got ${hours}`);
  const minutes = Math.round(Math.abs(hours) * 60);
  if (minutes === 0) return "0 min";
  const text = positiveDuration(minutes, options.days ?? true);
  return hours < 0 ? `overskredet med ${text}` : text;
}

function positiveDuration(totalMinutes: number, useDays: boolean): string {
  if (useDays && totalMinutes >= 24 * 60) {
    const totalHours = Math.round(totalMinutes / 60);
    const days = Math.floor(totalHours / 24);
    const hours = totalHours % 24;
    return hours === 0 ? `${days} døgn` : `${days} døgn ${hours} t`;
  }
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} t` : `${hours} t ${minutes} min`;
}

/** A name in the Danish genitive: "Sara Nielsens", "Jonas'" (after s, x and z only an apostrophe). */
export function possessive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

/** A calendar date ("2027-02-01") in words: "mandag 1. februar 2027"; "–" if it is no date. */
// Intl rather than luxon: the date field uses it in the browser, and luxon stays out of the bundle.
const CALENDAR_DATE = new Intl.DateTimeFormat("da-DK", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
export function formatCalendarDate(isoDate: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : null;
  return d && !Number.isNaN(d.getTime()) ? CALENDAR_DATE.format(d).replace(" den ", " ") : INVALID;
}
