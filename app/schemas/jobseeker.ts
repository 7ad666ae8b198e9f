// One row of the jobseeker CSV import: the cells arrive as strings under their Danish column names and
// leave as a JobseekerInput. Every message names what is wrong in words a consultant can act on.
// Imported by pages too, so only type imports from @prisma/client.
import type { BenefitGroup } from "@prisma/client";
import { z } from "zod";
import { MAX_UPLOAD_BYTES } from "~/utils/csv-import";
import { normalizeDanishPhone } from "./job-order";
import { toSingleLine } from "~/utils/text";

export const BENEFIT_GROUPS = [
  "UNEMPLOYMENT_BENEFIT",
  "JOB_READY_CASH_BENEFIT",
  "EDUCATION_BENEFIT",
  "FLEX_JOB_ELIGIBLE",
  "IGU_ELIGIBLE_REFUGEE",
] as const satisfies readonly BenefitGroup[];

export const BENEFIT_GROUP_LABELS: Record<BenefitGroup, string> = {
  UNEMPLOYMENT_BENEFIT: "A-dagpenge",
  JOB_READY_CASH_BENEFIT: "Jobparat kontanthjælp",
  EDUCATION_BENEFIT: "Uddannelseshjælp",
  FLEX_JOB_ELIGIBLE: "Ledighedsydelse (visiteret til fleksjob)",
  IGU_ELIGIBLE_REFUGEE: "Flygtning, kan ansættes i IGU",
};

/** The word for each group in the import file; the first is what the example file and the help text show. */
export const BENEFIT_GROUP_CSV_VALUES: Record<BenefitGroup, string[]> = {
  UNEMPLOYMENT_BENEFIT: ["a-dagpenge", "dagpenge"],
  JOB_READY_CASH_BENEFIT: ["jobparat kontanthjælp"],
  EDUCATION_BENEFIT: ["uddannelseshjælp"],
  FLEX_JOB_ELIGIBLE: ["ledighedsydelse", "visiteret til fleksjob"],
  IGU_ELIGIBLE_REFUGEE: ["igu-flygtning", "igu"],
};

const BENEFIT_GROUP_BY_WORD = new Map<string, BenefitGroup>(
  BENEFIT_GROUPS.flatMap((group) => [...BENEFIT_GROUP_CSV_VALUES[group], group.toLowerCase()].map((word) => [word, group] as const)),
);

/** Danish driving licence categories (kørekortkategorier). */
export const DRIVING_LICENCES = ["AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"] as const;

export const JOBSEEKER_LIMITS = {
  externalRef: 64,
  name: 120,
  email: 254,
  listItem: 100,
  listItems: 30,
  cv: 4000,
  maxTravelKm: 200,
  hoursMin: 1,
  hoursMax: 48,
} as const;

/** One import: at most this many jobseekers and bytes. */
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = MAX_UPLOAD_BYTES;

export const JOBSEEKER_COLUMNS = [
  "reference",
  "navn",
  "email",
  "telefon",
  "postnummer",
  "maks_km",
  "timer_pr_uge",
  "ydelse",
  "stillinger",
  "kompetencer",
  "certifikater",
  "korekort",
  "sprog",
  "cv",
  "kontakt_ok",
] as const;

export type JobseekerColumn = (typeof JOBSEEKER_COLUMNS)[number];

/** Columns the file must have; the others may be left out (they are then empty for every row). */
export const REQUIRED_JOBSEEKER_COLUMNS: readonly JobseekerColumn[] = ["reference", "navn", "postnummer", "maks_km", "timer_pr_uge", "ydelse", "stillinger"];

