// The company register on the real PostgreSQL: a CVR extract is imported for one jobcentre and re-imported
// without duplicates; an order keeps what its employer wrote and leaves the register as it was; staff see the
// difference and take it over; the relationship (key account, note) is the jobcentre's own.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { importCompaniesCsv } from "../../app/models/company/import.server";
import { getCompanyPage, saveRelationship, takeOverStated } from "../../app/models/company/register.server";
import { createJobOrder } from "../../app/models/job-order/intake.server";
import { COMPANY_COLUMNS, type CompanyColumn } from "../../app/schemas/company";
import { jobOrderSchema } from "../../app/schemas/job-order";
import { formatCsv } from "../../app/utils/csv";
import { createJobcentre, createStaffUser, jobOrderFormValues, makeCvr } from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();

type Cells = Partial<Record<CompanyColumn, string>>;

function csvFile(rows: Cells[]): string {
  return "\uFEFF" + formatCsv([[...COMPANY_COLUMNS], ...rows.map((r) => COMPANY_COLUMNS.map((c) => r[c] ?? ""))]);
}

function company(cvr: string, cells: Cells = {}): Cells {
  return { cvr, navn: `Virksomhed ${cvr} ApS`, adresse: "Havnegade 1", postnummer: "4900", by: "Nakskov", ansatte: "5-9", ...cells };
}

/** A P-number of ten digits no other test uses. */
function makePNumber(): string {
  return String(1_000_000_000 + crypto.randomInt(0, 999_999_999));
}

async function submitOrder(overrides: Record<string, string>) {
  const { submissionKey: _key, ...input } = jobOrderSchema.parse({ ...jobOrderFormValues(overrides), submissionKey: crypto.randomUUID() });
  return createJobOrder(input, crypto.randomUUID(), new Date(), prisma);
}

describe("importCompaniesCsv", () => {
  it("writes companies and production units and gives the jobcentre a relationship with each", async () => {
    const { jobcentre } = await createJobcentre(prisma);
    const [a, b] = [makeCvr(), makeCvr()];
    const p = makePNumber();
    const result = await importCompaniesCsv(prisma, jobcentre.id, csvFile([company(a), company(a, { pnummer: p, navn: "Afdeling Maribo", postnummer: "4930" }), company(b, { reklamebeskyttet: "ja" })]));
    expect(result).toMatchObject({ applied: true, companiesCreated: 2, companiesUpdated: 0, unitsCreated: 1, unitsUpdated: 0 });

    const stored = await prisma.company.findMany({ where: { cvr: { in: [a, b] } }, include: { productionUnits: true, relationships: true }, orderBy: { cvr: "asc" } });
    expect(stored.map((c) => [c.cvr, c.source, c.employeeBand, c.relationships.map((r) => [r.jobcentreId, r.source])])).toEqual(
      [a, b].sort().map((cvr) => [cvr, "CVR_IMPORT", "E5_9", [[jobcentre.id, "CVR_IMPORT"]]]),
    );
    expect(stored.find((c) => c.cvr === a)!.productionUnits.map((u) => [u.pNumber, u.name, u.postcode])).toEqual([[p, "Afdeling Maribo", "4930"]]);
    expect(stored.find((c) => c.cvr === b)!.advertisingProtected).toBe(true);
  });

  it("updates on a second import by CVR and P-number instead of duplicating", async () => {
    const { jobcentre } = await createJobcentre(prisma);
    const cvr = makeCvr();
    const p = makePNumber();
    await importCompaniesCsv(prisma, jobcentre.id, csvFile([company(cvr), company(cvr, { pnummer: p })]));
    const again = await importCompaniesCsv(prisma, jobcentre.id, csvFile([company(cvr, { navn: "Nyt Navn ApS", ansatte: "10-19" }), company(cvr, { pnummer: p, navn: "Ny afdeling" })]));
    expect(again).toMatchObject({ applied: true, companiesCreated: 0, companiesUpdated: 1, unitsCreated: 0, unitsUpdated: 1 });
    const stored = await prisma.company.findUniqueOrThrow({ where: { cvr }, include: { productionUnits: true, relationships: true } });
    expect([stored.name, stored.employeeBand, stored.productionUnits.map((u) => u.name), stored.relationships.length]).toEqual(["Nyt Navn ApS", "E10_19", ["Ny afdeling"], 1]);
  });

  it("gives a second jobcentre its own relationship with a company another already has", async () => {
    const [first, second] = [await createJobcentre(prisma), await createJobcentre(prisma)];
    const cvr = makeCvr();
    await importCompaniesCsv(prisma, first.jobcentre.id, csvFile([company(cvr)]));
    await importCompaniesCsv(prisma, second.jobcentre.id, csvFile([company(cvr)]));
    const relationships = await prisma.companyRelationship.findMany({ where: { company: { cvr } } });
    expect(relationships.map((r) => r.jobcentreId).sort()).toEqual([first.jobcentre.id, second.jobcentre.id].sort());
  });

  it("rejects a production unit whose company is neither in the file nor in the register, and applies the rest", async () => {
    const { jobcentre } = await createJobcentre(prisma);
    const [known, unknown] = [makeCvr(), makeCvr()];
    const result = await importCompaniesCsv(prisma, jobcentre.id, csvFile([company(known), company(unknown, { pnummer: makePNumber() })]));
    expect(result.applied).toBe(true);
    expect(result.report.rejected.map((r) => [r.line, r.reasons[0]!.split(":")[0]])).toEqual([[3, "cvr"]]);
    expect(await prisma.company.count({ where: { cvr: unknown } })).toBe(0);
  });

  it("changes nothing when the file has a problem as a whole", async () => {
    const { jobcentre } = await createJobcentre(prisma);
    const cvr = makeCvr();
    const result = await importCompaniesCsv(prisma, jobcentre.id, formatCsv([["cvr", "navn"], [cvr, "X"]]));
    expect(result.applied).toBe(false);
    expect(await prisma.company.count({ where: { cvr } })).toBe(0);
  });
});

