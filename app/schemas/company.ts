// The company register's forms and its CSV import (an extract of the CVR register), shared by the browser
// and the server. A row without a P-number is the company itself; a row with one is one of its production
// units, whose company is in the same file or already in the register.
import type { EmployeeBand, IndustryClassification } from "@prisma/client";
import { z } from "zod";
import { parseEmployeeBand } from "~/domain/company/employees";
import { isIndustryCode, parseIndustryClassification } from "~/domain/company/industry";
import { TAKE_OVER_FIELDS, type TakeOverField } from "~/domain/company/stated";
import { MAX_UPLOAD_BYTES } from "~/utils/csv-import";
import { toSingleLine } from "~/utils/text";
import { cvrField, postcodeField } from "./job-order";
import { STALE_FORM_MESSAGE } from "./update-key";

export const COMPANY_LIMITS = { name: 200, address: 200, city: 100, note: 4_000, search: 100 } as const;
export const MAX_COMPANY_IMPORT_ROWS = 50_000;
export const MAX_COMPANY_IMPORT_BYTES = MAX_UPLOAD_BYTES;

export const COMPANY_COLUMNS = [
  "cvr",
  "pnummer",
  "navn",
  "adresse",
  "postnummer",
  "by",
  "branchekode",
  "branchekode_version",
  "ansatte",
  "reklamebeskyttet",
] as const;
export type CompanyColumn = (typeof COMPANY_COLUMNS)[number];
export const REQUIRED_COMPANY_COLUMNS: readonly CompanyColumn[] = ["cvr", "navn", "adresse", "postnummer"];

export const COMPANY_MESSAGES = {
  pNumberFormat: "P-nummeret skal være 10 cifre, fx 1012345678.",
  nameRequired: "Skriv virksomhedens navn.",
  nameTooLong: `Navnet må højst være ${COMPANY_LIMITS.name} tegn.`,
  addressRequired: "Skriv adressen.",
  addressTooLong: `Adressen må højst være ${COMPANY_LIMITS.address} tegn.`,
  postcodeRequired: "Skriv postnummeret.",
  cityTooLong: `Bynavnet må højst være ${COMPANY_LIMITS.city} tegn.`,
  industryCodeFormat: "Branchekoden skal være 6 cifre, fx 471110.",
  industryClassificationFormat: "branchekode_version skal være DB25 eller DB07 (tom betyder DB25).",
  industryClassificationWithoutCode: "branchekode_version er udfyldt, men branchekoden mangler.",
  employeesFormat: "Skriv antal ansatte som et tal (fx 7) eller et interval fra CVR (fx 5-9, ANTAL_5_9 eller 1000+).",
  advertisingProtectedFormat: "reklamebeskyttet skal være ja eller nej (tom betyder nej).",
  noteTooLong: `Noten må højst være ${COMPANY_LIMITS.note.toLocaleString("da-DK")} tegn.`,
  consultantUnknown: "Vælg en konsulent fra listen.",
  takeOverNothing: "Vælg mindst én oplysning, der skal overtages i registret.",
} as const;
const M = COMPANY_MESSAGES;

/** A cell: absent column or empty cell are both "". */
const cell = z
  .string()
  .optional()
  .transform((v) => toSingleLine(v ?? ""));

function requiredCell(required: string, max: number, tooLong: string) {
  return cell.pipe(z.string().min(1, required).max(max, tooLong));
}

/** An optional cell parsed by `parse`: empty is null, a value `parse` does not know is `message`. */
function optionalCell<T>(parse: (value: string) => T | null | undefined, message: string) {
  return cell.transform((value, ctx): T | null => {
    const parsed = parse(value);
    if (parsed === undefined) return null;
    if (parsed === null) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    }
    return parsed;
  });
}

function parseYesNo(value: string): boolean | null | undefined {
  const word = value.toLocaleLowerCase("da-DK");
  if (word === "") return undefined;
  if (["ja", "j", "1", "x", "true"].includes(word)) return true;
  if (["nej", "n", "0", "false"].includes(word)) return false;
  return null;
}