export const JOBSEEKER_MESSAGES = {
  referenceRequired: "Skriv jobsøgerens reference (fx sagsnummer fra jeres fagsystem).",
  referenceTooLong: `Referencen må højst være ${JOBSEEKER_LIMITS.externalRef} tegn.`,
  referenceCpr: "Referencen ligner et CPR-nummer. Brug jeres eget sagsnummer eller en anden reference – CPR-numre må ikke ligge i portalen.",
  nameRequired: "Skriv jobsøgerens navn.",
  nameTooLong: `Navnet må højst være ${JOBSEEKER_LIMITS.name} tegn.`,
  emailFormat: "E-mailadressen er ikke gyldig, fx navn@mail.dk.",
  phoneFormat: "Telefonnummeret skal være et dansk nummer på 8 cifre, fx 20 30 40 50.",
  postcodeRequired: "Skriv jobsøgerens postnummer.",
  postcodeFormat: "Postnummeret skal være 4 cifre, fx 4900.",
  maxTravelKmRequired: "Skriv hvor mange km jobsøgeren vil køre (maks_km).",
  maxTravelKmRange: `maks_km skal være et helt tal fra 0 til ${JOBSEEKER_LIMITS.maxTravelKm}.`,
  hoursRequired: "Skriv hvor mange timer om ugen jobsøgeren kan arbejde (timer_pr_uge).",
  hoursRange: `timer_pr_uge skal være et helt tal fra ${JOBSEEKER_LIMITS.hoursMin} til ${JOBSEEKER_LIMITS.hoursMax}.`,
  benefitRequired: "Skriv jobsøgerens ydelse.",
  benefitUnknown: `Ukendt ydelse. Brug en af: ${BENEFIT_GROUPS.map((g) => BENEFIT_GROUP_CSV_VALUES[g][0]).join(", ")}.`,
  occupationsRequired: "Skriv mindst én stilling, jobsøgeren søger (DISCO-08-titel). Flere adskilles med |.",
  listItemTooLong: `Hvert punkt på en liste må højst være ${JOBSEEKER_LIMITS.listItem} tegn.`,
  listTooLong: `En liste må højst have ${JOBSEEKER_LIMITS.listItems} punkter.`,
  drivingLicenceUnknown: `Ukendt kørekortkategori. Brug fx B, C, CE eller D – flere adskilles med |.`,
  cvTooLong: `CV'et må højst være ${JOBSEEKER_LIMITS.cv.toLocaleString("da-DK")} tegn.`,
  consentFormat: "kontakt_ok skal være ja eller nej.",
} as const;

const M = JOBSEEKER_MESSAGES;

/** A cell: absent column or empty cell are both "". */
const cell = z
  .string()
  .optional()
  .transform((v) => (v ?? "").trim());

/** A required one-line cell (reference, name): line breaks in a quoted cell become spaces. */
function required(message: string, max: number, tooLong: string) {
  return cell.transform(toSingleLine).pipe(z.string().min(1, message).max(max, tooLong));
}

/** A whole number in a range, written with digits only ("37", not "37,5" or "ca. 37"). */
function wholeNumber(requiredMessage: string, rangeMessage: string, min: number, max: number) {
  // Two pipes, so an empty cell gets only the "write it" message, not the range message too.
  return cell.pipe(z.string().min(1, requiredMessage)).pipe(
    z
      .string()
      .regex(/^\d{1,4}$/, rangeMessage)
      .transform(Number)
      .pipe(z.number().min(min, rangeMessage).max(max, rangeMessage)),
  );
}

/** "a | b|| c" → ["a", "b", "c"], each once (case-insensitive, first spelling kept). */
export function splitList(value: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of value.split("|")) {
    const item = raw.trim().replace(/\s+/g, " ");
    const key = item.toLocaleLowerCase("da-DK");
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}

function list(options: { lowercase?: boolean } = {}) {
  return cell
    .transform((v) => splitList(v).map((item) => (options.lowercase ? item.toLocaleLowerCase("da-DK") : item)))
    .pipe(
      z
        .array(z.string().max(JOBSEEKER_LIMITS.listItem, M.listItemTooLong))
        .max(JOBSEEKER_LIMITS.listItems, M.listTooLong),
    );
}