describe("a job order and the register", () => {
  it("keeps the employer's version on the order and leaves the register's record as it was", async () => {
    const cvr = makeCvr();
    await importCompaniesCsv(prisma, "lolland", csvFile([company(cvr, { navn: "Registrets Navn A/S", adresse: "Registervej 1" })]));
    const order = await submitOrder({ cvr, companyName: "Arbejdsgiverens Navn", companyAddress: "Formularvej 2", workplacePostcode: "4900", companyPostcode: "4900" });
    const stored = await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id }, include: { company: true } });
    expect([stored.statedCompanyName, stored.statedCompanyAddress]).toEqual(["Arbejdsgiverens Navn", "Formularvej 2"]);
    expect([stored.company.name, stored.company.address, stored.company.source]).toEqual(["Registrets Navn A/S", "Registervej 1", "CVR_IMPORT"]);
  });

  it("starts the register's record from the form for a CVR number it does not know, with the jobcentre's relationship", async () => {
    const cvr = makeCvr();
    const order = await submitOrder({ cvr, companyName: "Ny Virksomhed ApS", workplacePostcode: "4900" });
    const stored = await prisma.company.findUniqueOrThrow({ where: { cvr }, include: { relationships: true } });
    expect([stored.name, stored.source]).toEqual(["Ny Virksomhed ApS", "JOB_ORDER"]);
    expect(stored.relationships.map((r) => [r.jobcentreId, r.source])).toEqual([["lolland", "JOB_ORDER"]]);
    expect((await prisma.jobOrder.findUniqueOrThrow({ where: { id: order.id } })).companyId).toBe(stored.id);
  });

  it("shows the difference on the company page, and staff take it over into the register", async () => {
    const cvr = makeCvr();
    await importCompaniesCsv(prisma, "lolland", csvFile([company(cvr, { navn: "Gammelt Navn A/S" })]));
    const order = await submitOrder({ cvr, companyName: "Nyt Navn A/S", companyAddress: "Havnegade 1", companyPostcode: "4900", workplacePostcode: "4900" });
    const page = await getCompanyPage(prisma, "lolland", cvr);
    expect(page!.differences.map((d) => [d.orderNumber, d.fields.map((f) => [f.field, f.stated])])).toEqual([[order.number, [["name", "Nyt Navn A/S"]]]]);
    expect(page!.timeline.map((t) => t.kind)).toContain("RECEIVED");

    expect(await takeOverStated(prisma, { jobcentreId: "lolland", cvr, orderNumber: order.number, fields: ["name"] })).toEqual({ ok: true });
    const stored = await prisma.company.findUniqueOrThrow({ where: { cvr } });
    expect([stored.name, stored.source]).toEqual(["Nyt Navn A/S", "STAFF"]);
    expect((await getCompanyPage(prisma, "lolland", cvr))!.differences).toEqual([]);
    // Nothing is left to take over a second time.
    expect(await takeOverStated(prisma, { jobcentreId: "lolland", cvr, orderNumber: order.number, fields: ["name"] })).toMatchObject({ ok: false, code: "NOTHING_TO_TAKE_OVER" });
  });

  it("finds neither the company page nor a take-over for a jobcentre without a relationship", async () => {
    const cvr = makeCvr();
    const order = await submitOrder({ cvr, workplacePostcode: "4900" });
    expect(await getCompanyPage(prisma, "faxe", cvr)).toBeNull();
    expect(await takeOverStated(prisma, { jobcentreId: "faxe", cvr, orderNumber: order.number, fields: ["name"] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("saveRelationship", () => {
  it("saves the key account consultant and the note, and refuses a form older than the last save", async () => {
    const cvr = makeCvr();
    await importCompaniesCsv(prisma, "lolland", csvFile([company(cvr)]));
    const consultant = await createStaffUser(prisma, { jobcentreId: "lolland", role: "CONSULTANT" });
    const { version } = (await getCompanyPage(prisma, "lolland", cvr))!.relationship;
    const input = { jobcentreId: "lolland", cvr, version, keyAccountConsultantId: consultant.id, note: "Ring før kl. 10." };
    expect(await saveRelationship(prisma, input)).toEqual({ ok: true });
    expect(await saveRelationship(prisma, { ...input, note: "Overskriver" })).toMatchObject({ ok: false, code: "STALE" });
    const relationship = (await getCompanyPage(prisma, "lolland", cvr))!.relationship;
    expect([relationship.keyAccountConsultantId, relationship.note]).toEqual([consultant.id, "Ring før kl. 10."]);
  });

  it("refuses a key account consultant of another jobcentre", async () => {
    const cvr = makeCvr();
    await importCompaniesCsv(prisma, "lolland", csvFile([company(cvr)]));
    const other = await createStaffUser(prisma, { jobcentreId: "faxe", role: "CONSULTANT" });
    const { version } = (await getCompanyPage(prisma, "lolland", cvr))!.relationship;
    expect(await saveRelationship(prisma, { jobcentreId: "lolland", cvr, version, keyAccountConsultantId: other.id, note: "" })).toMatchObject({
      ok: false,
      code: "UNKNOWN_CONSULTANT",
    });
  });
});
