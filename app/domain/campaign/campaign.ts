// Information campaigns (decision 022): which companies a campaign may choose, how the chosen companies are
// split among consultants, when a company counts as visited, and when a campaign has reached its target.
// Pure: the campaign's pages, its form and the dashboard's campaign goal all read these rules.

export const CAMPAIGN_LIMITS = {
  topic: 200,
  description: 4_000,
  /** Most companies one campaign can choose: more is a mailing, not a round of visits. */
  companies: 2_000,
  /** The longest a campaign can run, in days. */
  days: 366,
  industryCodes: 30,
  postcodes: 200,
  consultants: 50,
} as const;

/**
 * A company with advertising protection (reklamebeskyttelse) is never chosen for a campaign: a campaign is an
 * approach the company did not ask for, made from a register extract, which is what the protection refuses.
 * Staff can still plan an ordinary visit to such a company, as to any other.
 */
export function mayBeChosen(company: { advertisingProtected: boolean }): boolean {
  return !company.advertisingProtected;
}

/** An industry code prefix as the form takes it: 2 to 6 digits (a DB25/DB07 section, group or the full code). */
export function isIndustryPrefix(value: string): boolean {
  return /^\d{2,6}$/.test(value);
}

/**
 * Gives the chosen companies to the consultants in runs that follow the order given (by postcode, then name):
 * each consultant gets neighbours to visit, and the runs differ by at most one company.
 */
export function splitAmong<T>(companies: readonly T[], consultantIds: readonly string[]): Array<{ company: T; consultantId: string }> {
  if (consultantIds.length === 0) return [];
  const base = Math.floor(companies.length / consultantIds.length);
  const extra = companies.length % consultantIds.length;
  const result: Array<{ company: T; consultantId: string }> = [];
  let next = 0;
  consultantIds.forEach((consultantId, i) => {
    const size = base + (i < extra ? 1 : 0);
    for (const company of companies.slice(next, next + size)) result.push({ company, consultantId });
    next += size;
  });
  return result;
}

export type CampaignState = "COMING" | "RUNNING" | "ENDED";

export const CAMPAIGN_STATE_LABELS: Record<CampaignState, string> = {
  COMING: "Kommende",
  RUNNING: "I gang",
  ENDED: "Afsluttet",
};

/** Where the campaign stands on `today` (yyyy-mm-dd, in Denmark): its last day is `endsOn`. */
export function campaignState(campaign: { startsOn: string; endsOn: string }, today: string): CampaignState {
  if (today < campaign.startsOn) return "COMING";
  return today <= campaign.endsOn ? "RUNNING" : "ENDED";
}

/** The plan year a campaign counts in: the year it starts (Faxe's "three campaigns a year"). */
export function campaignYear(campaign: { startsOn: string }): number {
  return Number(campaign.startsOn.slice(0, 4));
}

/**
 * How many companies a campaign must visit to count for the plan's campaign goal: the goal's own number
 * (Faxe's 150) when it has one, else what the campaign itself set out to reach.
 */
export function companiesToReach(campaign: { targetCompanies: number }, perItemTarget: number | null): number {
  return perItemTarget ?? campaign.targetCompanies;
}

export type CampaignProgress = {
  visited: number;
  target: number;
  reached: boolean;
  share: number | null;
};

export function progressOf(visited: number, target: number): CampaignProgress {
  return {
    visited,
    target,
    reached: visited >= target,
    share: target > 0 ? Math.min(1, visited / target) : null,
  };
}

/**
 * The campaign goal's figure for a year: the campaigns that reached their number of companies, and where the
 * year is heading (those reached plus those still running, which may yet reach theirs).
 */
export function campaignGoalCount(
  campaigns: ReadonlyArray<{
    startsOn: string;
    endsOn: string;
    targetCompanies: number;
    visited: number;
  }>,
  perItemTarget: number | null,
  today: string
): { reached: number; stillRunning: number } {
  let reached = 0;
  let stillRunning = 0;
  for (const c of campaigns) {
    if (progressOf(c.visited, companiesToReach(c, perItemTarget)).reached) reached += 1;
    else if (campaignState(c, today) !== "ENDED") stillRunning += 1;
  }
  return { reached, stillRunning };
}
