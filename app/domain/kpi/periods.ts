// The periods the management figures are read for, as calendar dates in Copenhagen (YYYY-MM-DD, both
// ends included), and when a STAR cohort's figure stops being provisional. Browser-safe and pure.

export type Period = { from: string; to: string };

export type PeriodChoice =
  | { type: "month"; year: number; month: number }
  | { type: "quarter"; year: number; quarter: number }
  | { type: "year"; year: number }
  | { type: "range"; from: string; to: string };

const MONTH_NAMES = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The last day of a month (1–12). */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function periodOf(choice: PeriodChoice): Period {
  switch (choice.type) {
    case "month":
      return { from: iso(choice.year, choice.month, 1), to: iso(choice.year, choice.month, lastDay(choice.year, choice.month)) };
    case "quarter": {
      const first = (choice.quarter - 1) * 3 + 1;
      return { from: iso(choice.year, first, 1), to: iso(choice.year, first + 2, lastDay(choice.year, first + 2)) };
    }
    case "year":
      return { from: iso(choice.year, 1, 1), to: iso(choice.year, 12, 31) };
    case "range":
      return { from: choice.from, to: choice.to };
  }
}

function dateText(value: string): string {
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  return `${d}. ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "november 2026", "4. kvartal 2026", "2026", "1. marts 2026 – 15. april 2026". */
export function describePeriod(choice: PeriodChoice): string {
  switch (choice.type) {
    case "month":
      return `${MONTH_NAMES[choice.month - 1]} ${choice.year}`;
    case "quarter":
      return `${choice.quarter}. kvartal ${choice.year}`;
    case "year":
      return String(choice.year);
    case "range":
      return choice.from === choice.to ? dateText(choice.from) : `${dateText(choice.from)} – ${dateText(choice.to)}`;
  }
}

/** "2026-11" → "november 2026". */
export function describeMonth(yearMonth: string): string {
  const [y, m] = yearMonth.split("-").map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** The calendar date `months` after `date` (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return iso(year, month, Math.min(d, lastDay(year, month)));
}

/** The day after `date`. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/**
 * STAR publishes a cohort's formidlingsgrad one month and its besættelsesgrad three months after the orders
 * were created. A period's figure is final from the first day that many months after its last day; until then
 * referrals and hires may still come in, and it is shown as provisional.
 */
export const STAR_SETTLING_MONTHS = { formidlingsgrad: 1, besaettelsesgrad: 3 } as const;

export function finalFrom(period: Period, rate: keyof typeof STAR_SETTLING_MONTHS): string {
  return addMonths(nextDay(period.to), STAR_SETTLING_MONTHS[rate]);
}

export function isProvisional(period: Period, rate: keyof typeof STAR_SETTLING_MONTHS, today: string): boolean {
  return today < finalFrom(period, rate);
}

/** Each month a period touches, as "YYYY-MM". */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let cursor = `${period.from.slice(0, 7)}-01`;
  while (cursor.slice(0, 7) <= period.to.slice(0, 7)) {
    months.push(cursor.slice(0, 7));
    cursor = addMonths(cursor, 1);
  }
  return months;
}

/**
 * A yearly count target against what has come in so far. `today` inside the year gives the share of the
 * year gone (by days); before the year nothing is expected yet, after it the year is whole.
 */
export function paceOf(input: { target: number; year: number; countSoFar: number; today: string }): {
  expectedByNow: number;
  projectedForYear: number | null;
  remaining: number;
  neededPerMonth: number | null;
  monthsLeft: number;
} {
  const start = Date.UTC(input.year, 0, 1);
  const end = Date.UTC(input.year + 1, 0, 1);
  const [y, m, d] = input.today.split("-").map(Number) as [number, number, number];
  // Days gone include today: on 31 December the year is whole.
  const now = Math.min(end, Math.max(start, Date.UTC(y, m - 1, d + 1)));
  const gone = (now - start) / (end - start);
  const remaining = Math.max(0, input.target - input.countSoFar);
  const monthsLeft = now >= end ? 0 : now <= start ? 12 : 12 - (m - 1) - d / lastDay(y, m);
  return {
    expectedByNow: Math.round(input.target * gone),
    projectedForYear: gone > 0 ? Math.round(input.countSoFar / gone) : null,
    remaining,
    neededPerMonth: monthsLeft > 0 ? Math.ceil(remaining / monthsLeft) : null,
    monthsLeft: Math.round(monthsLeft * 10) / 10,
  };
}

/** The quarters a manager picks from: this year's and the two years before, newest first ("2026-4"). */
export function quarterOptions(today: string): Array<{ value: string; label: string }> {
  const year = Number(today.slice(0, 4));
  const options: Array<{ value: string; label: string }> = [];
  for (let y = year; y >= year - 2; y -= 1) {
    for (let q = 4; q >= 1; q -= 1) options.push({ value: `${y}-${q}`, label: describePeriod({ type: "quarter", year: y, quarter: q }) });
  }
  return options;
}
