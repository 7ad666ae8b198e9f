// The samarbejdsgrad on the real PostgreSQL, against a hand-worked register: each company with employees once,
// a scheme's order or a visit that came to schemes in the year counts; an ordinary order, another year, another
// jobcentre and a company of unknown size do not.
import { describe, expect, it } from "vitest";
import { buildDashboard, dashboardScope } from "../../app/models/kpi/dashboard.server";
import { cooperationFigures } from "../../app/models/kpi/visit-figures.server";
import { createHeldVisit, createJobcentre, createJobOrderRow, createRegisteredCompany, createStaffUser } from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();

const IN_YEAR = new Date("2026-05-04T10:00:00Z");
const YEAR_BEFORE = new Date("2025-11-04T10:00:00Z");

describe("the samarbejdsgrad", () => {
  it("counts the register's companies with employees that the jobcentre worked with on a scheme in the year", async () => {
    const { jobcentre, policy } = await createJobcentre(prisma);
    const { jobcentre: other, policy: otherPolicy } = await createJobcentre(prisma);
    const consultant = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
    const manager = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "MANAGER" });
    const company = (band: "E0" | "E1" | "E10_19" | null) => createRegisteredCompany(prisma, jobcentre.id, { employeeBand: band });
    const [internship, visited, ordinary, lastYear, theirs, idle, none] = await Promise.all([company("E10_19"), company("E1"), company("E10_19"), company("E10_19"), company("E1"), company("E1"), company("E0")]);
    const unknown = await company(null);
    await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, companyId: internship.id, kind: "COMPANY_INTERNSHIP", receivedAt: IN_YEAR });
    await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, companyId: internship.id, kind: "WAGE_SUBSIDY", receivedAt: IN_YEAR });
    await createHeldVisit(prisma, { jobcentreId: jobcentre.id, companyId: visited.id, consultantId: consultant.id, at: IN_YEAR, outcome: "SCHEMES" });
    await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, companyId: ordinary.id, kind: "ORDINARY", receivedAt: IN_YEAR });
    await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, companyId: lastYear.id, kind: "FLEX_JOB", receivedAt: YEAR_BEFORE });
    await createJobOrderRow(prisma, { jobcentreId: other.id, policyId: otherPolicy.id, companyId: theirs.id, kind: "FLEX_JOB", receivedAt: IN_YEAR });
    await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, companyId: none.id, kind: "FLEX_JOB", receivedAt: IN_YEAR });
    await createJobOrderRow(prisma, { jobcentreId: jobcentre.id, policyId: policy.id, companyId: unknown.id, kind: "FLEX_JOB", receivedAt: IN_YEAR });
    void idle;

    expect(await cooperationFigures({ jobcentreIds: [jobcentre.id] }, 2026, prisma)).toEqual({ companies: 6, cooperating: 2, unknownSize: 1 });

    await prisma.planGoal.create({ data: { jobcentreId: jobcentre.id, year: 2026, measure: "SAMARBEJDSGRAD", comparator: "AT_LEAST", target: 0.3, label: "Samarbejdsgrad", wording: "Mindst 30 %." } });
    const dashboard = await buildDashboard(await dashboardScope(manager, "jobcentre", prisma), { type: "year", year: 2026 }, new Date("2026-12-01T12:00:00Z"), prisma);
    const goal = dashboard.goals.find((g) => g.measure === "SAMARBEJDSGRAD")!;
    expect({ value: goal.value, status: goal.status }).toEqual({ value: "33,3 %", status: "met" });
    expect(dashboard.tables.cooperation?.rows.map((row) => row[1]!.value)).toEqual([6, 2, 0.3333, 1]);
  });
});