/** DDMMYY-XXXX with a real day and month: what a CPR number looks like. */
function looksLikeCpr(value: string): boolean {
  const match = /^(\d{2})(\d{2})\d{2}-?\d{4}$/.exec(value.replace(/\s/g, ""));
  if (!match) return false;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

export const jobseekerImportRowSchema = z
  .object({
    reference: required(M.referenceRequired, JOBSEEKER_LIMITS.externalRef, M.referenceTooLong).refine((v) => !looksLikeCpr(v), M.referenceCpr),
    navn: required(M.nameRequired, JOBSEEKER_LIMITS.name, M.nameTooLong),
    email: cell.pipe(
      z
        .union([z.literal(""), z.string().max(JOBSEEKER_LIMITS.email, M.emailFormat).email(M.emailFormat)], {
          errorMap: () => ({ message: M.emailFormat }),
        })
        .transform((v) => (v ? v.toLowerCase() : null)),
    ),
    telefon: cell.transform((v, ctx) => {
      if (!v) return null;
      const phone = normalizeDanishPhone(v);
      if (!phone) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: M.phoneFormat });
        return z.NEVER;
      }
      return phone;
    }),
    postnummer: cell.pipe(z.string().min(1, M.postcodeRequired)).pipe(z.string().regex(/^\d{4}$/, M.postcodeFormat)),
    maks_km: wholeNumber(M.maxTravelKmRequired, M.maxTravelKmRange, 0, JOBSEEKER_LIMITS.maxTravelKm),
    timer_pr_uge: wholeNumber(M.hoursRequired, M.hoursRange, JOBSEEKER_LIMITS.hoursMin, JOBSEEKER_LIMITS.hoursMax),
    ydelse: cell.transform((v, ctx): BenefitGroup => {
      if (!v) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: M.benefitRequired });
        return z.NEVER;
      }
      const group = BENEFIT_GROUP_BY_WORD.get(v.toLocaleLowerCase("da-DK").replace(/\s+/g, " "));
      if (!group) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: M.benefitUnknown });
        return z.NEVER;
      }
      return group;
    }),
    stillinger: list().pipe(z.array(z.string()).min(1, M.occupationsRequired)),
    kompetencer: list(),
    certifikater: list(),
    korekort: cell.transform((v, ctx) => {
      const licences: string[] = [];
      for (const item of splitList(v)) {
        // "kørekort B", "b", "C/E" and "C E" all mean what they say.
        const code = item.toUpperCase().replace(/^K(Ø|OE|O)REKORT\s*/, "").replace(/[\s/]/g, "");
        if (!(DRIVING_LICENCES as readonly string[]).includes(code)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${M.drivingLicenceUnknown} (står: ${item})` });
          return z.NEVER;
        }
        if (!licences.includes(code)) licences.push(code);
      }
      return licences;
    }),
    sprog: list({ lowercase: true }),
    cv: cell.pipe(z.string().max(JOBSEEKER_LIMITS.cv, M.cvTooLong)),
    kontakt_ok: cell.transform((v, ctx) => {
      const value = v.toLowerCase();
      // Consent must be given: an empty cell is a no.
      if (["", "nej", "false", "0", "n"].includes(value)) return false;
      if (["ja", "true", "1", "j"].includes(value)) return true;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: M.consentFormat });
      return z.NEVER;
    }),
  })
  .transform((r) => ({
    externalRef: r.reference,
    name: r.navn,
    email: r.email,
    phone: r.telefon,
    postcode: r.postnummer,
    maxTravelKm: r.maks_km,
    hoursPerWeek: r.timer_pr_uge,
    benefitGroup: r.ydelse,
    occupations: r.stillinger,
    skills: r.kompetencer,
    certificates: r.certifikater,
    drivingLicences: r.korekort,
    languages: r.sprog,
    cvSummary: r.cv,
    contactConsent: r.kontakt_ok,
  }));


export const jobseekerListQuerySchema = z.object({
  // A page number out of range or not a number shows the first page rather than an error.
  side: z.coerce.number().int().min(1).max(100_000).catch(1),
});
