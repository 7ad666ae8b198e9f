// Why an open order closes when it does: the rule the lifecycle applies (workflows/activities/lifecycle.ts,
// startLifecycle) in words for the employer and the consultant. Pure.

export type ClosingBasis = {
  /** The employer's own last day for candidates, if they gave one. */
  hasApplicationDeadline: boolean;
  /** The policy's default: days after receipt an order without an application deadline stays open. */
  orderOpenDays: number;
  /** YYYY-MM-DD dates in Copenhagen. */
  closesOn: string;
  startDate: string | null;
};

/** "på ansøgningsfristen", or the default and why it comes before the start date when it does. */
export function closingReason(basis: ClosingBasis, audience: "employer" | "staff" = "employer"): string {
  if (basis.hasApplicationDeadline) return "Det er ansøgningsfristen.";
  const reason = `Der er ingen ansøgningsfrist, så jobordren er åben i ${basis.orderOpenDays} dage fra modtagelsen, som jobcentret gør med alle jobordrer.`;
  const beforeStart = basis.startDate !== null && basis.closesOn < basis.startDate;
  return beforeStart
    ? `${reason} Det er før startdatoen, fordi kandidaterne skal være fundet og ansat, inden de starter. ${audience === "employer" ? "Har I brug for mere tid, så skriv det til jobcentret." : "Vil virksomheden have mere tid, kan I aftale det."}`
    : reason;
}
