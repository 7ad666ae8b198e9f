// The company visits migration on data as it stood before it: the follow-up after a hire becomes AFTER_HIRE
// and goes to its task's assignee, any other visit becomes an outreach visit. Built in a scratch database
// migrated up to the step before.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchBefore, type MigrationScratch } from "../support/migration-scratch";

const MIGRATION = "20261203101403_company_visits";
describe(`the migration ${MIGRATION}`, () => {
  let scratch: MigrationScratch;
  let db: pg.Client;

  beforeAll(async () => {
    scratch = await scratchBefore(MIGRATION, "visits_migration");
    db = scratch.db;

    await db.query(`
      INSERT INTO "Jobcentre" ("id", "name", "municipality", "email", "phone") VALUES ('lolland', 'Jobcenter Lolland', 'Lolland', 'j@l.example', '1');
      INSERT INTO "ResponsePolicy" ("id", "jobcentreId", "version", "responseHours", "countingMode", "openingHours", "warningAtPercent", "escalateManagerAfterHours")
        VALUES ('p-l', 'lolland', 1, 24, 'CLOCK_HOURS', '{}', 75, 24);
      INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "jobcentreId") VALUES ('anne', 'anne@l.example', 'Anne', 'x', 'CONSULTANT', 'lolland');
      INSERT INTO "Company" ("id", "cvr", "name", "address", "postcode", "updatedAt") VALUES ('c1', '10150817', 'Fabrik A/S', 'Havnegade 1', '4900', now());
      INSERT INTO "JobOrder" ("id", "number", "submissionKey", "jobcentreId", "companyId", "policyId", "contactName", "contactEmail", "contactPhone",
        "title", "description", "positions", "kind", "hoursPerWeek", "startDate", "workplacePostcode", "receivedAt", "workflowId",
        "statedCompanyName", "statedCompanyAddress", "statedCompanyPostcode") VALUES
        ('o1', 'JO-1', 's1', 'lolland', 'c1', 'p-l', 'A', 'a@x.example', '1', 'T', 'D', 1, 'ORDINARY', 37, '2027-01-04', '4900', '2026-11-01', 'w1', 'Fabrik A/S', 'Havnegade 1', '4900');
      INSERT INTO "Task" ("id", "orderId", "jobcentreId", "kind", "dueAt", "assigneeId", "createdAt", "key") VALUES ('t1', 'o1', 'lolland', 'FOLLOW_UP', '2027-03-01', 'anne', now(), 'follow-up:r1');
      INSERT INTO "CompanyVisit" ("id", "companyId", "jobcentreId", "orderId", "taskId", "kind", "plannedFor") VALUES
        ('v-hire', 'c1', 'lolland', 'o1', 't1', 'FOLLOW_UP', '2027-03-01'),
        ('v-other', 'c1', 'lolland', NULL, NULL, 'VISIT', '2027-02-01');
    `);
    await scratch.migrate();
  }, 60_000);

  afterAll(async () => {
    await scratch?.drop();
  });

  it("makes the follow-up after a hire AFTER_HIRE, its task's assignee's, and any other visit an outreach visit", async () => {
    const { rows } = await db.query(`SELECT "id", "kind"::text AS kind, "consultantId", "durationMinutes", "outcome" FROM "CompanyVisit" ORDER BY 1`);
    expect(rows.map((r) => [r.id, r.kind, r.consultantId, r.durationMinutes, r.outcome])).toEqual([
      ["v-hire", "AFTER_HIRE", "anne", 60, null],
      ["v-other", "OUTREACH", null, 60, null],
    ]);
  });
});
