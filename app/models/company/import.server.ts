// CSV import of an extract of the CVR register into the national company register, for one jobcentre: every
// row is checked first; the accepted rows are then written together, in one transaction, and the jobcentre
// gets a relationship with each company of the file. A re-import updates by CVR and P-number rather than
// duplicating. A file that cannot be read as a whole changes nothing.
import type { PrismaClient } from "@prisma/client";
import {
  COMPANY_COLUMNS,
  companyImportRowSchema,
  MAX_COMPANY_IMPORT_BYTES,
  MAX_COMPANY_IMPORT_ROWS,
  REQUIRED_COMPANY_COLUMNS,
  type CompanyColumn,
  type CompanyImportRow,
} from "~/schemas/company";
import { formatCsv } from "~/utils/csv";
import { checkImportCsv, decodeCsvUpload, type DecodedUpload, type ImportReport, type ImportSpec } from "~/utils/csv-import";

export type CompanyImportReport = ImportReport<CompanyImportRow>;
export type CompanyImportResult =
  | { applied: true; companiesCreated: number; companiesUpdated: number; unitsCreated: number; unitsUpdated: number; report: CompanyImportReport }
  | { applied: false; report: CompanyImportReport };

const COMPANY_IMPORT: ImportSpec<CompanyColumn, CompanyImportRow> = {
  columns: COMPANY_COLUMNS,
  required: REQUIRED_COMPANY_COLUMNS,
  maxRows: MAX_COMPANY_IMPORT_ROWS,
  nouns: { one: "virksomhed", many: "virksomheder" },
  schema: companyImportRowSchema,
  uniqueKey: (cells) => {
    const cvr = (cells.cvr ?? "").replace(/\s/g, "");
    const pNumber = (cells.pnummer ?? "").replace(/\s/g, "");
    if (pNumber) return { key: `p:${pNumber}`, reason: (line) => `pnummer: P-nummeret ${pNumber} står også på linje ${line}. Hver produktionsenhed må kun stå én gang.` };
    if (cvr) return { key: `c:${cvr}`, reason: (line) => `cvr: Virksomheden ${cvr} står også på linje ${line} uden P-nummer. Hver virksomhed må kun stå én gang; dens produktionsenheder står på linjer med P-nummer.` };
    return null;
  },
};

/** Checks every row of the file; touches no database. */
export function parseCompanyCsv(text: string): CompanyImportReport {
  return checkImportCsv(text, COMPANY_IMPORT);
}

export function decodeCompanyUpload(bytes: Uint8Array): DecodedUpload {
  return decodeCsvUpload(bytes, { maxBytes: MAX_COMPANY_IMPORT_BYTES, contents: "virksomhederne" });
}

/**
 * Checks the file, then writes its companies and production units and the jobcentre's relationships in one
 * transaction. A production unit whose company is neither in the file nor in the register is rejected.
 */
