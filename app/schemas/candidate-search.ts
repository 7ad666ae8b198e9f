// The candidate search form of a job order (GET, so a search is a link that can be shared and paged).
// Every value arrives as a string; an empty field means "no filter".
import { z } from "zod";

export const CANDIDATE_SEARCH_LIMITS = { q: 200, stilling: 120, kompetence: 120, kmMin: 1, kmMax: 200, hoursMin: 1, hoursMax: 60 } as const;

/** "" and whitespace are "not given". */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

function optionalWholeNumber(min: number, max: number, message: string) {
  return z.preprocess(
    blankToUndefined,
    z.coerce.number({ invalid_type_error: message }).int(message).min(min, message).max(max, message).optional(),
  );
}

export const candidateSearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(CANDIDATE_SEARCH_LIMITS.q, `Søgeteksten må højst være ${CANDIDATE_SEARCH_LIMITS.q} tegn.`)
    .default(""),
  stilling: z.preprocess(
    blankToUndefined,
    z.string().trim().max(CANDIDATE_SEARCH_LIMITS.stilling, `Stillingsbetegnelsen må højst være ${CANDIDATE_SEARCH_LIMITS.stilling} tegn.`).optional(),
  ),
  kompetence: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(CANDIDATE_SEARCH_LIMITS.kompetence, `Kompetencen må højst være ${CANDIDATE_SEARCH_LIMITS.kompetence} tegn.`)
      .optional(),
  ),
  km: optionalWholeNumber(
    CANDIDATE_SEARCH_LIMITS.kmMin,
    CANDIDATE_SEARCH_LIMITS.kmMax,
    `Skriv afstanden som et helt antal km mellem ${CANDIDATE_SEARCH_LIMITS.kmMin} og ${CANDIDATE_SEARCH_LIMITS.kmMax}.`,
  ),
  timer: optionalWholeNumber(
    CANDIDATE_SEARCH_LIMITS.hoursMin,
    CANDIDATE_SEARCH_LIMITS.hoursMax,
    `Skriv timer pr. uge som et helt tal mellem ${CANDIDATE_SEARCH_LIMITS.hoursMin} og ${CANDIDATE_SEARCH_LIMITS.hoursMax}.`,
  ),
  // A checkbox sends nothing when unticked, so the form sends a hidden "0" before the box: the last
  // value wins. Not given at all (the first visit) means on.
  kun_kontakt: z
    .enum(["1", "0", "on", "off"], { message: "Vælg, om kun kandidater, der har sagt ja til kontakt, skal vises." })
    .optional()
    .transform((v) => v !== "0" && v !== "off"),
  side: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ invalid_type_error: "Sidenummeret skal være et helt tal på 1 eller mere." })
      .int("Sidenummeret skal være et helt tal på 1 eller mere.")
      .min(1, "Sidenummeret skal være et helt tal på 1 eller mere.")
      .max(10_000, "Sidenummeret er for stort.")
      .default(1),
  ),
});

export type CandidateSearchForm = z.infer<typeof candidateSearchSchema>;

/** The form's values as the query string of a link (paging keeps every filter). */
export function candidateSearchParams(values: CandidateSearchForm, page: number): URLSearchParams {
  const params = new URLSearchParams();
  params.set("q", values.q);
  if (values.stilling) params.set("stilling", values.stilling);
  if (values.kompetence) params.set("kompetence", values.kompetence);
  if (values.km !== undefined) params.set("km", String(values.km));
  if (values.timer !== undefined) params.set("timer", String(values.timer));
  params.set("kun_kontakt", values.kun_kontakt ? "1" : "0");
  params.set("side", String(page));
  return params;
}
