// Deadlines for job orders from a jobcentre's response policy, in Europe/Copenhagen time.
// Pure: no I/O, no clock, no environment. The only state is memoised holiday data per year.
//
// Two ways of counting the promised response time:
// - CLOCK_HOURS: elapsed real time (a 24-hour promise is 24 h later, even across a DST change,
//   so 12:00 the day before the spring change becomes 13:00 local).
// - WORKING_HOURS: only time inside the opening hours of open days. A day is closed when its
//   weekday has no opening hours, when it is a Danish public holiday (if useDanishHolidays) or
//   when it is listed in extraClosedDays.
//
// date-holidays (v3.37) for "DK", type "public": Nytårsdag, Skærtorsdag, Langfredag, Påskedag,
// Anden påskedag, Kristi Himmelfartsdag, Pinsedag, Anden Pinsedag, Juledag, Anden Juledag, and
// Store Bededag up to 2023 (abolished from 2024). Grundlovsdag (5 June) and Juleaftensdag (24 Dec)
// are only "observance" and 1. maj is "observance"; Nytårsaftensdag (31 Dec) is not listed at all.
// Jobcentres that close on those days list them in extraClosedDays.
import Holidays from "date-holidays";
import { DateTime } from "luxon";

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/** Local "HH:MM" windows per weekday, e.g. { mon: [["08:00", "15:30"]], ..., sat: [], sun: [] }. */
export type OpeningHours = Record<Weekday, Array<[string, string]>>;
export type CountingMode = "CLOCK_HOURS" | "WORKING_HOURS";
export type DeadlinePolicy = {
  /** The promise, e.g. 24 or 48. */
  responseHours: number;
  countingMode: CountingMode;
  openingHours: OpeningHours;
  useDanishHolidays: boolean;
  /** "YYYY-MM-DD" local dates. */
  extraClosedDays: string[];
  /** 1..99: warn when this share of the response time is used. */
  warningAtPercent: number;
  /** After dueAt, counted in the same mode (0 = at the deadline). */
  escalateTeamLeadAfterHours: number;
  /** After dueAt, same mode; >= escalateTeamLeadAfterHours. */
  escalateManagerAfterHours: number;
};
export type OrderDeadlines = { warnAt: Date; dueAt: Date; escalateTeamLeadAt: Date; escalateManagerAt: Date };

export const TIME_ZONE = "Europe/Copenhagen";
/** Monday first, as Danish weeks start; index + 1 is luxon's ISO weekday. */
export const WEEKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Typical Danish jobcentre: mon-thu 08:00-15:30, fri 08:00-13:00, closed in weekends. */
export const DEFAULT_OPENING_HOURS: OpeningHours = {
  mon: [["08:00", "15:30"]],
  tue: [["08:00", "15:30"]],
  wed: [["08:00", "15:30"]],
  thu: [["08:00", "15:30"]],
  fri: [["08:00", "13:00"]],
  sat: [],
  sun: [],
};

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
/** A search for the next open day gives up after this many closed days in a row. */
const MAX_CLOSED_DAYS_IN_A_ROW = 400;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The weekdays as the opening hours and their messages name them. */
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: "Mandag",
  tue: "Tirsdag",
  wed: "Onsdag",
  thu: "Torsdag",
  fri: "Fredag",
  sat: "Lørdag",
  sun: "Søndag",
};

// ---------------------------------------------------------------------------------------------
// Danish public holidays (memoised: constructing Holidays and computing a year is not free).

let holidaysInstance: Holidays | undefined;
const holidaysByYear = new Map<number, ReadonlyArray<{ date: string; name: string }>>();
const holidayDatesByYear = new Map<number, ReadonlySet<string>>();

function holidayList(year: number): ReadonlyArray<{ date: string; name: string }> {
  let list = holidaysByYear.get(year);
  if (!list) {
    holidaysInstance ??= new Holidays("DK", { languages: ["da"], types: ["public"] });
    list = holidaysInstance
      .getHolidays(year, "da")
      .filter((h) => h.type === "public")
      // h.date is "YYYY-MM-DD 00:00:00" in the country's own time: the local date is its prefix.
      .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
      .sort((a, b) => a.date.localeCompare(b.date));
    holidaysByYear.set(year, list);
  }
  return list;
}

