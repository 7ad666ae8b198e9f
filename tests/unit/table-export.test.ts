import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "~/utils/csv";
import { defuseFormula, exportResponse, rowsOf } from "~/utils/table-export.server";

const head = ["Jobordre", "Titel", "Andel"];
const rows = [
  ["JO-1", "=HYPERLINK(\"http://evil.example\")", 0.85],
  ["JO-2", "Tømrer; æøå, \"citat\"", null],
];

describe("the exports", () => {
  it("write text a spreadsheet would run as a formula with an apostrophe first", () => {
    expect(["=1+1", "+45 2020", "-3", "@SUM(A1)", "\tx", "plain"].map(defuseFormula)).toEqual(["'=1+1", "'+45 2020", "'-3", "'@SUM(A1)", "'\tx", "plain"]);
  });

  it("write CSV for Danish Excel: a BOM, semicolons, decimal commas, quoting and the rows as given", async () => {
    const response = exportResponse({ format: "csv", fileName: "liste æ", sheetName: "Liste", head, rows: rowsOf(rows) });
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="liste--.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(bytes.subarray(3).toString("utf8")).rows.map((r) => r.fields)).toEqual([head, ["JO-1", "'=HYPERLINK(\"http://evil.example\")", "0,85"], ["JO-2", "Tømrer; æøå, \"citat\"", ""]]);
  });

  it("write an XLSX workbook ExcelJS reads back, numbers as numbers", async () => {
    const response = exportResponse({ format: "xlsx", fileName: "liste", sheetName: "Svar: [uge 48]", head, rows: rowsOf(rows) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Svar   uge 48 ");
    expect(sheet.getRow(1).values).toEqual([undefined, ...head]);
    expect(sheet.getRow(2).values).toEqual([undefined, "JO-1", "'=HYPERLINK(\"http://evil.example\")", 0.85]);
    expect(sheet.getRow(3).getCell(2).value).toBe("Tømrer; æøå, \"citat\"");
  });
});
