// What every CSV import of the portal does with a file before its rows mean anything: the header read as
// column names, every record checked by the import's schema, and one report with the rejected lines and
// their reasons in Danish. A file that cannot be read as a whole (no header, columns missing, broken
// quoting, too many rows) is refused as a whole. No I/O: each import applies its accepted rows itself.
import type { z } from "zod";
import { CsvSyntaxError, parseCsv } from "./csv";

/**
 * Enough wrong rows to fix a file by. A file with more is read no further and refused as a whole: it is
 * almost surely in another format, and checking every row of it would cost seconds and hundreds of MB.
 */
export const MAX_REJECTED_ROWS = 500;

/** The form field an import's file is sent in. */
export const IMPORT_FILE_FIELD = "fil";

/** The largest file any import takes (the upload's body limit follows from it). */
export const MAX_UPLOAD_BYTES = 5_000_000;

/** What one row of the file is, in the words of the report: "jobsøger", "jobsøgere"; "virksomhed", "virksomheder". */
export type ImportNouns = { one: string; many: string };

export type ImportReport<Row> = {
  accepted: Array<{ line: number; row: Row }>;
  rejected: Array<{ line: number; reasons: string[] }>;
  /** What stops the whole file: empty, required columns missing, too many rows, broken quoting. */
  problems: string[];
  /** Worth knowing but not stopping the import, e.g. columns the portal does not know (they are ignored). */
  warnings: string[];
};

export type ImportSpec<Column extends string, Row> = {
  columns: readonly Column[];
  /** Columns the file must have; the others may be left out (they are then empty for every row). */
  required: readonly Column[];
  maxRows: number;
  nouns: ImportNouns;
  /** A record's cells (absent column: undefined) → its row; each issue becomes "column: message". */
  schema: z.ZodType<Row, z.ZodTypeDef, Partial<Record<Column, string>>>;
  /** What makes two records the same thing, so the second is refused with the line of the first. */
  uniqueKey?: (cells: Partial<Record<Column, string>>) => { key: string; reason: (firstLine: number) => string } | null;
};

/** A header cell as a column name: case, surrounding spaces and "kørekort"/"kørekort" spellings forgiven. */
export function normalizeHeader(value: string): string {
  return value
    .trim()
    .toLocaleLowerCase("da-DK")
    .replace(/[\s-]+/g, "_")
    .replace(/ø/g, "o");
}

export function lineList(lines: number[]): string {
  return lines.length === 1 ? `linje ${lines[0]}` : `linje ${lines.slice(0, -1).join(", ")} og ${lines[lines.length - 1]}`;
}

/** Checks every record of the file against the import's spec; touches no database. */
export function checkImportCsv<Column extends string, Row>(text: string, spec: ImportSpec<Column, Row>): ImportReport<Row> {
  const report: ImportReport<Row> = { accepted: [], rejected: [], problems: [], warnings: [] };
  const { nouns } = spec;
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
    report.problems.push(`Filen er tom. Den skal have en overskriftslinje med kolonnenavne og mindst én ${nouns.one}.`);
    return report;
  }

  // Column name → index; unknown and repeated columns are reported, not guessed at.
  const columnIndex = new Map<Column, number>();
  const unknown: string[] = [];
  header.fields.forEach((raw, index) => {
    const name = normalizeHeader(raw);
    if (!name) return;
    if (!(spec.columns as readonly string[]).includes(name)) {
      unknown.push(raw.trim());
      return;
    }
    const column = name as Column;
    if (columnIndex.has(column)) report.problems.push(`Kolonnen »${column}« står flere gange i overskriftslinjen. Slet den ene.`);
    else columnIndex.set(column, index);
  });
  const missing = spec.required.filter((c) => !columnIndex.has(c));
  if (missing.length > 0) {
    report.problems.push(
      `${missing.length === 1 ? "Kolonnen" : "Kolonnerne"} ${missing.map((c) => `»${c}«`).join(", ")} mangler i overskriftslinjen (linje ${header.line}). Tjek stavningen, og at filen er gemt som CSV.`,
    );
  }
  if (unknown.length > 0) {
    report.warnings.push(`${unknown.length === 1 ? "Kolonnen" : "Kolonnerne"} ${unknown.map((c) => `»${c}«`).join(", ")} kendes ikke og bliver ikke læst.`);
  }

  // Spreadsheets leave rows of empty cells behind: they are no records.
  const records = data.filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (records.length === 0 && missing.length === 0) {
    report.problems.push(`Filen har ingen ${nouns.many} – kun overskriftslinjen.`);
  }
  if (records.length > spec.maxRows) {
    report.problems.push(
      `Filen har ${records.length.toLocaleString("da-DK")} ${nouns.many}. Der kan højst importeres ${spec.maxRows.toLocaleString("da-DK")} ad gangen – del filen op.`,
    );
  }
  if (report.problems.length > 0) return report;

  const firstLineByKey = new Map<string, number>();
  for (const record of records) {
    const cells: Partial<Record<Column, string>> = {};
    for (const [column, index] of columnIndex) cells[column] = record.fields[index] ?? "";
    const reasons: string[] = [];
    if (record.fields.length > header.fields.length && record.fields.slice(header.fields.length).some((f) => f.trim() !== "")) {
      reasons.push(`Rækken har ${record.fields.length} felter, men overskriftslinjen kun ${header.fields.length}. Tjek for et ekstra skilletegn eller et felt, der mangler anførselstegn.`);
    }
    const parsed = spec.schema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reasons.push(`${String(issue.path[0] ?? "række")}: ${issue.message}`);
    }
    const unique = spec.uniqueKey?.(cells);
    if (unique) {
      const firstLine = firstLineByKey.get(unique.key);
      if (firstLine !== undefined) reasons.push(unique.reason(firstLine));
      else firstLineByKey.set(unique.key, record.line);
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

export type DecodedUpload = { ok: true; text: string } | { ok: false; error: string };

/** The uploaded bytes as text: UTF-8 only, with a specific message for what spreadsheets otherwise save. */
export function decodeCsvUpload(bytes: Uint8Array, options: { maxBytes: number; /** "jobsøgerne" */ contents: string }): DecodedUpload {
  if (bytes.byteLength === 0) return { ok: false, error: `Filen er tom. Vælg den CSV-fil, du har gemt med ${options.contents}.` };
  if (bytes.byteLength > options.maxBytes) return { ok: false, error: tooLargeMessage(options.maxBytes) };
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

export function tooLargeMessage(maxBytes: number): string {
  return `Filen er for stor. Den må højst fylde ${maxBytes / 1_000_000} MB – del den op i flere filer.`;
}
