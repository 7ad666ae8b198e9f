// CSV import of a jobcentre's jobseekers. The whole file is checked first; the accepted rows are then
// applied together, in one transaction, and the rejected ones listed with their line and reason, so the
// consultant fixes those lines and uploads the file again (a re-import updates by reference). A file that
// cannot be read as a whole (no header, columns missing, broken quoting, too many rows) changes nothing.
import type { PrismaClient } from "@prisma/client";
import {
  BENEFIT_GROUP_CSV_VALUES,
  JOBSEEKER_COLUMNS,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  jobseekerImportRowSchema,
  REQUIRED_JOBSEEKER_COLUMNS,
} from "~/schemas/jobseeker";
import { formatCsv } from "~/utils/csv";
import {
  checkImportCsv,
  decodeCsvUpload as decodeUpload,
  lineList,
  tooLargeMessage as tooLarge,
  type DecodedUpload,
  type ImportReport as Report,
  type ImportSpec,
} from "~/utils/csv-import";
import { upsertJobseekers, type JobseekerInput } from "./register.server";

// Shown on the import page too, so they live with the browser-safe schema.
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "~/schemas/jobseeker";
export { MAX_REJECTED_ROWS } from "~/utils/csv-import";

export type ImportReport = Report<JobseekerInput>;

export type ImportResult =
  | { applied: true; created: number; updated: number; report: ImportReport }
  | { applied: false; report: ImportReport };

const NOUNS = { one: "jobsøger", many: "jobsøgere" };

const JOBSEEKER_IMPORT: ImportSpec<(typeof JOBSEEKER_COLUMNS)[number], JobseekerInput> = {
  columns: JOBSEEKER_COLUMNS,
  required: REQUIRED_JOBSEEKER_COLUMNS,
  maxRows: MAX_IMPORT_ROWS,
  nouns: NOUNS,
  schema: jobseekerImportRowSchema,
  // References compare case-insensitively, as the case systems they come from do.
  uniqueKey: (cells) => {
    const reference = (cells.reference ?? "").trim();
    if (!reference) return null;
    return {
      key: reference.toLowerCase(),
      reason: (firstLine) => `reference: Referencen »${reference}« står også på linje ${firstLine}. Hver jobsøger må kun stå én gang.`,
    };
  },
};

/** Checks every row of the file; touches no database. */
export function parseJobseekerCsv(text: string): ImportReport {
  return checkImportCsv(text, JOBSEEKER_IMPORT);
}

/**
 * Checks the file and creates or updates its accepted jobseekers together, in one transaction (by
 * reference, so a re-import updates). Rejected rows are in the report; nothing is applied when the file
 * itself has a problem or no row was accepted.
 */
export async function importJobseekersCsv(prisma: PrismaClient, jobcentreId: string, text: string): Promise<ImportResult> {
  const report = parseJobseekerCsv(text);
  if (report.problems.length > 0 || report.accepted.length === 0) return { applied: false, report };
  report.warnings.push(...(await unknownPostcodeWarnings(prisma, report.accepted)));
  const { created, updated } = await upsertJobseekers(prisma, jobcentreId, report.accepted.map((a) => a.row));
  return { applied: true, created, updated, report };
}

/** Postcodes the portal has no coordinates for: those jobseekers are found, but not by distance. */
async function unknownPostcodeWarnings(prisma: PrismaClient, accepted: ImportReport["accepted"]): Promise<string[]> {
  const postcodes = [...new Set(accepted.map((a) => a.row.postcode))];
  const known = await prisma.postcodeArea.findMany({ where: { postcode: { in: postcodes } }, select: { postcode: true } });
  const knownSet = new Set(known.map((k) => k.postcode));
  const unknown = postcodes.filter((p) => !knownSet.has(p));
  if (unknown.length === 0) return [];
  const lines = accepted.filter((a) => !knownSet.has(a.row.postcode)).map((a) => a.line);
  const shown = unknown.slice(0, 10).join(", ") + (unknown.length > 10 ? ` og ${unknown.length - 10} flere` : "");
  return [
    `Postnummer ${shown} ligger uden for portalens område (${lines.length === 1 ? lineList(lines) : `${lines.length} jobsøgere`}). De er importeret, men afstand kan ikke beregnes for dem i kandidatsøgningen.`,
  ];
}

/** The uploaded bytes as text: UTF-8 only, with a specific message for what spreadsheets otherwise save. */
export function decodeCsvUpload(bytes: Uint8Array): DecodedUpload {
  return decodeUpload(bytes, { maxBytes: MAX_IMPORT_BYTES, contents: "jobsøgerne" });
}

export function tooLargeMessage(): string {
  return tooLarge(MAX_IMPORT_BYTES);
}

/** The example file offered on the import page: every column, semicolons and UTF-8 with BOM, as Danish Excel opens it. */
export function exampleJobseekerCsv(): string {
  const rows: string[][] = [
    [...JOBSEEKER_COLUMNS],
    [
      "SAG-10234", "Mette Eksempel Jensen", "mette.jensen@mail.example", "20 30 40 50", "4900", "25", "37",
      BENEFIT_GROUP_CSV_VALUES.UNEMPLOYMENT_BENEFIT[0]!, "Lagerarbejder|Truckfører", "Plukning|Lagerstyring",
      "Truckcertifikat (B)", "B", "dansk|engelsk",
      "Erfaren lagermedarbejder med 8 års erfaring fra distributionscenter; vant til scanner og WMS.", "ja",
    ],
    [
      "SAG-10235", "Ahmad Eksempel", "", "", "4930", "15", "25",
      BENEFIT_GROUP_CSV_VALUES.IGU_ELIGIBLE_REFUGEE[0]!, "Køkkenmedhjælper", "Opvask|Grøntsagsforarbejdning",
      "Hygiejnebevis", "", "arabisk|dansk|engelsk",
      "Har arbejdet i restaurantkøkken i 3 år.\nTaler dansk på hverdagsniveau og går på sprogskole.", "ja",
    ],
    [
      "SAG-10236", "Lone Eksempel Hansen", "lone.hansen@mail.example", "", "4990", "40", "15",
      BENEFIT_GROUP_CSV_VALUES.FLEX_JOB_ELIGIBLE[0]!, "Kontorassistent", "Bogføring|Kundeservice",
      "", "B", "dansk", "Visiteret til fleksjob, 15 timer om ugen. Erfaring med \"e-conomic\" og telefonpasning.", "nej",
    ],
  ];
  return "\uFEFF" + formatCsv(rows, ";");
}
