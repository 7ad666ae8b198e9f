// Candidate search for a job order: Danish full text plus trigram similarity over the jobseekers'
// search text, filtered by eligibility, occupation, hours, consent and distance, ranked and paged.
//
// Ranking: the score is computed in SQL with the formula of rankCandidate (app/utils/candidate-ranking.ts,
// whose constants are passed in as parameters) and the page is cut by it there. The alternative, fetching
// the top N by a simpler SQL score and re-ranking in TypeScript, would make paging wrong beyond N and
// load N rows for every page. rankCandidate then runs on the page's rows to give each hit its score and
// its reasons from the same signals; the integration test checks that the two agree on the order.
import { Prisma, type BenefitGroup, type JobOrderKind, type PrismaClient, type User } from "@prisma/client";
import { ordersVisibleTo } from "~/models/job-order-staff.server";
import {
  CERTIFICATE_MENTION_THRESHOLD,
  CREDENTIALS_FOR_FULL_SCORE,
  EARTH_RADIUS_KM,
  eligibleBenefitGroups,
  FTS_RANK_HALF,
  mentionedLicences,
  RANKING_WEIGHTS,
  rankCandidate,
  UNKNOWN_DISTANCE_SCORE,
} from "~/utils/candidate-ranking";

/**
 * word_similarity(query, searchText) above which a jobseeker matches although the full text does not.
 * 0.4 lets typos through ("truckcertefikat" ~ "truckcertifikat" is 0.81, "lagermedarbejdere" ~
 * "lagermedarbejder" 0.89) and a two-word query match on one of its words (≈ 0.5), but not a
 * three-word query on one word, nor a short word that only shares its first letters.
 */
export const TRIGRAM_THRESHOLD = 0.4;
/** word_similarity(filter, occupation) from which the occupation filter accepts a sought occupation. */
export const OCCUPATION_SIMILARITY_THRESHOLD = 0.5;
export const DEFAULT_PAGE_SIZE = 20;

export type CandidateSearchInput = {
  /** The order's jobcentre. When the order is shared with the regional recruitment service, the
   * partner jobcentres of the region are added here: the query itself needs no change. */
  jobcentreIds: string[];
  workplacePostcode: string;
  kind: JobOrderKind;
  /** The order's hours a week: the ranking rewards jobseekers who can cover them. */
  orderHours?: number;
  text: string;
  occupation?: string;
  maxDistanceKm?: number;
  minHours?: number;
  onlyContactConsent: boolean;
  page: number;
  pageSize?: number;
};

export type CandidateHit = {
  id: string;
  name: string;
  postcode: string;
  city: string | null;
  distanceKm: number | null;
  hoursPerWeek: number;
  benefitGroup: BenefitGroup;
  occupations: string[];
  score: number;
  reasons: string[];
};

export type CandidateSearchResult = { total: number; page: number; pageCount: number; hits: CandidateHit[] };

type Row = {
  id: string;
  name: string;
  postcode: string;
  city: string | null;
  distanceKm: number | null;
  maxTravelKm: number;
  hoursPerWeek: number;
  benefitGroup: BenefitGroup;
  occupations: string[];
  textRank: number;
  trigramSimilarity: number;
  matchedOccupation: string | null;
  matchedCredentials: string[];
  sqlScore: number;
};