function holidayDates(year: number): ReadonlySet<string> {
  let set = holidayDatesByYear.get(year);
  if (!set) {
    set = new Set(holidayList(year).map((h) => h.date));
    holidayDatesByYear.set(year, set);
  }
  return set;
}

/** Danish public holidays of a year as YYYY-MM-DD local dates with their Danish names, for the admin page. */
export function danishPublicHolidays(year: number): Array<{ date: string; name: string }> {
  if (!Number.isInteger(year)) throw new RangeError(`danishPublicHolidays: year must be an integer, got ${year}`);
  // Copies, so a caller cannot change the cache.
  return holidayList(year).map((h) => ({ ...h }));
}

// ---------------------------------------------------------------------------------------------
// Opening hours

/** Validates an OpeningHours value (HH:MM, start < end, windows sorted and not overlapping); returns a list of Danish error messages, empty when valid. */
export function openingHoursProblems(hours: OpeningHours): string[] {
  const problems: string[] = [];
  // Values come from JSON columns and forms, so do not trust the static type.
  if (typeof hours !== "object" || hours === null || Array.isArray(hours)) {
    return ["Åbningstiderne mangler eller har et forkert format."];
  }
  for (const key of Object.keys(hours)) {
    if (!(WEEKDAYS as string[]).includes(key)) problems.push(`Ukendt ugedag i åbningstiderne: "${key}".`);
  }
  for (const day of WEEKDAYS) {
    const label = WEEKDAY_NAMES[day];
    const windows: unknown = hours[day];
    if (!Array.isArray(windows)) {
      problems.push(`${label}: åbningstiderne mangler (brug en tom liste, hvis der er lukket).`);
      continue;
    }
    let previousEnd: number | null = null;
    let previousText = "";
    for (const window of windows as unknown[]) {
      if (!Array.isArray(window) || window.length !== 2 || typeof window[0] !== "string" || typeof window[1] !== "string") {
        problems.push(`${label}: et tidsrum skal have en åbningstid og en lukketid.`);
        previousEnd = null;
        continue;
      }
      const [from, to] = window as [string, string];
      const start = minutesOf(from);
      const end = minutesOf(to);
      if (start === null || end === null) {
        const bad = start === null ? from : to;
        problems.push(`${label}: "${bad}" er ikke et gyldigt klokkeslæt. Skriv det som tt:mm, fx 08:00.`);
        previousEnd = null;
        continue;
      }
      const text = `${from}-${to}`;
      if (start >= end) {
        problems.push(`${label}: lukketiden skal være efter åbningstiden (${text}).`);
        previousEnd = null;
        continue;
      }
      if (previousEnd !== null && start < previousEnd) {
        problems.push(`${label}: tidsrummene skal stå i rækkefølge og må ikke overlappe (${previousText} og ${text}).`);
      }
      previousEnd = end;
      previousText = text;
    }
  }
  return problems;
}

