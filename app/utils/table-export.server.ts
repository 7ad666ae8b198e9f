// Tables as downloads, streamed: CSV (Danish Excel's ";" and a BOM, so æøå open right) and XLSX written by
// ExcelJS's streaming writer, so an export of many rows never holds more than one batch in memory. Rows
// come from an async iterator (a keyset-paged query); the response starts with the first batch.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { formatCsv } from "~/utils/csv";

export type ExportFormat = "csv" | "xlsx";
export type ExportValue = string | number | Date | null;

export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "xlsx"];

/** The `format` a download asks for; anything else is answered 400 in Danish. */
export function exportFormatOf(url: URL): ExportFormat {
  const format = url.searchParams.get("format");
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new Response("Vælg CSV eller XLSX.", { status: 400 });
  return format as ExportFormat;
}

/**
 * A text a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is written with a leading
 * apostrophe (OWASP, CSV injection): an employer's title "=HYPERLINK(…)" stays text.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvText(value: ExportValue): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  // Decimal comma, as Danish Excel reads numbers.
  if (typeof value === "number") return String(value).replace(".", ",");
  return defuseFormula(value);
}

/** Lines are sent in chunks of about this many characters: one write per row would cost more than the row. */
const CSV_CHUNK = 64 * 1024;

function csvStream(head: string[], rows: AsyncIterable<ExportValue[]>): Readable {
  return Readable.from(
    (async function* () {
      let chunk = `\uFEFF${formatCsv([head])}`;
      for await (const row of rows) {
        chunk += formatCsv([row.map(csvText)]);
        if (chunk.length >= CSV_CHUNK) {
          yield Buffer.from(chunk);
          chunk = "";
        }
      }
      if (chunk.length > 0) yield Buffer.from(chunk);
    })(),
  );
}

function xlsxStream(sheetName: string, head: string[], rows: AsyncIterable<ExportValue[]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // Excel allows 31 characters and none of : \ / ? * [ ] in a sheet's name.
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, " ").slice(0, 31));
  sheet.columns = head.map((h) => ({ header: h, width: Math.min(60, Math.max(12, h.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  (async () => {
    for await (const row of rows) {
      sheet.addRow(row.map((v) => (typeof v === "string" ? defuseFormula(v) : v))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}

/** A download response of `rows` under `head`, as CSV or XLSX; the file name without extension. */
export function exportResponse(input: { format: ExportFormat; fileName: string; sheetName: string; head: string[]; rows: AsyncIterable<ExportValue[]> }): Response {
  const node = input.format === "csv" ? csvStream(input.head, input.rows) : xlsxStream(input.sheetName, input.head, input.rows);
  const body = Readable.toWeb(node) as ReadableStream<Uint8Array>;
  const type = input.format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const safeName = input.fileName.replace(/[^a-zA-Z0-9._-]/g, "-");
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${safeName}.${input.format}"`, "X-Content-Type-Options": "nosniff" },
  });
}

/** An in-memory list as the async rows an export takes. */
export async function* rowsOf(rows: ExportValue[][]): AsyncIterable<ExportValue[]> {
  for (const row of rows) yield row;
}
