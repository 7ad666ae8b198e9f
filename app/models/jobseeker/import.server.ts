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
  type JobseekerColumn,
} from "~/schemas/jobseeker";
import { CsvSyntaxError, formatCsv, parseCsv } from "~/utils/csv";
import { upsertJobseekers, type JobseekerInput } from "./register.server";

// Shown on the import page too, so they live with the browser-safe schema.
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "~/schemas/jobseeker";

/**
 * Enough wrong rows to fix a file by. A file with more is read no further and refused as a whole: it is
 * almost surely in another format, and checking every row of it would cost seconds and hundreds of MB.
 */
export const MAX_REJECTED_ROWS = 500;

export type ImportReport = {
  accepted: Array<{ line: number; row: JobseekerInput }>;
  rejected: Array<{ line: number; reasons: string[] }>;
  /** What stops the whole file: empty, required columns missing, too many rows, broken quoting. */
  problems: string[];
  /** Worth knowing but not stopping the import, e.g. columns the portal does not know (they are ignored). */
  warnings: string[];
};

export type ImportResult =
  | { applied: true; created: number; updated: number; report: ImportReport }
  | { applied: false; report: ImportReport };

function emptyReport(): ImportReport {
  return { accepted: [], rejected: [], problems: [], warnings: [] };
}

/** A header cell as a column name: case, surrounding spaces and "kørekort"/"kørekort" spellings forgiven. */
function normalizeHeader(value: string): string {
  return value
    .trim()
    .toLocaleLowerCase("da-DK")
    .replace(/[\s-]+/g, "_")
    .replace(/ø/g, "o");
}

function lineList(lines: number[]): string {
  return lines.length === 1 ? `linje ${lines[0]}` : `linje ${lines.slice(0, -1).join(", ")} og ${lines[lines.length - 1]}`;
}

/** Checks every row of the file; touches no database. */
export function parseJobseekerCsv(text: string): ImportReport {
  const report = emptyReport();
  let rows;
  try {
    rows = parseCsv(text).rows;
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      report.problems.push(`Filen kan ikke læses: ${error.message}`);
      return report;
    }
    throw error;
  }
  const [header, ...data] = rows;
  if (!header) {
    report.problems.push("Filen er tom. Den skal have en overskriftslinje med kolonnenavne og mindst én jobsøger.");
    return report;
  }

  // Column name → index; unknown and repeated columns are reported, not guessed at.
  const columnIndex = new Map<JobseekerColumn, number>();
  const unknown: string[] = [];
  header.fields.forEach((raw, index) => {
    const name = normalizeHeader(raw);
    if (!name) return;
    if (!(JOBSEEKER_COLUMNS as readonly string[]).includes(name)) {
      unknown.push(raw.trim());
      return;
    }
    const column = name as JobseekerColumn;
    if (columnIndex.has(column)) report.problems.push(`Kolonnen »${column}« står flere gange i overskriftslinjen. Slet den ene.`);
    else columnIndex.set(column, index);
  });
  const missing = REQUIRED_JOBSEEKER_COLUMNS.filter((c) => !columnIndex.has(c));
  if (missing.length > 0) {
    report.problems.push(
      `${missing.length === 1 ? "Kolonnen" : "Kolonnerne"} ${missing.map((c) => `»${c}«`).join(", ")} mangler i overskriftslinjen (linje ${header.line}). Tjek stavningen, og at filen er gemt som CSV.`,
    );
  }
  if (unknown.length > 0) {
    report.warnings.push(`${unknown.length === 1 ? "Kolonnen" : "Kolonnerne"} ${unknown.map((c) => `»${c}«`).join(", ")} kendes ikke og bliver ikke læst.`);
  }

  // Spreadsheets leave rows of empty cells behind: they are no jobseekers.
  const records = data.filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (records.length === 0 && missing.length === 0) {
    report.problems.push("Filen har ingen jobsøgere – kun overskriftslinjen.");
  }
  if (records.length > MAX_IMPORT_ROWS) {
    report.problems.push(
      `Filen har ${records.length.toLocaleString("da-DK")} jobsøgere. Der kan højst importeres ${MAX_IMPORT_ROWS.toLocaleString("da-DK")} ad gangen – del filen op.`,
    );
  }
  if (report.problems.length > 0) return report;

  const firstLineByRef = new Map<string, number>();
  for (const record of records) {
    const cells: Partial<Record<JobseekerColumn, string>> = {};
    for (const [column, index] of columnIndex) cells[column] = record.fields[index] ?? "";
    const reasons: string[] = [];
    if (record.fields.length > header.fields.length && record.fields.slice(header.fields.length).some((f) => f.trim() !== "")) {
      reasons.push(`Rækken har ${record.fields.length} felter, men overskriftslinjen kun ${header.fields.length}. Tjek for et ekstra skilletegn eller et felt, der mangler anførselstegn.`);
    }
    const parsed = jobseekerImportRowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reasons.push(`${String(issue.path[0] ?? "række")}: ${issue.message}`);
    }
    // References compare case-insensitively, as the case systems they come from do.
    const ref = (cells.reference ?? "").trim().toLowerCase();
    if (ref) {
      const firstLine = firstLineByRef.get(ref);
      if (firstLine !== undefined) reasons.push(`reference: Referencen »${cells.reference?.trim()}« står også på linje ${firstLine}. Hver jobsøger må kun stå én gang.`);
      else firstLineByRef.set(ref, record.line);
    }
    if (reasons.length > 0 || !parsed.success) report.rejected.push({ line: record.line, reasons });
    else report.accepted.push({ line: record.line, row: parsed.data });
    if (report.rejected.length === MAX_REJECTED_ROWS && record !== records[records.length - 1]) {
      report.problems.push(
        `Filen er ikke læst færdig: de første ${MAX_REJECTED_ROWS} fejl stod før linje ${record.line + 1}. Ret dem (eller tjek, at filen har portalens kolonner), og upload filen igen.`,
      );
      break;
    }
  }
  return report;
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

export type DecodedUpload = { ok: true; text: string } | { ok: false; error: string };

/** The uploaded bytes as text: UTF-8 only, with a specific message for what spreadsheets otherwise save. */
export function decodeCsvUpload(bytes: Uint8Array): DecodedUpload {
  if (bytes.byteLength === 0) return { ok: false, error: "Filen er tom. Vælg den CSV-fil, du har gemt med jobsøgerne." };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: tooLargeMessage() };
  // A zip header: an .xlsx workbook, not a CSV file.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, error: "Filen er en Excel-projektmappe (.xlsx), ikke en CSV-fil. Åbn den i Excel, og vælg Gem som → »CSV UTF-8 (kommasepareret) (*.csv)«." };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: utf8Message("Filen er gemt som UTF-16 (»Unicode-tekst«).") };
  }
  // NUL bytes: a binary file or a spreadsheet's own format, never text a consultant typed.
  if (bytes.includes(0)) {
    return { ok: false, error: "Filen indeholder tegn, der ikke er tekst (fx fra et andet filformat). Gem den i Excel med Gem som → »CSV UTF-8 (kommasepareret) (*.csv)«, og upload den nye fil." };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: utf8Message("Filen er ikke gemt som UTF-8, så æ, ø og å kan ikke læses sikkert.") };
  }
}

function utf8Message(what: string): string {
  return `${what} Gem filen igen i Excel med Gem som → »CSV UTF-8 (kommasepareret) (*.csv)«, og upload den nye fil.`;
}

export function tooLargeMessage(): string {
  return `Filen er for stor. Den må højst fylde ${MAX_IMPORT_BYTES / 1_000_000} MB – del den op i flere filer.`;
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
