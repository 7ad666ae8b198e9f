// The CVR extract import as a team lead meets it: every row checked, and per line what is wrong in Danish;
// the employee bands, industry classifications and the employer's version of a company against the register.
// No database here: parseCompanyCsv is pure.
import { describe, expect, it } from "vitest";
import { bandIsAbove, bandOfHeadCount, employeeBandLabel, parseEmployeeBand } from "~/domain/company/employees";
import { industryLabel, parseIndustryClassification } from "~/domain/company/industry";
import { statedDifferences } from "~/domain/company/stated";
import { exampleCompanyCsv, parseCompanyCsv } from "~/models/company/import.server";
import { makeSyntheticCompanyCsv } from "../../prisma/synthetic-companies";
import { COMPANY_COLUMNS, COMPANY_MESSAGES as M, type CompanyColumn } from "~/schemas/company";
import { formatCsv } from "~/utils/csv";
import { MAX_REJECTED_ROWS } from "~/utils/csv-import";

type Cells = Partial<Record<CompanyColumn, string>>;
const VALID: Cells = { cvr: "10150817", navn: "Nakskov Maskinfabrik A/S", adresse: "Havnegade 12", postnummer: "4900" };

function csvFile(rows: Cells[], columns: readonly string[] = COMPANY_COLUMNS): string {
  return formatCsv([[...columns], ...rows.map((r) => columns.map((c) => r[c as CompanyColumn] ?? ""))]);
}

function reasonsFor(overrides: Cells): string[] {
  const report = parseCompanyCsv(csvFile([{ ...VALID, ...overrides }]));
  expect(report.problems).toEqual([]);
  expect(report.accepted).toEqual([]);
  return report.rejected[0]!.reasons;
}

function rowFor(overrides: Cells) {
  const report = parseCompanyCsv(csvFile([{ ...VALID, ...overrides }]));
  expect(report.rejected).toEqual([]);
  return report.accepted[0]!.row;
}

describe("parseCompanyCsv", () => {
  it("accepts the example file offered on the import page: two companies and a production unit", () => {
    const report = parseCompanyCsv(exampleCompanyCsv());
    expect(report.problems).toEqual([]);
    expect(report.rejected).toEqual([]);
    expect(report.accepted.map((a) => [a.line, a.row.cvr, a.row.pNumber])).toEqual([
      [2, "10150817", null],
      [3, "10150817", "1012345678"],
      [4, "29403473", null],
    ]);
  });

  it("accepts the demo's invented CVR extract whole, and makes the same file from the same seed", () => {
    const postcodes: Array<[string, string]> = [["4900", "Nakskov"], ["4930", "Maribo"]];
    const csv = makeSyntheticCompanyCsv(postcodes, 120, 7);
    const report = parseCompanyCsv(csv);
    expect([report.problems, report.rejected]).toEqual([[], []]);
    expect(report.accepted.filter((a) => a.row.pNumber === null)).toHaveLength(120);
    expect(makeSyntheticCompanyCsv(postcodes, 120, 7)).toBe(csv);
  });

  it("reads a company row into the register's fields, with DB25 when no classification is given", () => {
    expect(rowFor({ cvr: "DK 1015 0817", by: "Nakskov", branchekode: "28.29.00", ansatte: "ANTAL_50_99", reklamebeskyttet: "ja" })).toEqual({
      cvr: "10150817",
      pNumber: null,
      name: "Nakskov Maskinfabrik A/S",
      address: "Havnegade 12",
      postcode: "4900",
      city: "Nakskov",
      industryCode: "282900",
      industryClassification: "DB25",
      employeeBand: "E50_99",
      advertisingProtected: true,
    });
  });

  it("keeps a DB07 code with its classification, so an older record stays readable", () => {
    const row = rowFor({ branchekode: "471100", branchekode_version: "db07" });
    expect([row.industryCode, row.industryClassification]).toEqual(["471100", "DB07"]);
  });

  it("refuses each wrong cell with its column and a Danish reason", () => {
    expect(reasonsFor({ cvr: "10150818" })[0]).toMatch(/^cvr: /);
    expect(reasonsFor({ pnummer: "12345" })).toEqual([`pnummer: ${M.pNumberFormat}`]);
    expect(reasonsFor({ branchekode: "4711" })).toEqual([`branchekode: ${M.industryCodeFormat}`]);
    expect(reasonsFor({ branchekode: "471100", branchekode_version: "NACE" })).toEqual([`branchekode_version: ${M.industryClassificationFormat}`]);
    expect(reasonsFor({ branchekode_version: "DB25" })).toEqual([`branchekode: ${M.industryClassificationWithoutCode}`]);
    expect(reasonsFor({ ansatte: "mange" })).toEqual([`ansatte: ${M.employeesFormat}`]);
    expect(reasonsFor({ reklamebeskyttet: "måske" })).toEqual([`reklamebeskyttet: ${M.advertisingProtectedFormat}`]);
    expect(reasonsFor({ navn: "  " })).toEqual([`navn: ${M.nameRequired}`]);
  });

  it("refuses a company or a production unit that stands twice, naming the first line", () => {
    const report = parseCompanyCsv(
      csvFile([VALID, { ...VALID, pnummer: "1012345678" }, { ...VALID, navn: "Igen" }, { ...VALID, pnummer: "1012345678" }]),
    );
    expect(report.accepted.map((a) => a.line)).toEqual([2, 3]);
    expect(report.rejected.map((r) => [r.line, r.reasons[0]!.split(":")[0]])).toEqual([
      [4, "cvr"],
      [5, "pnummer"],
    ]);
    expect(report.rejected[0]!.reasons[0]).toContain("linje 2");
    expect(report.rejected[1]!.reasons[0]).toContain("linje 3");
  });

  it("refuses the whole file when a required column is missing", () => {
    const report = parseCompanyCsv(csvFile([VALID], ["cvr", "navn", "adresse"]));
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain("»postnummer«");
    expect(report.accepted).toEqual([]);
  });

  it("stops reading a file in another format after the first rejected rows", () => {
    const rows = Array.from({ length: MAX_REJECTED_ROWS + 10 }, () => ({ ...VALID, cvr: "12345678" }));
    const report = parseCompanyCsv(csvFile(rows));
    expect(report.rejected).toHaveLength(MAX_REJECTED_ROWS);
    expect(report.problems).toHaveLength(1);
  });
});

