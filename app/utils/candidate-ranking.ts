// How candidate search ranks jobseekers for a job order, and who may be considered for which kind of
// order. Pure: the database computes the signals (full-text rank, trigram similarity, distance), this
// module turns them into a score and a short Danish explanation. The SQL in
// app/models/referral/candidate-search.server.ts orders by the same formula, built from the constants below.
import type { BenefitGroup, JobOrderKind } from "@prisma/client";

/**
 * Weights of the four parts of the score; they sum to 1, so a score is between 0 and 1.
 * The text match dominates: a consultant's words say what the employer needs. Certificates and licences
 * the query names come next (a truck job without a truck certificate is rarely a match); distance and
 * hours break ties among similar profiles.
 */
export const RANKING_WEIGHTS = { text: 0.5, credentials: 0.2, distance: 0.15, hours: 0.15 } as const;

/** ts_rank_cd at which the full-text part is one half: one plain (weight D) hit gives 0.1, i.e. 2/3. */
export const FTS_RANK_HALF = 0.05;
/** Distance part when either postcode has no coordinates: neither rewarded nor punished. */
export const UNKNOWN_DISTANCE_SCORE = 0.5;
/**
 * Kilometres from the workplace at which the distance part reaches 0. The same scale for everyone, so nearer
 * is always better for the order (a jobseeker's own maximum travel decides only whether they are shown at all).
 */
export const DISTANCE_FOR_NO_SCORE_KM = 50;
/** Held credentials named by the query that give the full credential part. */
export const CREDENTIALS_FOR_FULL_SCORE = 2;
/** word_similarity(certificate, query) from which the query counts as naming the certificate. */
export const CERTIFICATE_MENTION_THRESHOLD = 0.6;

export type RankSignals = {
  /** ts_rank_cd(searchDocument, websearch_to_tsquery('danish', q)); 0 when no match or no query. */
  textRank: number;
  /** word_similarity(q, keywordText): the query against occupations, skills and certificates, 0–1; 0 when no query. */
  trigramSimilarity: number;
  /** The jobseeker's sought occupation that best matches the query, if any does. */
  matchedOccupation: string | null;
  /** Certificates and driving licences the jobseeker holds and the query names ("truckcertifikat", "kørekort C"). */
  matchedCredentials: string[];
  distanceKm: number | null;
  maxTravelKm: number;
  hoursAvailable: number;
  orderHours: number;
};

export type RankParts = { text: number; credentials: number; distance: number; hours: number };

function clamp01(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}

/** Each part of the score in 0–1 (before weighting). */
export function rankParts(s: RankSignals): RankParts {
  const rank = Math.max(0, s.textRank);
  const fts = rank / (rank + FTS_RANK_HALF);
  const distance = s.distanceKm === null ? UNKNOWN_DISTANCE_SCORE : clamp01(1 - s.distanceKm / DISTANCE_FOR_NO_SCORE_KM);
  return {
    text: clamp01(Math.max(fts, s.trigramSimilarity)),
    credentials: Math.min(s.matchedCredentials.length, CREDENTIALS_FOR_FULL_SCORE) / CREDENTIALS_FOR_FULL_SCORE,
    distance,
    hours: s.orderHours <= 0 ? 1 : clamp01(s.hoursAvailable / s.orderHours),
  };
}

/** "Truckcertifikat" → "truckcertifikat", but "ADR-bevis" and "IT" stay as written. */
function inSentence(term: string): string {
  const t = term.trim();
  if (t.length >= 2 && t[0] !== t[0]!.toLocaleLowerCase("da-DK") && t[1] === t[1]!.toLocaleLowerCase("da-DK")) {
    return t[0]!.toLocaleLowerCase("da-DK") + t.slice(1);
  }
  return t;
}

const numberFormat = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });

export function formatDistance(km: number | null): string {
  if (km === null) return "afstand ukendt";
  if (km < 1) return "under 1 km";
  return `${Math.round(km)} km`;
}

/**
 * The score (0–1, higher is better) and why, in the order of the weights: what matched the words, the
 * certificates and licences the query names, the distance, the hours available.
 */