export async function importCompaniesCsv(prisma: PrismaClient, jobcentreId: string, text: string): Promise<CompanyImportResult> {
  const report = parseCompanyCsv(text);
  if (report.problems.length > 0) return { applied: false, report };
  await rejectUnitsWithoutCompany(prisma, report);
  if (report.accepted.length === 0) return { applied: false, report };

  const companies = report.accepted.filter((a) => a.row.pNumber === null).map((a) => a.row);
  const units = report.accepted.filter((a) => a.row.pNumber !== null).map((a) => a.row);
  const column = <K extends keyof CompanyImportRow>(rows: CompanyImportRow[], key: K) => rows.map((r) => r[key]);

  return prisma.$transaction(
    async (tx) => {
      // One statement per table, the rows as arrays: a 50,000-row extract is a few statements, not 50,000.
      const companyCounts = await tx.$queryRaw<Array<{ inserted: boolean; n: bigint }>>`
        WITH input AS (
          SELECT * FROM unnest(
            ${column(companies, "cvr")}::text[], ${column(companies, "name")}::text[], ${column(companies, "address")}::text[],
            ${column(companies, "postcode")}::text[], ${column(companies, "city")}::text[], ${column(companies, "industryCode")}::text[],
            ${column(companies, "industryClassification")}::text[], ${column(companies, "employeeBand")}::text[],
            ${column(companies, "advertisingProtected")}::boolean[]
          ) AS t(cvr, name, address, postcode, city, "industryCode", "industryClassification", "employeeBand", "advertisingProtected")
        ), written AS (
          INSERT INTO "Company" ("id", "cvr", "name", "address", "postcode", "city", "industryCode", "industryClassification",
            "employeeBand", "advertisingProtected", "source", "updatedAt")
          SELECT gen_random_uuid()::text, cvr, name, address, postcode, city, "industryCode", "industryClassification"::"IndustryClassification",
            "employeeBand"::"EmployeeBand", "advertisingProtected", 'CVR_IMPORT', now()
          FROM input
          ON CONFLICT ("cvr") DO UPDATE SET
            "name" = EXCLUDED."name", "address" = EXCLUDED."address", "postcode" = EXCLUDED."postcode", "city" = EXCLUDED."city",
            "industryCode" = EXCLUDED."industryCode", "industryClassification" = EXCLUDED."industryClassification",
            "employeeBand" = EXCLUDED."employeeBand", "advertisingProtected" = EXCLUDED."advertisingProtected",
            "source" = 'CVR_IMPORT', "updatedAt" = now()
          RETURNING (xmax = 0) AS inserted
        )
        SELECT inserted, count(*) AS n FROM written GROUP BY inserted`;

      const unitCounts = await tx.$queryRaw<Array<{ inserted: boolean; n: bigint }>>`
        WITH input AS (
          SELECT * FROM unnest(
            ${column(units, "pNumber")}::text[], ${column(units, "cvr")}::text[], ${column(units, "name")}::text[], ${column(units, "address")}::text[],
            ${column(units, "postcode")}::text[], ${column(units, "city")}::text[], ${column(units, "industryCode")}::text[],
            ${column(units, "industryClassification")}::text[], ${column(units, "employeeBand")}::text[]
          ) AS t("pNumber", cvr, name, address, postcode, city, "industryCode", "industryClassification", "employeeBand")
        ), written AS (
          INSERT INTO "ProductionUnit" ("pNumber", "companyId", "name", "address", "postcode", "city", "industryCode",
            "industryClassification", "employeeBand", "updatedAt")
          SELECT i."pNumber", c."id", i.name, i.address, i.postcode, i.city, i."industryCode",
            i."industryClassification"::"IndustryClassification", i."employeeBand"::"EmployeeBand", now()
          FROM input i JOIN "Company" c ON c."cvr" = i.cvr
          ON CONFLICT ("pNumber") DO UPDATE SET
            "companyId" = EXCLUDED."companyId", "name" = EXCLUDED."name", "address" = EXCLUDED."address", "postcode" = EXCLUDED."postcode",
            "city" = EXCLUDED."city", "industryCode" = EXCLUDED."industryCode", "industryClassification" = EXCLUDED."industryClassification",
            "employeeBand" = EXCLUDED."employeeBand", "updatedAt" = now()
          RETURNING (xmax = 0) AS inserted
        )
        SELECT inserted, count(*) AS n FROM written GROUP BY inserted`;

      // The jobcentre's relationship with every company of its extract (a unit's company included).
      const cvrs = [...new Set(report.accepted.map((a) => a.row.cvr))];
      await tx.$executeRaw`
        INSERT INTO "CompanyRelationship" ("id", "jobcentreId", "companyId", "source", "updatedAt")
        SELECT gen_random_uuid()::text, ${jobcentreId}, c."id", 'CVR_IMPORT', now() FROM "Company" c WHERE c."cvr" = ANY(${cvrs}::text[])
        ON CONFLICT ("jobcentreId", "companyId") DO NOTHING`;

      const countOf = (rows: Array<{ inserted: boolean; n: bigint }>, inserted: boolean) => Number(rows.find((r) => r.inserted === inserted)?.n ?? 0);
      return {
        applied: true as const,
        companiesCreated: countOf(companyCounts, true),
        companiesUpdated: countOf(companyCounts, false),
        unitsCreated: countOf(unitCounts, true),
        unitsUpdated: countOf(unitCounts, false),
        report,
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** A production unit needs its company: in the file (a row without P-number) or in the register already. */
async function rejectUnitsWithoutCompany(prisma: PrismaClient, report: CompanyImportReport): Promise<void> {
  const inFile = new Set(report.accepted.filter((a) => a.row.pNumber === null).map((a) => a.row.cvr));
  const wanted = [...new Set(report.accepted.filter((a) => a.row.pNumber !== null && !inFile.has(a.row.cvr)).map((a) => a.row.cvr))];
  if (wanted.length === 0) return;
  const known = await prisma.$queryRaw<Array<{ cvr: string }>>`SELECT "cvr" FROM "Company" WHERE "cvr" = ANY(${wanted}::text[])`;
  const knownSet = new Set(known.map((k) => k.cvr));
  const orphans = report.accepted.filter((a) => a.row.pNumber !== null && !inFile.has(a.row.cvr) && !knownSet.has(a.row.cvr));
  if (orphans.length === 0) return;
  report.accepted = report.accepted.filter((a) => !orphans.includes(a));
  report.rejected = [
    ...report.rejected,
    ...orphans.map((a) => ({
      line: a.line,
      reasons: [`cvr: Virksomheden ${a.row.cvr} findes ikke i registret. Tilføj en linje for virksomheden uden P-nummer, så kan produktionsenheden ${a.row.pNumber} importeres.`],
    })),
  ].sort((a, b) => a.line - b.line);
}

/** The example file offered on the import page: every column, semicolons and UTF-8 with BOM, as Danish Excel opens it. */
export function exampleCompanyCsv(): string {
  const rows: string[][] = [
    [...COMPANY_COLUMNS],
    ["10150817", "", "Nakskov Maskinfabrik A/S", "Havnegade 12", "4900", "Nakskov", "282900", "DB25", "50-99", "nej"],
    ["10150817", "1012345678", "Nakskov Maskinfabrik A/S, afd. Maribo", "Industrivej 3", "4930", "Maribo", "282900", "DB25", "10-19", ""],
    ["29403473", "", "Lolland Bageri ApS", "Torvet 4", "4900", "Nakskov", "107100", "DB07", "7", "ja"],
  ];
  return "\uFEFF" + formatCsv(rows, ";");
}