export type CompanyImportRow = {
  cvr: string;
  pNumber: string | null;
  name: string;
  address: string;
  postcode: string;
  city: string | null;
  industryCode: string | null;
  industryClassification: IndustryClassification | null;
  employeeBand: EmployeeBand | null;
  advertisingProtected: boolean;
};

export const companyImportRowSchema = z
  .object({
    cvr: cvrField,
    pnummer: optionalCell((v) => (v === "" ? undefined : /^\d{10}$/.test(v.replace(/\s/g, "")) ? v.replace(/\s/g, "") : null), M.pNumberFormat),
    navn: requiredCell(M.nameRequired, COMPANY_LIMITS.name, M.nameTooLong),
    adresse: requiredCell(M.addressRequired, COMPANY_LIMITS.address, M.addressTooLong),
    postnummer: postcodeField(M.postcodeRequired),
    by: cell.pipe(z.string().max(COMPANY_LIMITS.city, M.cityTooLong)),
    branchekode: optionalCell((v) => (v === "" ? undefined : isIndustryCode(v.replace(/[\s.]/g, "")) ? v.replace(/[\s.]/g, "") : null), M.industryCodeFormat),
    branchekode_version: optionalCell(parseIndustryClassification, M.industryClassificationFormat),
    ansatte: optionalCell(parseEmployeeBand, M.employeesFormat),
    reklamebeskyttet: optionalCell(parseYesNo, M.advertisingProtectedFormat),
  })
  .superRefine((row, ctx) => {
    if (row.branchekode_version && !row.branchekode) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["branchekode"], message: M.industryClassificationWithoutCode });
  })
  .transform(
    (row): CompanyImportRow => ({
      cvr: row.cvr,
      pNumber: row.pnummer,
      name: row.navn,
      address: row.adresse,
      postcode: row.postnummer,
      city: row.by || null,
      industryCode: row.branchekode,
      industryClassification: row.branchekode ? (row.branchekode_version ?? "DB25") : null,
      employeeBand: row.ansatte,
      advertisingProtected: row.reklamebeskyttet ?? false,
    }),
  );

/** The register's list: free text (name, CVR or P-number) and a page. */
export const companyListQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => toSingleLine(v ?? "").slice(0, COMPANY_LIMITS.search)),
  side: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** The jobcentre's own part of a relationship: its key account consultant and its note. */
export const relationshipFormSchema = z.object({
  intent: z.literal("saveRelationship"),
  // The relationship's last change as the form saw it: a colleague's save in between is not overwritten.
  version: z.string({ required_error: STALE_FORM_MESSAGE }).datetime({ message: STALE_FORM_MESSAGE }),
  // Conform sends an empty field as absent: no consultant, no note.
  keyAccountConsultantId: z
    .string()
    .uuid(M.consultantUnknown)
    .optional()
    .transform((v) => v ?? null),
  note: z
    .string()
    .max(COMPANY_LIMITS.note, M.noteTooLong)
    .optional()
    .transform((v) => (v ?? "").replace(/\r\n?/g, "\n").trim()),
});

/** Staff take over what an order's employer wrote (name, address) into the register. */
export const takeOverFormSchema = z.object({
  intent: z.literal("takeOverStated"),
  orderNumber: z.string({ required_error: STALE_FORM_MESSAGE }).min(1, STALE_FORM_MESSAGE).max(40, STALE_FORM_MESSAGE),
  fields: z.preprocess(
    // Conform sends an empty box as absent, inside the list too.
    (v) => (Array.isArray(v) ? v : [v]).filter((f): f is string => typeof f === "string" && f !== ""),
    z
      .array(z.string())
      .refine((fields) => fields.length > 0 && fields.every((f) => (TAKE_OVER_FIELDS as readonly string[]).includes(f)), M.takeOverNothing)
      .transform((fields) => fields as TakeOverField[]),
  ),
});
