// The plan's goals as data: the admin's form (shares in per cent, counts as whole numbers, "at least the
// national figure" only where one exists) and how a goal is read and judged.
import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { describeTarget, MEASURES, meetsGoal } from "~/domain/kpi/measures";
import { nationalFigureFor } from "~/models/kpi/goals.server";
import { goalFormSchema, nationalFigureFormSchema, percentToFraction } from "~/schemas/goals";
import { Prisma } from "@prisma/client";
import { REFERENCE_GOALS } from "../../prisma/reference-data";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

const GOAL = { intent: "saveGoal", year: "2026", measure: "SATISFIED", comparator: "AT_LEAST", target: "85", label: "Resultatmål 5a", wording: "Mindst 85 % er tilfredse." };

function goal(overrides: Record<string, string> = {}) {
  return parseWithZod(form({ ...GOAL, ...overrides }), { schema: goalFormSchema });
}

function goalErrors(overrides: Record<string, string>) {
  const submission = goal(overrides);
  expect(submission.status).toBe("error");
  return submission.status === "error" ? (submission.error ?? {}) : {};
}

describe("the goal form", () => {
  it("stores a share typed in per cent as a fraction", () => {
    const submission = goal({ target: "72,5" });
    expect(submission.status === "success" && submission.value).toMatchObject({ measure: "SATISFIED", year: 2026, target: 0.725, perItemTarget: null });
  });

  it("stores a count as a whole number", () => {
    const submission = goal({ measure: "ORDERS_RECEIVED", target: "75" });
    expect(submission.status === "success" && submission.value.target).toBe(75);
  });

  it("keeps the companies per campaign only for campaigns", () => {
    const campaigns = goal({ measure: "CAMPAIGNS", target: "3", perItemTarget: "150" });
    expect(campaigns.status === "success" && campaigns.value).toMatchObject({ target: 3, perItemTarget: 150 });
    const visits = goal({ measure: "COMPANY_VISITS", target: "450", perItemTarget: "150" });
    expect(visits.status === "success" && visits.value.perItemTarget).toBeNull();
  });

  it("compares formidlingsgrad with the national figure without a target of its own", () => {
    const submission = goal({ measure: "FORMIDLINGSGRAD", comparator: "AT_LEAST_NATIONAL", target: "" });
    expect(submission.status === "success" && submission.value).toMatchObject({ comparator: "AT_LEAST_NATIONAL", target: null });
  });

  it.each([
    ["a negative share", { target: "-5" }, "target"],
    ["a share above 100 %", { target: "120" }, "target"],
    ["a share of nothing", { target: "0" }, "target"],
    ["a count that is not whole", { measure: "ORDERS_RECEIVED", target: "7,5" }, "target"],
    ["an impossible count", { measure: "ORDERS_RECEIVED", target: "5000000" }, "target"],
    ["no target", { target: "" }, "target"],
    ["a national comparison where STAR publishes none", { measure: "SATISFIED", comparator: "AT_LEAST_NATIONAL", target: "" }, "comparator"],
    ["an unknown measure", { measure: "EVERYTHING" }, "measure"],
    ["a year out of range", { year: "1999" }, "year"],
    ["no wording", { wording: " " }, "wording"],
  ])("refuses %s with an error on its field", (_what, overrides, field) => {
    expect(goalErrors(overrides)[field]?.length).toBeGreaterThan(0);
  });
});

describe("the national figure form", () => {
  it("stores the figure as a fraction with its source", () => {
    const submission = parseWithZod(form({ intent: "saveNationalFigure", year: "2025", measure: "BESAETTELSESGRAD", value: "22", source: "STAR" }), { schema: nationalFigureFormSchema });
    expect(submission.status === "success" && submission.value).toMatchObject({ measure: "BESAETTELSESGRAD", year: 2025, value: 0.22, source: "STAR" });
  });

  it("refuses a measure STAR publishes no national figure for", () => {
    const submission = parseWithZod(form({ intent: "saveNationalFigure", year: "2025", measure: "SATISFIED", value: "22", source: "STAR" }), { schema: nationalFigureFormSchema });
    expect(submission.status === "error" && submission.error?.measure?.length).toBeGreaterThan(0);
  });
});

describe("reading and judging a goal", () => {
  it("reads a target as a person says it", () => {
    expect(describeTarget({ measure: "SATISFIED", comparator: "AT_LEAST", target: 0.85 })).toBe("mindst 85 %");
    expect(describeTarget({ measure: "CAMPAIGNS", comparator: "AT_LEAST", target: 3, perItemTarget: 150 })).toBe("mindst 3, hver med mindst 150 virksomheder");
    expect(describeTarget({ measure: "FORMIDLINGSGRAD", comparator: "AT_LEAST_NATIONAL", target: null })).toBe("mindst landsgennemsnittet");
  });

  it("judges a value against the target or the national figure, and knows nothing without a value", () => {
    expect(meetsGoal({ comparator: "AT_LEAST", target: 0.85 }, 0.9, null)).toBe(true);
    expect(meetsGoal({ comparator: "AT_MOST", target: 10 }, 12, null)).toBe(false);
    expect(meetsGoal({ comparator: "AT_LEAST_NATIONAL", target: null }, 0.7, 0.72)).toBe(false);
    expect(meetsGoal({ comparator: "AT_LEAST_NATIONAL", target: null }, 0.7, null)).toBeNull();
    expect(meetsGoal({ comparator: "AT_LEAST", target: 450 }, null, null)).toBeNull();
  });

  it("compares with the year's national figure, else the latest before it", () => {
    const figures = [2021, 2022].map((year) => ({ measure: "FORMIDLINGSGRAD" as const, year, value: new Prisma.Decimal(year === 2022 ? 0.72 : 0.7) }));
    expect(nationalFigureFor(figures, "FORMIDLINGSGRAD", 2026)).toEqual({ year: 2022, value: 0.72 });
    expect(nationalFigureFor(figures, "FORMIDLINGSGRAD", 2021)).toEqual({ year: 2021, value: 0.7 });
    expect(nationalFigureFor(figures, "FORMIDLINGSGRAD", 2020)).toBeNull();
    expect(nationalFigureFor(figures, "BESAETTELSESGRAD", 2026)).toBeNull();
  });

  it("computes every goal of the plans", () => {
    expect(REFERENCE_GOALS.filter((g) => !MEASURES[g.measure].computable).map((g) => g.measure)).toEqual([]);
  });

  it("reads a per cent written with a decimal comma", () => {
    expect(percentToFraction("72,5")).toBe(0.725);
    expect(percentToFraction("abc")).toBeNull();
  });
});