function minutesOf(time: string): number | null {
  const match = TIME.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Opening windows as minutes after local midnight, per ISO weekday index 0 (mon) .. 6 (sun). */
type CompiledWeek = Array<Array<[number, number]>>;

function compileWeek(hours: OpeningHours): CompiledWeek {
  const problems = openingHoursProblems(hours);
  if (problems.length > 0) throw new Error(`Invalid opening hours: ${problems.join(" ")}`);
  return WEEKDAYS.map((day) => hours[day].map(([from, to]) => [minutesOf(from)!, minutesOf(to)!] as [number, number]));
}

// ---------------------------------------------------------------------------------------------
// Closed days

/**
 * True when the jobcentre has no opening at all on that local date: its weekday has no opening
 * hours, it is a Danish public holiday (if useDanishHolidays), or it is an extra closed day.
 * Independent of the counting mode (in CLOCK_HOURS mode closed days still count as time).
 */
export function isClosedDay(policy: DeadlinePolicy, localDate: string /* YYYY-MM-DD */): boolean {
  const parsed = LOCAL_DATE.test(localDate) ? DateTime.fromISO(localDate, { zone: TIME_ZONE }) : null;
  if (!parsed?.isValid) throw new RangeError(`Not a YYYY-MM-DD date: "${localDate}"`);
  const day = localDay(Date.UTC(parsed.year, parsed.month - 1, parsed.day) / MS_PER_DAY);
  return !isOpenDay(day, compileWeek(policy.openingHours), closedDaySet(policy), policy.useDanishHolidays);
}

function closedDaySet(policy: DeadlinePolicy): ReadonlySet<string> {
  // Trimmed, as the list comes from a form or a JSON column.
  return new Set((policy.extraClosedDays ?? []).map((d) => d.trim()));
}

function isOpenDay(day: LocalDay, week: CompiledWeek, extraClosed: ReadonlySet<string>, useHolidays: boolean): boolean {
  if (week[day.weekday]!.length === 0) return false;
  if (extraClosed.has(day.iso)) return false;
  if (useHolidays && holidayDates(day.year).has(day.iso)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Local days
//
// The loops step over local calendar days as plain day numbers (days since 1970-01-01 on the
// calendar, not instants), which cannot drift across DST. Only turning a local wall-clock time
// into an instant needs the zone; luxon does that, memoised, because it is the slow part and
// every inbox row asks for the same few days.

type LocalDay = { n: number; year: number; month: number; day: number; weekday: number /* 0 = mon */; iso: string };

function localDay(n: number): LocalDay {
  const d = new Date(n * MS_PER_DAY);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { n, year, month, day, weekday: (d.getUTCDay() + 6) % 7, iso };
}

/** The local day number an instant falls on in Copenhagen. */
function localDayNumberOf(ms: number): number {
  const dt = DateTime.fromMillis(ms, { zone: TIME_ZONE });
  return Date.UTC(dt.year, dt.month - 1, dt.day) / MS_PER_DAY;
}

const MAX_CACHED_INSTANTS = 100_000;
const instantCache = new Map<number, number>();

/** The instant of a local wall-clock time: day `day`, `minutes` after midnight. */
function atLocalMinutes(day: LocalDay, minutes: number): number {
  const key = day.n * 1440 + minutes;
  let ms = instantCache.get(key);
  if (ms === undefined) {
    // From the wall-clock time (not midnight + offset), so DST days get the right instants.
    // luxon moves a time inside the spring gap forward and takes the earlier of an autumn repeat.
    ms = DateTime.fromObject(
      { year: day.year, month: day.month, day: day.day, hour: Math.floor(minutes / 60), minute: minutes % 60 },
      { zone: TIME_ZONE },
    ).toMillis();
    if (instantCache.size >= MAX_CACHED_INSTANTS) instantCache.clear();
    instantCache.set(key, ms);
  }
  return ms;
}

// ---------------------------------------------------------------------------------------------
// Counting

/** A calendar, compiled once per call, that yields the opening windows of each local day as instants. */
class WorkingCalendar {
  private readonly week: CompiledWeek;
  private readonly extraClosed: ReadonlySet<string>;
  private readonly useHolidays: boolean;

  constructor(policy: DeadlinePolicy) {
    this.week = compileWeek(policy.openingHours);
    if (this.week.every((windows) => windows.length === 0)) {
      throw new Error("Working hours cannot be counted: the policy has no opening hours on any weekday.");
    }
    this.extraClosed = closedDaySet(policy);
    this.useHolidays = policy.useDanishHolidays;
  }

  /** Opening windows [startMs, endMs] of local day number `n`, in order; empty when closed. */
  windows(n: number): Array<[number, number]> {
    const day = localDay(n);
    if (!isOpenDay(day, this.week, this.extraClosed, this.useHolidays)) return [];
    const result: Array<[number, number]> = [];
    for (const [from, to] of this.week[day.weekday]!) {
      const start = atLocalMinutes(day, from);
      const end = atLocalMinutes(day, to);
      // Only a window inside the spring gap (e.g. 02:00-02:30) can collapse.
      if (end > start) result.push([start, end]);
    }
    return result;
  }
}

function checkInstant(name: string, value: Date): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError(`${name} must be a valid Date`);
  return ms;
}

/** Adds `hours` (may be fractional, >= 0) to `start` in the policy's counting mode. In WORKING_HOURS mode a start outside opening hours begins counting at the next opening. */
export function addPolicyHours(policy: DeadlinePolicy, start: Date, hours: number): Date {
  const startMs = checkInstant("start", start);
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`hours must be a finite number >= 0, got ${hours}`);
  // Whole milliseconds, so results do not depend on floating-point noise.
  const amount = Math.round(hours * MS_PER_HOUR);
  if (policy.countingMode === "CLOCK_HOURS") return new Date(startMs + amount);

  const calendar = new WorkingCalendar(policy);
  let remaining = amount;
  let closedInARow = 0;
  for (let n = localDayNumberOf(startMs); ; n++) {
    const windows = calendar.windows(n);
    if (windows.length === 0) {
      if (++closedInARow > MAX_CLOSED_DAYS_IN_A_ROW) {
        throw new Error(
          `Working hours cannot be counted: no open day within ${MAX_CLOSED_DAYS_IN_A_ROW} days after ${localDay(n - closedInARow).iso}.`,
        );
      }
      continue;
    }
    closedInARow = 0;
    for (const [windowStart, windowEnd] of windows) {
      // A window that ends exactly at the cursor still counts (0 available), so adding 0 hours to
      // a deadline at closing time stays at closing time instead of jumping to the next opening.
      if (windowEnd < startMs) continue;
      const from = Math.max(windowStart, startMs);
      const available = windowEnd - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
  }
}

export function computeDeadlines(policy: DeadlinePolicy, receivedAt: Date): OrderDeadlines {
  const { responseHours, warningAtPercent, escalateTeamLeadAfterHours, escalateManagerAfterHours } = policy;
  if (!(warningAtPercent > 0 && warningAtPercent < 100)) {
    throw new RangeError(`warningAtPercent must be between 1 and 99, got ${warningAtPercent}`);
  }
  const dueAt = addPolicyHours(policy, receivedAt, responseHours);
  return {
    // From receivedAt (not dueAt backwards), so the warning share is of the same counted hours.
    warnAt: addPolicyHours(policy, receivedAt, (responseHours * warningAtPercent) / 100),
    dueAt,
    escalateTeamLeadAt: addPolicyHours(policy, dueAt, escalateTeamLeadAfterHours),
    // Never before the team lead, even if a policy row has the two in the wrong order.
    escalateManagerAt: addPolicyHours(policy, dueAt, Math.max(escalateManagerAfterHours, escalateTeamLeadAfterHours)),
  };
}

/** Hours of the policy's kind between two instants (negative if `to` is before `from`): working hours in WORKING_HOURS mode. Used for "time left" in the inbox and "time to answer" in KPIs. */
export function policyHoursBetween(policy: DeadlinePolicy, from: Date, to: Date): number {
  const fromMs = checkInstant("from", from);
  const toMs = checkInstant("to", to);
  if (policy.countingMode === "CLOCK_HOURS") return (toMs - fromMs) / MS_PER_HOUR;
  if (toMs < fromMs) return -policyHoursBetween(policy, to, from);

  const calendar = new WorkingCalendar(policy);
  let total = 0;
  // Bounded by `to`, so this always ends: one step per local day from `from`'s day to `to`'s.
  const lastDay = localDayNumberOf(toMs);
  for (let n = localDayNumberOf(fromMs); n <= lastDay; n++) {
    for (const [windowStart, windowEnd] of calendar.windows(n)) {
      const overlap = Math.min(windowEnd, toMs) - Math.max(windowStart, fromMs);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MS_PER_HOUR;
}


// ---------------------------------------------------------------------------------------------
// Days: the promises after the answer are counted in working days (the open days of the policy's
// calendar) or calendar days, and end at a local time of day.

/** The local date ("YYYY-MM-DD") an instant falls on in Copenhagen. */
export function localDateOf(instant: Date): string {
  return localDay(localDayNumberOf(checkInstant("instant", instant))).iso;
}

function dayNumberOfLocalDate(localDate: string): number {
  const parsed = LOCAL_DATE.test(localDate) ? DateTime.fromISO(localDate, { zone: TIME_ZONE }) : null;
  if (!parsed?.isValid) throw new RangeError(`Not a YYYY-MM-DD date: "${localDate}"`);
  return Date.UTC(parsed.year, parsed.month - 1, parsed.day) / MS_PER_DAY;
}

/** The local date `days` calendar days after `localDate` (negative goes back). */
export function addLocalDays(localDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return localDay(dayNumberOfLocalDate(localDate) + days).iso;
}

/**
 * The local date `months` calendar months after `localDate`; a day the month lacks becomes its last day
 * (31 January + 1 month is 28 or 29 February).
 */
export function addLocalMonths(localDate: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  dayNumberOfLocalDate(localDate); // throws on a date that is not one
  return DateTime.fromISO(localDate, { zone: "UTC" }).plus({ months }).toISODate()!;
}

/** The last moment of a local date in Copenhagen (23:59:59.999), for "svar senest torsdag". */
export function endOfLocalDay(localDate: string): Date {
  const dayNumber = dayNumberOfLocalDate(localDate);
  return new Date(atLocalMinutes(localDay(dayNumber + 1), 0) - 1);
}

/** The instant of local time "HH:MM" on a local date. */
export function atLocalTime(localDate: string, time: string): Date {
  const minutes = minutesOf(time);
  if (minutes === null) throw new RangeError(`Not a HH:MM time: "${time}"`);
  return new Date(atLocalMinutes(localDay(dayNumberOfLocalDate(localDate)), minutes));
}

/**
 * The closing time of the `days`-th open day after the local day of `from` (that day itself does not
 * count): "within 5 working days" of an answer on Monday is Monday next week at closing time.
 */
export function addWorkingDays(policy: DeadlinePolicy, from: Date, days: number): Date {
  const fromMs = checkInstant("from", from);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number >= 1, got ${days}`);
  const calendar = new WorkingCalendar(policy);
  let counted = 0;
  let closedInARow = 0;
  for (let n = localDayNumberOf(fromMs) + 1; ; n++) {
    const windows = calendar.windows(n);
    if (windows.length === 0) {
      if (++closedInARow > MAX_CLOSED_DAYS_IN_A_ROW) throw new Error(`Working days cannot be counted: no open day within ${MAX_CLOSED_DAYS_IN_A_ROW} days.`);
      continue;
    }
    closedInARow = 0;
    if (++counted === days) return new Date(windows[windows.length - 1]![1]);
  }
}

/** The closing time of `localDate` if it is an open day, else of the next open day after it. */
export function closingTimeOnOrAfter(policy: DeadlinePolicy, localDate: string): Date {
  const calendar = new WorkingCalendar(policy);
  const first = dayNumberOfLocalDate(localDate);
  for (let n = first; n <= first + MAX_CLOSED_DAYS_IN_A_ROW; n++) {
    const windows = calendar.windows(n);
    if (windows.length > 0) return new Date(windows[windows.length - 1]![1]);
  }
  throw new Error(`Working days cannot be counted: no open day within ${MAX_CLOSED_DAYS_IN_A_ROW} days after ${localDate}.`);
}

/**
 * Meeting times to offer: each of `times` ("HH:MM", local) on each open day after the local day of
 * `from` up to and including the local day of `until`, when the time lies inside that day's opening
 * hours (a slot at 13:00 is not offered on a Friday that closes at 13:00). In time order, at most `max`.
 */
export function meetingSlots(policy: DeadlinePolicy, from: Date, until: Date, times: string[], max = 10): Date[] {
  const fromMs = checkInstant("from", from);
  const untilMs = checkInstant("until", until);
  const minutes = [...new Set(times.map((t) => {
    const m = minutesOf(t.trim());
    if (m === null) throw new RangeError(`Not a HH:MM time: "${t}"`);
    return m;
  }))].sort((a, b) => a - b);
  const calendar = new WorkingCalendar(policy);
  const slots: Date[] = [];
  const lastDay = localDayNumberOf(untilMs);
  for (let n = localDayNumberOf(fromMs) + 1; n <= lastDay && slots.length < max; n++) {
    const windows = calendar.windows(n);
    if (windows.length === 0) continue;
    const day = localDay(n);
    for (const m of minutes) {
      const at = atLocalMinutes(day, m);
      if (at > untilMs || slots.length >= max) break;
      if (windows.some(([start, end]) => at >= start && at < end)) slots.push(new Date(at));
    }
  }
  return slots;
}

// ---------------------------------------------------------------------------------------------
// A visit programme's steps (app/domain/visit/programme.ts): the first visit by the programme's last day,
// the follow-up within whole months of the first visit, each to the end of its local day.

/** The first visit is due by the end of the programme's last day (a local date). */
export function programmeVisitDueAt(endsOn: string): Date {
  return endOfLocalDay(endsOn);
}

/** The follow-up is due by the end of the day `months` months after the first visit's day. */
export function programmeFollowUpDueAt(firstVisitAt: Date, months: number): Date {
  return endOfLocalDay(addLocalMonths(localDateOf(firstVisitAt), months));
}

/** When a step's owner is reminded: `days` calendar days before it is due, at the same time of day. */
export function programmeReminderAt(dueAt: Date, days: number): Date {
  return DateTime.fromJSDate(dueAt, { zone: TIME_ZONE }).minus({ days }).toJSDate();
}
