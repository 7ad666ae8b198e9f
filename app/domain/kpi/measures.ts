// The measures a plan goal can have, how a target for each is written and read, and which the portal can
// compute today. Browser-safe: the goal form, its schema, the admin page and (later) the dashboard read it.
import type { GoalComparator, GoalMeasure } from "@prisma/client";

export type { GoalComparator, GoalMeasure };

type MeasureInfo = {
  /** The measure in the words of the plans and STAR. */
  label: string;
  /** A share is entered and shown in per cent and stored as a fraction; a count as a whole number. */
  unit: "share" | "count";
  /** False until the area that records it exists: shown as "cannot be computed yet", never as zero. */
  computable: boolean;
  /** STAR publishes a national figure for it, so a goal may be "at least the national figure". */
  national: boolean;
};

export const MEASURES: Record<GoalMeasure, MeasureInfo> = {
  ANSWERED_ON_TIME: { label: "Jobordrer besvaret inden for svarfristen", unit: "share", computable: true, national: false },
  FORMIDLINGSGRAD: { label: "Formidlingsgrad (jobordrer med henvisning)", unit: "share", computable: true, national: true },
  BESAETTELSESGRAD: { label: "Besættelsesgrad (jobordrer besat af en henvist kandidat)", unit: "share", computable: true, national: true },
  ORDERS_FILLED: { label: "Jobordrer, der endte med en ansættelse", unit: "share", computable: true, national: false },
  SATISFIED: { label: "Virksomheder, der er tilfredse eller meget tilfredse med servicen", unit: "share", computable: true, national: false },
  ORDERS_RECEIVED: { label: "Modtagne jobordrer i året", unit: "count", computable: true, national: false },
  COMPANY_VISITS: { label: "Virksomhedsbesøg i året", unit: "count", computable: true, national: false },
  CAMPAIGNS: { label: "Informationskampagner med virksomhedsbesøg", unit: "count", computable: true, national: false },
  PROGRAMME_COVERAGE: { label: "Virksomheder i besøgsprogrammet, der er besøgt eller har takket nej", unit: "share", computable: true, national: false },
  SAMARBEJDSGRAD: { label: "Samarbejdsgrad (virksomheder med ansatte, som jobcentret har samarbejdet med om ordninger)", unit: "share", computable: true, national: true },
};

export const GOAL_MEASURES = Object.keys(MEASURES) as GoalMeasure[];

export const COMPARATOR_LABELS: Record<GoalComparator, string> = {
  AT_LEAST: "Mindst",
  AT_MOST: "Højst",
  AT_LEAST_NATIONAL: "Mindst landsgennemsnittet",
};

/** The largest count a goal may ask for: more than any jobcentre receives or visits in a year. */
export const MAX_COUNT_TARGET = 100_000;

/** A target as a person reads it: "85 %", "75", "landsgennemsnittet". */
export function describeTarget(goal: { measure: GoalMeasure; comparator: GoalComparator; target: number | null; perItemTarget?: number | null }): string {
  const comparator = COMPARATOR_LABELS[goal.comparator].toLowerCase();
  if (goal.comparator === "AT_LEAST_NATIONAL" || goal.target === null) return comparator;
  const value = MEASURES[goal.measure].unit === "share" ? `${formatPercent(goal.target)} %` : goal.target.toLocaleString("da-DK");
  const each = goal.perItemTarget ? `, hver med mindst ${goal.perItemTarget.toLocaleString("da-DK")} virksomheder` : "";
  return `${comparator} ${value}${each}`;
}

/** 0.85 → "85", 0.725 → "72,5". */
export function formatPercent(fraction: number): string {
  return (Math.round(fraction * 1000) / 10).toLocaleString("da-DK");
}

/** Whether `value` keeps the goal. Null when the value is not known. */
export function meetsGoal(goal: { comparator: GoalComparator; target: number | null }, value: number | null, national: number | null): boolean | null {
  if (value === null) return null;
  if (goal.comparator === "AT_LEAST_NATIONAL") return national === null ? null : value >= national;
  if (goal.target === null) return null;
  return goal.comparator === "AT_LEAST" ? value >= goal.target : value <= goal.target;
}

export type GoalStatus = "met" | "notMet" | "onTrack" | "behind" | "noData" | "noNationalFigure" | "notComputable";

/**
 * Where a goal stands: kept, not kept, nothing to measure yet, no national figure to compare, or not
 * computable. A count target of a year still running is on track or behind by its projection.
 */
export function goalStatus(
  goal: { measure: GoalMeasure; comparator: GoalComparator; target: number | null },
  value: number | null,
  national: number | null,
  /** For a count of a year that has not ended: where the year is heading. */
  running?: { projectedForYear: number | null } | null,
): GoalStatus {
  if (!MEASURES[goal.measure].computable) return "notComputable";
  if (value === null) return "noData";
  const met = meetsGoal(goal, value, national);
  if (met === null) return "noNationalFigure";
  if (met || !running) return met ? "met" : "notMet";
  return meetsGoal(goal, running.projectedForYear, national) ? "onTrack" : "behind";
}

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  met: "Nået",
  notMet: "Ikke nået",
  onTrack: "På vej",
  behind: "Bagud",
  noData: "Ingen data endnu",
  noNationalFigure: "Landstal mangler",
  notComputable: "Kan ikke beregnes endnu",
};

/** Goals off track: what the dashboard and the digest call out. */
export const OFF_TRACK: ReadonlySet<GoalStatus> = new Set<GoalStatus>(["notMet", "behind"]);
