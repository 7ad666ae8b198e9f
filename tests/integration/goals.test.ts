// The plan's goals on the real PostgreSQL: the seeds' goals are reference data of the four jobcentres, loaded
// once and never over what an admin changed; a goal is one per jobcentre, year and measure; an admin removes
// only their own jobcentre's goals.
import { describe, expect, it } from "vitest";
import { deleteGoal, goalsAdminPage, saveGoal } from "../../app/models/kpi/goals.server";
import { REFERENCE_GOAL_YEAR, REFERENCE_GOALS } from "../../prisma/reference-data";
import { createJobcentre, createStaffUser, ensureReferenceData } from "../factories";
import { prisma, useTestDatabase } from "../support/test-database";

useTestDatabase();

const GOAL = { intent: "saveGoal" as const, year: 2027, measure: "ORDERS_RECEIVED" as const, comparator: "AT_LEAST" as const, target: 75, perItemTarget: null, label: "Volumen", wording: "75 jobordrer." };

describe("the plans' goals", () => {
  it("are loaded for the four jobcentres as the seeds state them", async () => {
    const goals = await prisma.planGoal.findMany({ where: { year: REFERENCE_GOAL_YEAR, jobcentreId: { in: ["faxe", "frederikssund", "lejre", "lolland"] } } });
    const loaded = goals.map((g) => [g.jobcentreId, g.measure, g.comparator, g.target?.toNumber() ?? null]).sort();
    expect(loaded).toEqual(REFERENCE_GOALS.map((g) => [g.jobcentreId, g.measure, g.comparator, g.target]).sort());
  });

  it("are not loaded again over an admin's change", async () => {
    const admin = await createStaffUser(prisma, { jobcentreId: "lejre", role: "ADMIN" });
    const lejre = REFERENCE_GOALS.find((g) => g.jobcentreId === "lejre")!;
    await saveGoal("lejre", admin.id, { ...GOAL, year: REFERENCE_GOAL_YEAR, measure: lejre.measure, target: 80, label: lejre.label, wording: lejre.wording }, prisma);
    await ensureReferenceData(prisma);
    const goal = await prisma.planGoal.findUniqueOrThrow({ where: { jobcentreId_year_measure: { jobcentreId: "lejre", year: REFERENCE_GOAL_YEAR, measure: lejre.measure } } });
    expect(goal.target?.toNumber()).toBe(80);
    await saveGoal("lejre", admin.id, { ...GOAL, year: REFERENCE_GOAL_YEAR, measure: lejre.measure, target: lejre.target!, label: lejre.label, wording: lejre.wording }, prisma);
  });

  it("keeps one goal per jobcentre, year and measure: saving again replaces it", async () => {
    const { jobcentre } = await createJobcentre(prisma);
    const admin = await createStaffUser(prisma, { jobcentreId: jobcentre.id, role: "ADMIN" });
    await saveGoal(jobcentre.id, admin.id, GOAL, prisma);
    await saveGoal(jobcentre.id, admin.id, { ...GOAL, target: 90 }, prisma);
    const goals = await prisma.planGoal.findMany({ where: { jobcentreId: jobcentre.id } });
    expect(goals.map((g) => [g.measure, g.target?.toNumber(), g.updatedById])).toEqual([["ORDERS_RECEIVED", 90, admin.id]]);
  });

  it("removes a goal only from its own jobcentre", async () => {
    const mine = await createJobcentre(prisma);
    const theirs = await createJobcentre(prisma);
    const admin = await createStaffUser(prisma, { jobcentreId: theirs.jobcentre.id, role: "ADMIN" });
    const goal = await saveGoal(theirs.jobcentre.id, admin.id, GOAL, prisma);
    expect(await deleteGoal(mine.jobcentre.id, goal.id, prisma)).toBe(false);
    expect(await prisma.planGoal.count({ where: { id: goal.id } })).toBe(1);
    expect(await deleteGoal(theirs.jobcentre.id, goal.id, prisma)).toBe(true);
  });

  it("shows campaigns and visits as goals that can be computed, and a national goal with the latest national figure", async () => {
    const faxe = await goalsAdminPage("faxe", REFERENCE_GOAL_YEAR, prisma);
    expect(faxe.goals.map((g) => [g.measure, g.computable])).toEqual([
      ["COMPANY_VISITS", true],
      ["CAMPAIGNS", true],
    ]);
    const frederikssund = await goalsAdminPage("frederikssund", REFERENCE_GOAL_YEAR, prisma);
    expect(frederikssund.goals.find((g) => g.measure === "FORMIDLINGSGRAD")?.national).toBe("72 % (2022)");
  });
});
