// The period of the response-time report: two calendar dates (Europe/Copenhagen), at most two years apart.
import { z } from "zod";
import { isRealDate } from "~/utils/local-date";

/** One message per field: missing, or not a real date. */
function isoDate(label: string) {
  return z
    .string({ required_error: `Vælg ${label}.` })
    .trim()
    .superRefine((value, ctx) => {
      if (value === "") ctx.addIssue({ code: "custom", message: `Vælg ${label}.` });
      else if (!isRealDate(value)) ctx.addIssue({ code: "custom", message: `Skriv ${label} som en gyldig dato (åååå-mm-dd).` });
    });
}

/** "2026-03-01" + 2 years = "2028-03-01"; compared as strings, which sort like dates. */
function plusYears(value: string, years: number): string {
  return `${String(Number(value.slice(0, 4)) + years).padStart(4, "0")}${value.slice(4)}`;
}

export const MAX_PERIOD_YEARS = 2;

export const compliancePeriodSchema = z
  .object({ fra: isoDate("en fra-dato"), til: isoDate("en til-dato") })
  .superRefine((value, ctx) => {
    // Zod still runs this when a field failed above: compare only two real dates.
    if (!isRealDate(value.fra) || !isRealDate(value.til)) return;
    if (value.fra > value.til) {
      ctx.addIssue({ code: "custom", path: ["til"], message: "Til-datoen skal være samme dag som eller efter fra-datoen." });
    } else if (value.til >= plusYears(value.fra, MAX_PERIOD_YEARS)) {
      ctx.addIssue({ code: "custom", path: ["til"], message: `Perioden må højst være ${MAX_PERIOD_YEARS} år.` });
    }
  });

export type CompliancePeriod = z.infer<typeof compliancePeriodSchema>;
