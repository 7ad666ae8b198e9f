// A jobcentre's focus branches (Lolland's five) as industry code prefixes: which branch a company's code falls
// in. Pure: the company page, the campaign form and the figures read it.

export type FocusBranchCodes = { id: string; name: string; industryCodes: readonly string[] };

/** The focus branch whose prefix matches the code furthest (the longest prefix), or null. */
export function focusBranchOf<T extends FocusBranchCodes>(industryCode: string | null, branches: readonly T[]): T | null {
  if (!industryCode) return null;
  let best: { branch: T; length: number } | null = null;
  for (const branch of branches) {
    for (const prefix of branch.industryCodes) {
      if (industryCode.startsWith(prefix) && (!best || prefix.length > best.length)) best = { branch, length: prefix.length };
    }
  }
  return best?.branch ?? null;
}

/** Prefixes that two branches share, or where one is inside another's: a code would belong to both. */
export function overlappingPrefixes(branches: readonly FocusBranchCodes[]): string[] {
  const all = branches.flatMap((b) => b.industryCodes.map((code) => ({ code, branch: b.name })));
  return all.filter((a) => all.some((b) => a.branch !== b.branch && (a.code.startsWith(b.code) || b.code.startsWith(a.code)))).map((a) => a.code);
}
