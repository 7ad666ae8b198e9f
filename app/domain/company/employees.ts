// The CVR register's employee intervals (antal ansatte) and how an extract may write them: the register's
// interval code ("ANTAL_5_9"), the interval itself ("5-9", "1000+") or a head count ("7").
import type { EmployeeBand } from "@prisma/client";

export const EMPLOYEE_BANDS = ["E0", "E1", "E2_4", "E5_9", "E10_19", "E20_49", "E50_99", "E100_199", "E200_499", "E500_999", "E1000_PLUS"] as const satisfies readonly EmployeeBand[];

/** Inclusive bounds; the last band has no upper bound. */
export const EMPLOYEE_BAND_BOUNDS: Record<EmployeeBand, { min: number; max: number | null }> = {
  E0: { min: 0, max: 0 },
  E1: { min: 1, max: 1 },
  E2_4: { min: 2, max: 4 },
  E5_9: { min: 5, max: 9 },
  E10_19: { min: 10, max: 19 },
  E20_49: { min: 20, max: 49 },
  E50_99: { min: 50, max: 99 },
  E100_199: { min: 100, max: 199 },
  E200_499: { min: 200, max: 499 },
  E500_999: { min: 500, max: 999 },
  E1000_PLUS: { min: 1000, max: null },
};

export function employeeBandLabel(band: EmployeeBand): string {
  const { min, max } = EMPLOYEE_BAND_BOUNDS[band];
  if (max === null) return `${min.toLocaleString("da-DK")}+ ansatte`;
  if (min === max) return `${min} ${min === 1 ? "ansat" : "ansatte"}`;
  return `${min}–${max} ansatte`;
}

export function bandOfHeadCount(count: number): EmployeeBand {
  return EMPLOYEE_BANDS.find((band) => {
    const { min, max } = EMPLOYEE_BAND_BOUNDS[band];
    return count >= min && (max === null || count <= max);
  })!;
}

/** The band an extract's cell names, or null when it names none. An empty cell is no band (undefined). */
export function parseEmployeeBand(cell: string): EmployeeBand | null | undefined {
  const value = cell.trim().toUpperCase().replace(/\s+/g, "");
  if (value === "") return undefined;
  if (/^\d{1,7}$/.test(value)) return bandOfHeadCount(Number(value));
  const interval = /^(?:ANTAL_)?(\d{1,4})(?:[-_–](\d{1,6})|\+)?$/.exec(value);
  if (!interval) return null;
  const min = Number(interval[1]);
  const max = interval[2] === undefined ? (value.endsWith("+") ? null : min) : Number(interval[2]);
  // The register writes its open top band as 1000_999999.
  const band = EMPLOYEE_BANDS.find((b) => {
    const bounds = EMPLOYEE_BAND_BOUNDS[b];
    return bounds.min === min && (bounds.max === max || (bounds.max === null && (max === null || max >= 999_999)));
  });
  return band ?? null;
}

/** Whether every company of the band has more than `threshold` employees (Frederikssund: more than 3). */
export function bandIsAbove(band: EmployeeBand, threshold: number): boolean {
  return EMPLOYEE_BAND_BOUNDS[band].min > threshold;
}
