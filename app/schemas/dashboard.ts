// The management dashboard's period and the drill-down's filters, read from the URL. Every bad value gets a
// Danish message on its field (or, for an id, the page says not found); nothing reaches SQL unchecked.
import { z } from "zod";
import { periodOf, type PeriodChoice } from "~/domain/kpi/periods";
import { compliancePeriodSchema } from "~/schemas/compliance";
import { JOB_ORDER_KINDS } from "~/schemas/job-order";
import { GOAL_YEARS } from "~/schemas/goals";

export const PERIOD_TYPES = { maaned: "month", kvartal: "quarter", aar: "year", interval: "range" } as const;
export type PeriodTypeParam = keyof typeof PERIOD_TYPES;

const YEAR_MESSAGE = `Skriv et år fra ${GOAL_YEARS.min} til ${GOAL_YEARS.max}.`;

function yearOf(value: string): number | null {
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= GOAL_YEARS.min && year <= GOAL_YEARS.max ? year : null;
}

export type PeriodForm = { periode: string; maaned: string; kvartal: string; aar: string; fra: string; til: string };
export type PeriodErrors = Partial<Record<keyof PeriodForm, string[]>>;

/** The period a dashboard URL asks for, or the Danish message of each field that cannot be read. */
export function parsePeriodForm(form: PeriodForm): { ok: true; choice: PeriodChoice } | { ok: false; errors: PeriodErrors } {
  const type = PERIOD_TYPES[form.periode as PeriodTypeParam];
  if (!type) return { ok: false, errors: { periode: ["Vælg måned, kvartal, år eller fra–til."] } };
  if (type === "month") {
    const match = /^(\d{4})-(\d{2})$/.exec(form.maaned.trim());
    const year = match ? yearOf(match[1]!) : null;
    const month = match ? Number(match[2]) : 0;
    if (year === null || month < 1 || month > 12) return { ok: false, errors: { maaned: [`Skriv måneden som åååå-mm, fx 2026-11, mellem ${GOAL_YEARS.min} og ${GOAL_YEARS.max}.`] } };
    return { ok: true, choice: { type, year, month } };
  }
  if (type === "quarter") {
    const match = /^(\d{4})-([1-4])$/.exec(form.kvartal.trim());
    const year = match ? yearOf(match[1]!) : null;
    if (year === null) return { ok: false, errors: { kvartal: ["Vælg et kvartal."] } };
    return { ok: true, choice: { type, year, quarter: Number(match![2]) } };
  }
  if (type === "year") {
    const year = yearOf(form.aar.trim());
    if (year === null) return { ok: false, errors: { aar: [YEAR_MESSAGE] } };
    return { ok: true, choice: { type, year } };
  }
  const range = compliancePeriodSchema.safeParse({ fra: form.fra, til: form.til });
  if (!range.success) {
    const errors = range.error.flatten().fieldErrors;
    return { ok: false, errors: { fra: errors.fra, til: errors.til } };
  }
  return { ok: true, choice: { type, from: range.data.fra, to: range.data.til } };
}

/** The period form's fields from a URL, with the current month as the default. */
export function periodFormOf(params: URLSearchParams, todayIso: string): PeriodForm {
  const year = todayIso.slice(0, 4);
  const quarter = Math.floor((Number(todayIso.slice(5, 7)) - 1) / 3) + 1;
  return {
    periode: params.get("periode") ?? (params.has("fra") ? "interval" : "maaned"),
    maaned: params.get("maaned") ?? todayIso.slice(0, 7),
    kvartal: params.get("kvartal") ?? `${year}-${quarter}`,
    aar: params.get("aar") ?? year,
    fra: params.get("fra") ?? `${todayIso.slice(0, 7)}-01`,
    til: params.get("til") ?? todayIso,
  };
}

/** The URL parameters that bring a period back (the drill-down links and exports carry them). */
export function periodParams(choice: PeriodChoice): Record<string, string> {
  const period = periodOf(choice);
  return { fra: period.from, til: period.to };
}

/** The order sets a number on the dashboard stands for; the drill-down lists one of them. */
export const ORDER_SETS = [
  "received",
  "answered",
  "answeredOnTime",
  "answeredLate",
  "openOverdue",
  "openWithinDeadline",
  "closedUnanswered",
  "referred",
  "notReferred",
  "hired",
  "referredNotHired",
  "ended",
  "endedWithoutHire",
  "awaitingAnswer",
  "overdueNow",
] as const;
export type OrderSet = (typeof ORDER_SETS)[number];

/** All kinds, or one kind (ORDINARY is STAR's comparable figure). */
export const KIND_FILTERS = ["ALL", ...JOB_ORDER_KINDS] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];

export const drillDownSchema = z.object({
  fra: z.string(),
  til: z.string(),
  maengde: z.enum(ORDER_SETS, { errorMap: () => ({ message: "Vælg, hvilke jobordrer der skal vises." }) }),
  art: z.enum(KIND_FILTERS).default("ALL"),
  konsulent: z.string().uuid().optional(),
  side: z.coerce.number().int().min(1).max(100_000).default(1),
});
