// The visit programme's figures and the plan goal they measure (decision 019), on the real PostgreSQL with
// hand-worked enrolments: companies in the year's programme, visited, followed up, declined, overdue; the
// goal's share counts each company visited or declining once; a consultant's own scope is their key accounts.
import { describe, expect, it } from "vitest";
import type { EnrolmentStatus } from "@prisma/client";
import { buildDashboard, dashboardScope } from "../../app/models/kpi/dashboard.server";
import { programmeCoverage, programmeFigures } from "../../app/models/kpi/visit-figures.server";
import { createJobcentre, createRegisteredCompany, createStaffUser, createVisitProgramme } from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();

const NOW = new Date("2026-06-15T10:00:00Z");

async function setUp() {
  const { jobcentre } = await createJobcentre(prisma);
  const consultant = await createStaffUser(prisma, { jobcentreId: jobcentre.id });
  const manager = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "MANAGER" });
  const programme = await createVisitProgramme(prisma, jobcentre.id, { name: "Besøg og opfølgning 2026", startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31") });
  const earlier = await createVisitProgramme(prisma, jobcentre.id, { name: "Besøg 2025", startsOn: new Date("2025-01-01"), endsOn: new Date("2025-12-31") });
  const enrol = async (status: EnrolmentStatus, extra: { firstVisitAt?: Date; followUpDueAt?: Date; keyAccount?: boolean; programmeId?: string } = {}) => {
    const company = await createRegisteredCompany(prisma, jobcentre.id, { employeeBand: "E10_19" }, extra.keyAccount ? consultant.id : null);
    await prisma.programmeEnrolment.create({
      data: {
        programmeId: extra.programmeId ?? programme.id,
        companyId: company.id,
        jobcentreId: jobcentre.id,
        status,
        firstVisitDueAt: new Date("2026-12-31T22:59:59.999Z"),
        firstVisitAt: extra.firstVisitAt ?? null,
        followUpDueAt: extra.followUpDueAt ?? null,
      },
    });
  };
  const march = new Date("2026-03-02T09:00:00Z");
  await enrol("AWAITING_VISIT", { keyAccount: true });
  await enrol("AWAITING_VISIT");
  await enrol("AWAITING_FOLLOW_UP", { firstVisitAt: march, followUpDueAt: new Date("2026-09-02T21:59:59.999Z"), keyAccount: true });
  // Its follow-up was due in May and the workflow has not got round to it yet: overdue.
  await enrol("AWAITING_FOLLOW_UP", { firstVisitAt: new Date("2025-11-02T09:00:00Z"), followUpDueAt: new Date("2026-05-02T21:59:59.999Z") });
  await enrol("FOLLOWED_UP", { firstVisitAt: march });
  // Declined after the first visit: once in the goal's numerator.
  await enrol("DECLINED", { firstVisitAt: march });
  await enrol("DECLINED");
  await enrol("FOLLOW_UP_MISSED", { firstVisitAt: march });
  // Last year's programme is not this year's.
  await enrol("VISIT_MISSED", { programmeId: earlier.id });
  return { jobcentre, consultant, manager };
}

describe("the visit programme's figures", () => {
  it("count the year's programme companies by what they have had, and the goal's share once per company", async () => {
    const { jobcentre, consultant } = await setUp();
    const figures = await programmeFigures({ jobcentreIds: [jobcentre.id] }, 2026, NOW, prisma);
    expect(figures).toEqual({ names: ["Besøg og opfølgning 2026"], covered: 8, visited: 5, followedUp: 1, declined: 2, visitedOrDeclined: 6, overdue: 2 });
    expect(programmeCoverage(figures)).toBe(6 / 8);
    const mine = await programmeFigures({ jobcentreIds: [jobcentre.id], assigneeId: consultant.id }, 2026, NOW, prisma);
    expect({ covered: mine.covered, visited: mine.visited }).toEqual({ covered: 2, visited: 1 });
    const lastYear = await programmeFigures({ jobcentreIds: [jobcentre.id] }, 2025, NOW, prisma);
    expect({ names: lastYear.names, covered: lastYear.covered }).toEqual({ names: ["Besøg 2025"], covered: 1 });
    expect(programmeCoverage(await programmeFigures({ jobcentreIds: [jobcentre.id] }, 2024, NOW, prisma))).toBeNull();
  });

  it("measure the plan's programme goal on the dashboard, with its table and the way to the list", async () => {
    const { jobcentre, manager } = await setUp();
    await prisma.planGoal.create({ data: { jobcentreId: jobcentre.id, year: 2026, measure: "PROGRAMME_COVERAGE", comparator: "AT_LEAST", target: 1, label: "Besøg og opfølgning", wording: "Alle virksomheder med mere end 3 ansatte tilbydes et besøg." } });
    const ds = await dashboardScope(manager, "jobcentre", prisma);
    const dashboard = await buildDashboard(ds, { type: "year", year: 2026 }, NOW, prisma);
    const goal = dashboard.goals.find((g) => g.measure === "PROGRAMME_COVERAGE")!;
    expect({ value: goal.value, status: goal.status, href: goal.href }).toEqual({ value: "75 %", status: "notMet", href: "/besoeg/program" });
    expect(dashboard.tables.programme?.rows.map((row) => row[1]!.value)).toEqual([8, 5, 1, 2, 2, 0.75]);
  });
});
