// The admin's forms for the plan's goals and the national figures. Shared by browser (conform) and
// server. A share is typed in per cent ("85" or "72,5") and stored as a fraction; a count as a whole number.
import { z } from "zod";
import { GOAL_MEASURES, MAX_COUNT_TARGET, MEASURES, type GoalMeasure } from "~/domain/kpi/measures";
import { toSingleLine } from "~/utils/text";

export const GOAL_YEARS = { min: 2020, max: 2100 } as const;
export const GOAL_TEXT_LIMITS = { label: 120, wording: 1000, source: 300 } as const;

const MEASURE_MESSAGE = "Vælg, hvad målet måler.";
const COMPARATORS = ["AT_LEAST", "AT_MOST", "AT_LEAST_NATIONAL"] as const;

const year = z
  .number({ required_error: "Udfyld året.", invalid_type_error: `Året skal være et helt tal fra ${GOAL_YEARS.min} til ${GOAL_YEARS.max}.` })
  .int(`Året skal være et helt tal fra ${GOAL_YEARS.min} til ${GOAL_YEARS.max}.`)
  .min(GOAL_YEARS.min, `Året skal være et helt tal fra ${GOAL_YEARS.min} til ${GOAL_YEARS.max}.`)
  .max(GOAL_YEARS.max, `Året skal være et helt tal fra ${GOAL_YEARS.min} til ${GOAL_YEARS.max}.`);

function text(label: string, max: number) {
  return z
    .string({ required_error: `Skriv ${label}.` })
    .trim()
    .min(1, `Skriv ${label}.`)
    .max(max, `Højst ${max} tegn.`);
}

/** A one-line field (the goal's name, the source): a pasted line break becomes a space. */
function line(label: string, max: number) {
  const required = `Skriv ${label}.`;
  // conform makes an empty string undefined in the piped schema too: it needs its own required_error.
  return z
    .string({ required_error: required })
    .transform(toSingleLine)
    .pipe(z.string({ required_error: required }).min(1, required).max(max, `Højst ${max} tegn.`));
}

/** "85", "72,5" or "72.5" as a number; null when it is not one. */
export function parseDecimal(value: string): number | null {
  const normalised = value.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** A per cent in (0, 100] as the fraction it is stored as; null when it is not a valid share. */
export function percentToFraction(value: string): number | null {
  const n = parseDecimal(value);
  return n === null || n <= 0 || n > 100 ? null : Math.round(n * 100) / 10_000;
}

export const goalFormSchema = z
  .object({
    intent: z.literal("saveGoal"),
    year,
    measure: z.enum(GOAL_MEASURES as [GoalMeasure, ...GoalMeasure[]], { errorMap: () => ({ message: MEASURE_MESSAGE }) }),
    comparator: z.enum(COMPARATORS, { errorMap: () => ({ message: "Vælg, hvordan målet sammenlignes." }) }),
    target: z.string().trim().optional(),
    perItemTarget: z.number({ invalid_type_error: "Skriv et helt tal." }).int("Skriv et helt tal.").min(1, "Skriv et helt tal over 0.").max(MAX_COUNT_TARGET, `Højst ${MAX_COUNT_TARGET.toLocaleString("da-DK")}.`).optional(),
    label: line("målets navn i planen", GOAL_TEXT_LIMITS.label),
    wording: text("målet med planens egne ord", GOAL_TEXT_LIMITS.wording),
  })
  .transform((value, ctx) => {
    const info = MEASURES[value.measure];
    if (value.comparator === "AT_LEAST_NATIONAL") {
      if (!info.national) {
        ctx.addIssue({ code: "custom", path: ["comparator"], message: "Der findes ikke et landsgennemsnit for dette mål. Vælg mindst eller højst." });
        return z.NEVER;
      }
      return { ...value, target: null, perItemTarget: null };
    }
    const raw = value.target ?? "";
    if (raw === "") {
      ctx.addIssue({ code: "custom", path: ["target"], message: "Skriv målets tal." });
      return z.NEVER;
    }
    let target: number | null;
    if (info.unit === "share") {
      target = percentToFraction(raw);
      if (target === null) ctx.addIssue({ code: "custom", path: ["target"], message: "Skriv en andel i procent over 0 og højst 100, fx 85." });
    } else {
      const n = parseDecimal(raw);
      target = n !== null && Number.isInteger(n) && n >= 1 && n <= MAX_COUNT_TARGET ? n : null;
      if (target === null) ctx.addIssue({ code: "custom", path: ["target"], message: `Skriv et helt tal fra 1 til ${MAX_COUNT_TARGET.toLocaleString("da-DK")}.` });
    }
    if (target === null) return z.NEVER;
    return { ...value, target, perItemTarget: value.measure === "CAMPAIGNS" ? value.perItemTarget ?? null : null };
  });

export type GoalFormValue = z.output<typeof goalFormSchema>;

export const nationalFigureFormSchema = z
  .object({
    intent: z.literal("saveNationalFigure"),
    year,
    measure: z.enum(["FORMIDLINGSGRAD", "BESAETTELSESGRAD"], { errorMap: () => ({ message: "Vælg formidlingsgrad eller besættelsesgrad." }) }),
    value: z.string({ required_error: "Skriv tallet i procent." }).trim().min(1, "Skriv tallet i procent."),
    source: line("kilden", GOAL_TEXT_LIMITS.source),
  })
  .transform((input, ctx) => {
    const fraction = percentToFraction(input.value);
    if (fraction === null) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "Skriv en andel i procent over 0 og højst 100, fx 72." });
      return z.NEVER;
    }
    return { ...input, value: fraction };
  });

export type NationalFigureFormValue = z.output<typeof nationalFigureFormSchema>;