/** LIKE wildcards in user input are literal characters. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The filtered jobseekers with their ranking signals, as a CTE body; both queries below use it. */
function candidatesSql(input: CandidateSearchInput): Prisma.Sql {
  const text = input.text.trim();
  const groups = eligibleBenefitGroups(input.kind);
  const licences = mentionedLicences(text);
  const anyLicence = licences.includes("*");
  const licenceCodes = licences.filter((l) => l !== "*");

  const textRank = text ? Prisma.sql`coalesce(ts_rank_cd(j."searchDocument", websearch_to_tsquery('danish', ${text}::text)), 0)::float8` : Prisma.sql`0::float8`;
  const trigram = text ? Prisma.sql`word_similarity(${text}::text, j."searchText")::float8` : Prisma.sql`0::float8`;
  // `<%` uses the pg_trgm.word_similarity_threshold set for the transaction and the trigram GIN index.
  const textMatch = text
    ? Prisma.sql`(j."searchDocument" @@ websearch_to_tsquery('danish', ${text}::text) OR ${text}::text <% j."searchText")`
    : Prisma.sql`TRUE`;
  const matchedOccupation = text
    ? Prisma.sql`(SELECT o FROM unnest(j.occupations) AS o WHERE word_similarity(${text}::text, o) > ${TRIGRAM_THRESHOLD}::float8
        ORDER BY word_similarity(${text}::text, o) DESC, o LIMIT 1)`
    : Prisma.sql`NULL::text`;
  const matchedCredentials = text
    ? Prisma.sql`ARRAY(
        SELECT c FROM unnest(j.certificates) WITH ORDINALITY AS t(c, n)
        WHERE word_similarity(c, ${text}::text) >= ${CERTIFICATE_MENTION_THRESHOLD}::float8 ORDER BY n)
      || ARRAY(
        SELECT 'kørekort ' || l FROM unnest(j."drivingLicences") WITH ORDINALITY AS t(l, n)
        WHERE ${anyLicence}::boolean OR upper(l) = ANY(${licenceCodes}::text[]) ORDER BY n)`
    : Prisma.sql`ARRAY[]::text[]`;

  const filters: Prisma.Sql[] = [
    Prisma.sql`j."jobcentreId" = ANY(${input.jobcentreIds}::text[])`,
    Prisma.sql`j."benefitGroup" = ANY(${groups}::"BenefitGroup"[])`,
    textMatch,
  ];
  if (input.onlyContactConsent) filters.push(Prisma.sql`j."contactConsent"`);
  if (input.minHours !== undefined) filters.push(Prisma.sql`j."hoursPerWeek" >= ${input.minHours}::int`);
  const occupation = input.occupation?.trim();
  if (occupation) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(j.occupations) AS o
      WHERE o ILIKE ${`%${escapeLike(occupation)}%`}::text OR word_similarity(${occupation}::text, o) > ${OCCUPATION_SIMILARITY_THRESHOLD}::float8)`);
  }

  return Prisma.sql`
    SELECT j.id, j.name, j.postcode, home.city, j."maxTravelKm", j."hoursPerWeek", j."benefitGroup"::text AS "benefitGroup", j.occupations,
      CASE WHEN work.latitude IS NULL OR work.longitude IS NULL OR home.latitude IS NULL OR home.longitude IS NULL THEN NULL
        ELSE 2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
          power(sin(radians(home.latitude - work.latitude) / 2), 2)
          + cos(radians(work.latitude)) * cos(radians(home.latitude)) * power(sin(radians(home.longitude - work.longitude) / 2), 2))))
      END AS "distanceKm",
      ${textRank} AS "textRank",
      ${trigram} AS "trigramSimilarity",
      ${matchedOccupation} AS "matchedOccupation",
      ${matchedCredentials} AS "matchedCredentials"
    FROM "Jobseeker" j
    LEFT JOIN "PostcodeArea" home ON home.postcode = j.postcode
    LEFT JOIN "PostcodeArea" work ON work.postcode = ${input.workplacePostcode}::char(4)
    WHERE ${Prisma.join(filters, " AND ")}`;
}

/** Distance filters: the consultant's maximum and each jobseeker's own; unknown distance only without a maximum. */
function distanceFilterSql(maxDistanceKm: number | undefined): Prisma.Sql {
  const own = Prisma.sql`(c."distanceKm" IS NULL OR c."distanceKm" <= c."maxTravelKm")`;
  if (maxDistanceKm === undefined) return own;
  return Prisma.sql`${own} AND c."distanceKm" IS NOT NULL AND c."distanceKm" <= ${maxDistanceKm}::float8`;
}

/** rankCandidate's formula in SQL, over the columns of candidatesSql. */
function scoreSql(orderHours: number): Prisma.Sql {
  const fts = Prisma.sql`(greatest(c."textRank", 0) / (greatest(c."textRank", 0) + ${FTS_RANK_HALF}::float8))`;
  const text = Prisma.sql`least(1, greatest(0, greatest(${fts}, c."trigramSimilarity")))`;
  const credentials = Prisma.sql`(least(cardinality(c."matchedCredentials"), ${CREDENTIALS_FOR_FULL_SCORE}::int)::float8 / ${CREDENTIALS_FOR_FULL_SCORE}::float8)`;
  const distance = Prisma.sql`(CASE
      WHEN c."distanceKm" IS NULL THEN ${UNKNOWN_DISTANCE_SCORE}::float8
      WHEN c."maxTravelKm" <= 0 THEN CASE WHEN c."distanceKm" <= 0 THEN 1 ELSE 0 END
      ELSE least(1, greatest(0, 1 - c."distanceKm" / c."maxTravelKm"))
    END)`;
  const hours = Prisma.sql`(CASE WHEN ${orderHours}::float8 <= 0 THEN 1 ELSE least(1, greatest(0, c."hoursPerWeek" / ${orderHours}::float8)) END)`;
  return Prisma.sql`(${RANKING_WEIGHTS.text}::float8 * ${text} + ${RANKING_WEIGHTS.credentials}::float8 * ${credentials}
    + ${RANKING_WEIGHTS.distance}::float8 * ${distance} + ${RANKING_WEIGHTS.hours}::float8 * ${hours})`;
}

export async function searchCandidates(prisma: PrismaClient, input: CandidateSearchInput): Promise<CandidateSearchResult> {
  const pageSize = input.pageSize ?? DEFAULT_PAGE_SIZE;
  const page = Math.max(1, Math.floor(input.page));
  const orderHours = input.orderHours ?? 0;
  if (input.jobcentreIds.length === 0) return { total: 0, page, pageCount: 0, hits: [] };

  const candidates = candidatesSql(input);
  const distanceFilter = distanceFilterSql(input.maxDistanceKm);

  const { total, rows } = await prisma.$transaction(async (tx) => {
    // Local to this transaction: the `<%` operator (and so the trigram index) uses this threshold.
    await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TRIGRAM_THRESHOLD)}::text, true)`;
    const [count] = await tx.$queryRaw<Array<{ total: number }>>`
      WITH c AS (${candidates}) SELECT count(*)::int AS total FROM c WHERE ${distanceFilter}`;
    const rows = await tx.$queryRaw<Row[]>`
      WITH c AS (${candidates})
      SELECT c.*, ${scoreSql(orderHours)} AS "sqlScore"
      FROM c WHERE ${distanceFilter}
      ORDER BY "sqlScore" DESC, c.name, c.id
      LIMIT ${pageSize}::int OFFSET ${(page - 1) * pageSize}::int`;
    return { total: count?.total ?? 0, rows };
  });

  return {
    total,
    page,
    pageCount: Math.ceil(total / pageSize),
    hits: rows.map((r) => {
      const { score, reasons } = rankCandidate({
        textRank: r.textRank,
        trigramSimilarity: r.trigramSimilarity,
        matchedOccupation: r.matchedOccupation,
        matchedCredentials: r.matchedCredentials,
        distanceKm: r.distanceKm,
        maxTravelKm: r.maxTravelKm,
        hoursAvailable: r.hoursPerWeek,
        orderHours,
      });
      return {
        id: r.id,
        name: r.name,
        postcode: r.postcode,
        city: r.city,
        distanceKm: r.distanceKm,
        hoursPerWeek: r.hoursPerWeek,
        benefitGroup: r.benefitGroup,
        occupations: r.occupations,
        score,
        reasons,
      };
    }),
  };
}

