// Industry codes: the CVR register uses DB25 (Dansk Branchekode 2025, NACE Rev. 2.1) since January 2025, and
// DB07 before it. A code is stored with its classification, so an older record's DB07 code stays readable.
import type { IndustryClassification } from "@prisma/client";

export const INDUSTRY_CLASSIFICATIONS = ["DB25", "DB07"] as const satisfies readonly IndustryClassification[];
/** What an extract without a classification column means: the register's current one. */
export const CURRENT_INDUSTRY_CLASSIFICATION: IndustryClassification = "DB25";

/** Six digits in both classifications (DB07 and DB25 sub-groups). */
export function isIndustryCode(value: string): boolean {
  return /^\d{6}$/.test(value);
}

export function parseIndustryClassification(cell: string): IndustryClassification | null | undefined {
  const value = cell.trim().toUpperCase().replace(/\s+/g, "");
  if (value === "") return undefined;
  return (INDUSTRY_CLASSIFICATIONS as readonly string[]).includes(value) ? (value as IndustryClassification) : null;
}

export function industryLabel(code: string | null, classification: IndustryClassification | null): string | null {
  if (!code) return null;
  return `${code} (${classification ?? CURRENT_INDUSTRY_CLASSIFICATION})`;
}
