// Pure statistics for the response-time figures. Kept free of I/O so the definitions are tested directly.

/**
 * Nearest-rank percentile: the smallest value with at least p % of the values at or below it.
 * Always one of the observed values, so a figure can be traced to an order. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!Number.isFinite(p) || p <= 0 || p > 100) throw new RangeError(`percentile p must be in (0, 100], got ${p}`);
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The middle value; for an even count the mean of the two middle values. Null for no values. */
export function median(values: readonly number[]): number | null {
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** numerator / denominator, or null when there is nothing to divide (a share of nothing is not 0 %). */
export function share(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

function sortedFinite(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}
