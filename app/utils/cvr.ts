// CVR-nummer: the 8-digit Danish company number. The last digit is a modulus-11 check digit:
// with weights 2,7,6,5,4,3,2,1 the weighted digit sum is divisible by 11.

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Exactly 8 digits, not starting with 0, passing the modulus-11 check. Expects a normalised value. */
export function isValidCvr(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(value[i]) * WEIGHTS[i]!;
  return sum % 11 === 0;
}

/** What people type → what isValidCvr checks: removes all whitespace and a leading "DK" (any case). "DK 1015 0817" → "10150817". */
export function normalizeCvr(input: string): string {
  return input.replace(/\s+/g, "").replace(/^dk/i, "");
}