export function rankCandidate(s: RankSignals): { score: number; reasons: string[] } {
  const parts = rankParts(s);
  const score =
    RANKING_WEIGHTS.text * parts.text +
    RANKING_WEIGHTS.credentials * parts.credentials +
    RANKING_WEIGHTS.distance * parts.distance +
    RANKING_WEIGHTS.hours * parts.hours;

  const credentials = s.matchedCredentials.map(inSentence);
  const reasons: string[] = [];
  const occupation = s.matchedOccupation ? inSentence(s.matchedOccupation) : null;
  // An occupation named again as a credential would say the same thing twice.
  if (occupation && !credentials.some((c) => c.toLocaleLowerCase("da-DK") === occupation.toLocaleLowerCase("da-DK"))) {
    reasons.push(occupation);
  } else if (!occupation && credentials.length === 0 && parts.text > 0) {
    reasons.push("søgeord i kompetencer/CV");
  }
  reasons.push(...credentials);
  reasons.push(formatDistance(s.distanceKm));
  reasons.push(`${numberFormat.format(s.hoursAvailable)} t/uge`);
  return { score, reasons };
}

/** Great-circle distance in km between two WGS84 points (mean Earth radius 6371 km). */
export function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.latitude - a.latitude);
  const dLon = toRad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.latitude)) * Math.cos(toRad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const EARTH_RADIUS_KM = 6371;

const ALL_BENEFIT_GROUPS: BenefitGroup[] = [
  "UNEMPLOYMENT_BENEFIT",
  "JOB_READY_CASH_BENEFIT",
  "EDUCATION_BENEFIT",
  "FLEX_JOB_ELIGIBLE",
  "IGU_ELIGIBLE_REFUGEE",
];

/**
 * Which benefit groups may be searched for an order of each kind:
 *
 * | kind of order                                    | eligible benefit groups                                   |
 * |--------------------------------------------------|-----------------------------------------------------------|
 * | FLEX_JOB (fleksjob)                              | FLEX_JOB_ELIGIBLE only                                    |
 * | IGU (integrationsgrunduddannelse)                | IGU_ELIGIBLE_REFUGEE only                                 |
 * | ORDINARY, SMALL_JOB, WAGE_SUBSIDY,               | every group except FLEX_JOB_ELIGIBLE: UNEMPLOYMENT_BENEFIT,|
 * | COMPANY_INTERNSHIP, ADULT_APPRENTICE, APPRENTICE,| JOB_READY_CASH_BENEFIT, EDUCATION_BENEFIT,                |
 * | JOB_ROTATION                                     | IGU_ELIGIBLE_REFUGEE                                      |
 *
 * People visiteret til fleksjob (on ledighedsydelse) can only be employed in a fleksjob, so they are
 * never offered for the other kinds; an IGU position is by law only for refugees and family-reunified
 * persons aged 18–40, who may also take any ordinary job.
 */
export function eligibleBenefitGroups(kind: JobOrderKind): BenefitGroup[] {
  switch (kind) {
    case "FLEX_JOB":
      return ["FLEX_JOB_ELIGIBLE"];
    case "IGU":
      return ["IGU_ELIGIBLE_REFUGEE"];
    case "ORDINARY":
    case "SMALL_JOB":
    case "WAGE_SUBSIDY":
    case "COMPANY_INTERNSHIP":
    case "ADULT_APPRENTICE":
    case "APPRENTICE":
    case "JOB_ROTATION":
      return ALL_BENEFIT_GROUPS.filter((g) => g !== "FLEX_JOB_ELIGIBLE");
    default: {
      // A new kind must be placed in the table above before it can be searched for.
      const unknown: never = kind;
      throw new Error(`Unknown job order kind: ${String(unknown)}`);
    }
  }
}

const LICENCE_CODE = "(am|a1|a2|a|b|be|c1|c1e|c|ce|d1|d1e|d|de)";
const LICENCE_MENTIONS = [
  // "kørekort B", "kørekort til C", "kørekort kategori CE"
  new RegExp(`kørekort\\s+(?:til\\s+|kategori\\s+)?${LICENCE_CODE}(?![\\p{L}\\p{N}])`, "giu"),
  // "C-kørekort", "CE kørekort", "B-kort"
  new RegExp(`(?<![\\p{L}\\p{N}])${LICENCE_CODE}(?:[-\\s]?kørekort|-kort)`, "giu"),
];

/**
 * The driving licence categories a query names, upper-cased ("lastbilchauffør med C-kørekort" → ["C"]).
 * "kørekort" without a category means any licence (every category above B requires B), as ["*"].
 */
export function mentionedLicences(query: string): string[] {
  const codes = new Set<string>();
  for (const pattern of LICENCE_MENTIONS) {
    for (const match of query.matchAll(pattern)) codes.add(match[1]!.toUpperCase());
  }
  if (codes.size === 0 && /(?<![\p{L}\p{N}])kørekort(?![\p{L}\p{N}])/iu.test(query)) codes.add("*");
  return [...codes];
}