/** The order as candidate search needs it, for staff who may see it (its jobcentre, or its region once shared). */
export async function getOrderForCandidateSearch(prisma: PrismaClient, user: Pick<User, "jobcentreId">, number: string) {
  return prisma.jobOrder.findFirst({
    where: { AND: [{ number }, await ordersVisibleTo(user, prisma)] },
    select: {
      id: true,
      number: true,
      title: true,
      kind: true,
      hoursPerWeek: true,
      workplacePostcode: true,
      requirements: true,
      jobcentreId: true,
      workflowId: true,
      status: true,
      answeredAt: true,
      sharedWithRegionAt: true,
      jobcentre: { select: { regionId: true } },
      referrals: { select: { jobseekerId: true, status: true } },
    },
  });
}

/**
 * The registers searched for an order: its own jobcentre's, and once it is shared with the regional
 * recruitment service, every jobcentre's of the region.
 */
export async function registersForOrder(prisma: PrismaClient, order: { jobcentreId: string; sharedWithRegionAt: Date | null; jobcentre: { regionId: string | null } }): Promise<string[]> {
  if (!order.sharedWithRegionAt || !order.jobcentre.regionId) return [order.jobcentreId];
  const partners = await prisma.jobcentre.findMany({ where: { regionId: order.jobcentre.regionId }, select: { id: true } });
  return [...new Set([order.jobcentreId, ...partners.map((p) => p.id)])];
}
