// The company register's migration on data as it stood before it: a key account kept on the national
// company row becomes the jobcentre's relationship, every (jobcentre, company) with orders gets one, and each
// order keeps the company as the register then said it. Built in a scratch database migrated up to the step before.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchBefore, type MigrationScratch } from "../support/migration-scratch";

const MIGRATION = "20261202183912_company_register";
describe(`the migration ${MIGRATION}`, () => {
  let scratch: MigrationScratch;
  let db: pg.Client;

  beforeAll(async () => {
    scratch = await scratchBefore(MIGRATION, "company_migration");
    db = scratch.db;

    // Two jobcentres; a company that is Lolland's key account and has orders from both; one with no orders.
    await db.query(`
      INSERT INTO "Jobcentre" ("id", "name", "municipality", "email", "phone") VALUES
        ('lolland', 'Jobcenter Lolland', 'Lolland', 'j@l.example', '1'), ('faxe', 'Jobcenter Faxe', 'Faxe', 'j@f.example', '2');
      INSERT INTO "ResponsePolicy" ("id", "jobcentreId", "version", "responseHours", "countingMode", "openingHours", "warningAtPercent", "escalateManagerAfterHours")
        VALUES ('p-l', 'lolland', 1, 24, 'CLOCK_HOURS', '{}', 75, 24), ('p-f', 'faxe', 1, 24, 'CLOCK_HOURS', '{}', 75, 24);
      INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "jobcentreId") VALUES ('kam', 'kam@l.example', 'KAM', 'x', 'CONSULTANT', 'lolland');
      INSERT INTO "Company" ("id", "cvr", "name", "address", "postcode", "city", "keyAccountConsultantId", "keyAccountJobcentreId", "updatedAt") VALUES
        ('c1', '10150817', 'Sidst Skrevne Navn A/S', 'Havnegade 1', '4900', 'Nakskov', 'kam', 'lolland', now()),
        ('c2', '29403473', 'Uden Ordrer ApS', 'Torvet 4', '4640', 'Faxe', NULL, NULL, now());
      INSERT INTO "JobOrder" ("id", "number", "submissionKey", "jobcentreId", "companyId", "policyId", "contactName", "contactEmail", "contactPhone",
        "title", "description", "positions", "kind", "hoursPerWeek", "startDate", "workplacePostcode", "receivedAt", "workflowId") VALUES
        ('o1', 'JO-1', 's1', 'lolland', 'c1', 'p-l', 'A', 'a@x.example', '1', 'T', 'D', 1, 'ORDINARY', 37, '2027-01-04', '4900', '2026-11-01', 'w1'),
        ('o2', 'JO-2', 's2', 'lolland', 'c1', 'p-l', 'A', 'a@x.example', '1', 'T', 'D', 1, 'ORDINARY', 37, '2027-01-04', '4900', '2026-11-02', 'w2'),
        ('o3', 'JO-3', 's3', 'faxe', 'c1', 'p-f', 'A', 'a@x.example', '1', 'T', 'D', 1, 'ORDINARY', 37, '2027-01-04', '4640', '2026-11-03', 'w3');
    `);
    await scratch.migrate();
  }, 60_000);

  afterAll(async () => {
    await scratch?.drop();
  });

  it("gives each jobcentre with orders a relationship, and the key account to the jobcentre that had it", async () => {
    const { rows } = await db.query(`SELECT "jobcentreId", "companyId", "keyAccountConsultantId", "source"::text AS source, "createdAt" FROM "CompanyRelationship" ORDER BY 1, 2`);
    expect(rows.map((r) => [r.jobcentreId, r.companyId, r.keyAccountConsultantId, r.source])).toEqual([
      ["faxe", "c1", null, "JOB_ORDER"],
      ["lolland", "c1", "kam", "JOB_ORDER"],
    ]);
    // The relationship began with the jobcentre's first order.
    expect(rows.find((r) => r.jobcentreId === "lolland")!.createdAt.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("copies the company as the register said it onto every order", async () => {
    const { rows } = await db.query(`SELECT "id", "statedCompanyName", "statedCompanyAddress", "statedCompanyPostcode", "statedCompanyCity" FROM "JobOrder" ORDER BY 1`);
    expect(rows.map((r) => [r.id, r.statedCompanyName, r.statedCompanyAddress, r.statedCompanyPostcode, r.statedCompanyCity])).toEqual(
      ["o1", "o2", "o3"].map((id) => [id, "Sidst Skrevne Navn A/S", "Havnegade 1", "4900", "Nakskov"]),
    );
  });

  it("takes the key account off the national row", async () => {
    const { rows } = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Company' AND column_name LIKE 'keyAccount%'`);
    expect(rows).toEqual([]);
  });
});