describe("employee bands", () => {
  it("reads the register's interval codes, intervals and head counts", () => {
    expect(parseEmployeeBand("ANTAL_5_9")).toBe("E5_9");
    expect(parseEmployeeBand("5-9")).toBe("E5_9");
    expect(parseEmployeeBand("5 – 9")).toBe("E5_9");
    expect(parseEmployeeBand("ANTAL_1000_999999")).toBe("E1000_PLUS");
    expect(parseEmployeeBand("1000+")).toBe("E1000_PLUS");
    expect(parseEmployeeBand("0")).toBe("E0");
    expect(parseEmployeeBand("7")).toBe("E5_9");
    expect(parseEmployeeBand("2500")).toBe("E1000_PLUS");
    expect(parseEmployeeBand("")).toBeUndefined();
    expect(parseEmployeeBand("3-7")).toBeNull();
    expect(parseEmployeeBand("mange")).toBeNull();
  });

  it("gives every head count exactly one band", () => {
    for (let n = 0; n <= 1200; n++) expect(parseEmployeeBand(String(n))).toBe(bandOfHeadCount(n));
  });

  it("says whether a whole band is above a threshold (Frederikssund: more than 3 employees)", () => {
    expect(bandIsAbove("E5_9", 3)).toBe(true);
    expect(bandIsAbove("E2_4", 3)).toBe(false);
    expect(employeeBandLabel("E5_9")).toBe("5–9 ansatte");
    expect(employeeBandLabel("E1")).toBe("1 ansat");
  });
});

describe("industry codes", () => {
  it("names the classification beside the code", () => {
    expect(parseIndustryClassification(" db25 ")).toBe("DB25");
    expect(parseIndustryClassification("")).toBeUndefined();
    expect(parseIndustryClassification("DB93")).toBeNull();
    expect(industryLabel("471100", "DB07")).toBe("471100 (DB07)");
    expect(industryLabel(null, null)).toBeNull();
  });
});

describe("statedDifferences", () => {
  const register = { name: "Nakskov Maskinfabrik A/S", address: "Havnegade 12", postcode: "4900", city: "Nakskov" };

  it("finds no difference in case or spacing", () => {
    expect(statedDifferences(register, { ...register, name: "nakskov  maskinfabrik a/s", city: null })).toEqual([]);
  });

  it("finds a different name, and an address that differs in street or postcode", () => {
    expect(statedDifferences(register, { ...register, name: "Nakskov Maskinfabrik" })).toEqual(["name"]);
    expect(statedDifferences(register, { ...register, postcode: "4930" })).toEqual(["address"]);
    expect(statedDifferences(register, { ...register, name: "NM", address: "Vej 1" })).toEqual(["name", "address"]);
  });
});
