// The plan's goals of a jobcentre per year and the national figures, as an admin keeps them, and the
// admin page's view of them. The dashboard reads the same rows (issue 9's next slices).
import type { NationalFigure, PlanGoal, PrismaClient } from "@prisma/client";
import { COMPARATOR_LABELS, describeTarget, formatPercent, GOAL_MEASURES, MEASURES } from "~/domain/kpi/measures";
import type { GoalFormValue, NationalFigureFormValue } from "~/schemas/goals";
import { getPrisma } from "~/utils/db.server";
import { formatDateTime } from "~/utils/format";

export function listGoals(jobcentreId: string, year: number, prisma: PrismaClient = getPrisma()) {
  return prisma.planGoal.findMany({ where: { jobcentreId, year }, include: { updatedBy: { select: { name: true } } } });
}

/** A goal per jobcentre, year and measure: saving one for a measure that has a goal replaces it. */
export async function saveGoal(jobcentreId: string, userId: string, value: GoalFormValue, prisma: PrismaClient = getPrisma()): Promise<PlanGoal> {
  const data = {
    comparator: value.comparator,
    target: value.target,
    perItemTarget: value.perItemTarget,
    label: value.label,
    wording: value.wording,
    updatedById: userId,
  };
  return prisma.planGoal.upsert({
    where: { jobcentreId_year_measure: { jobcentreId, year: value.year, measure: value.measure } },
    create: { jobcentreId, year: value.year, measure: value.measure, ...data },
    update: data,
  });
}

/** Removes a goal of the admin's own jobcentre; false when there is none with that id there. */
export async function deleteGoal(jobcentreId: string, goalId: string, prisma: PrismaClient = getPrisma()): Promise<boolean> {
  const { count } = await prisma.planGoal.deleteMany({ where: { id: goalId, jobcentreId } });
  return count > 0;
}

export function listNationalFigures(prisma: PrismaClient = getPrisma()) {
  return prisma.nationalFigure.findMany({ orderBy: [{ year: "desc" }, { measure: "asc" }], include: { updatedBy: { select: { name: true } } } });
}

export async function saveNationalFigure(userId: string, value: NationalFigureFormValue, prisma: PrismaClient = getPrisma()): Promise<NationalFigure> {
  const data = { value: value.value, source: value.source, updatedById: userId };
  return prisma.nationalFigure.upsert({
    where: { measure_year: { measure: value.measure, year: value.year } },
    create: { measure: value.measure, year: value.year, ...data },
    update: data,
  });
}

/**
 * The national figure a goal of `year` is compared with: that year's, else the latest before it (STAR
 * publishes late), with its own year so the page can say which it is.
 */
export function nationalFigureFor(figures: Array<Pick<NationalFigure, "measure" | "year" | "value">>, measure: NationalFigure["measure"], year: number) {
  const candidates = figures.filter((f) => f.measure === measure && f.year <= year).sort((a, b) => b.year - a.year);
  const figure = candidates[0];
  return figure ? { year: figure.year, value: figure.value.toNumber() } : null;
}

/** The admin page: the year's goals in the plan's words, what can be computed, and the national figures. */
export async function goalsAdminPage(jobcentreId: string, year: number, prisma: PrismaClient = getPrisma()) {
  const [goals, figures] = await Promise.all([listGoals(jobcentreId, year, prisma), listNationalFigures(prisma)]);
  const byMeasure = new Map(goals.map((g) => [g.measure, g]));
  return {
    year,
    goals: GOAL_MEASURES.flatMap((measure) => {
      const goal = byMeasure.get(measure);
      if (!goal) return [];
      const target = goal.target === null ? null : goal.target.toNumber();
      const national = goal.comparator === "AT_LEAST_NATIONAL" ? nationalFigureFor(figures, measure, year) : null;
      return [
        {
          id: goal.id,
          measure,
          measureLabel: MEASURES[measure].label,
          label: goal.label,
          wording: goal.wording,
          target: describeTarget({ measure, comparator: goal.comparator, target, perItemTarget: goal.perItemTarget }),
          national: goal.comparator === "AT_LEAST_NATIONAL" ? (national ? `${formatPercent(national.value)} % (${national.year})` : "Ikke indtastet") : null,
          // Never shown as zero: the figure needs an area the portal does not have yet.
          computable: MEASURES[measure].computable,
          updated: `${formatDateTime(goal.updatedAt)}${goal.updatedBy ? ` af ${goal.updatedBy.name}` : ""}`,
          // The form's values to edit it.
          values: {
            year: String(year),
            measure,
            comparator: goal.comparator,
            target: target === null ? "" : MEASURES[measure].unit === "share" ? formatPercent(target) : String(target),
            perItemTarget: goal.perItemTarget === null ? "" : String(goal.perItemTarget),
            label: goal.label,
            wording: goal.wording,
          },
        },
      ];
    }),
    measures: GOAL_MEASURES.map((m) => ({ value: m, label: MEASURES[m].label, unit: MEASURES[m].unit, national: MEASURES[m].national, computable: MEASURES[m].computable })),
    comparators: Object.entries(COMPARATOR_LABELS).map(([value, label]) => ({ value, label })),
    nationalFigures: figures.map((f) => ({
      id: f.id,
      measure: MEASURES[f.measure].label,
      year: f.year,
      value: `${formatPercent(f.value.toNumber())} %`,
      source: f.source,
      updated: `${formatDateTime(f.updatedAt)}${f.updatedBy ? ` af ${f.updatedBy.name}` : ""}`,
    })),
  };
}
