// Candidate search for a job order: Danish full text over the jobseekers' whole profile (occupations,
// skills, certificates, licences, CV) plus typo-forgiving trigram matching of the query's words against
// their occupations, skills and certificates; filtered by eligibility, occupation, skill or certificate,
// hours, consent and distance, ranked and paged.
// Why it matches and ranks as it does (trigrams against keywords only, the score computed in SQL so
// paging is exact): docs/decisions/009-jobseeker-register-and-search.md.
import { Prisma, type BenefitGroup, type JobOrderKind, type PrismaClient, type User } from "@prisma/client";
import { ordersVisibleTo } from "~/models/job-order/staff.server";
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
  DISTANCE_FOR_NO_SCORE_KM,
} from "~/utils/candidate-ranking";

/**
 * word_similarity(word, keyword) from which a query word matches a keyword it is part of, as the head
 * or the tail of a compound: "svejser" ~ "Svejsecertifikat" 0.75, "pædagog" ~ "Pædagogmedhjælper" 0.88,
 * "chauffør" ~ "Lastbilchauffør" 0.78, "maler" ~ "Bygningsmaler" 0.67. Not a longer word that shares
 * only its tail with the keyword, i.e. whose own head is missing: "lagermedarbejder" ~
 * "Produktionsmedarbejder" is 0.59, ~ "Anlægsarbejder" 0.41; "cafémedarbejder" ~ "Kantinemedarbejder" 0.63.
 */
export const KEYWORD_WORD_SIMILARITY = 0.65;
/**
 * strict_word_similarity(word, keyword) from which a query word matches a keyword word it resembles as a
 * whole: typos and inflections ("truckcertefikat" ~ "Truckcertifikat" 0.68, "lagermedarbejdere" ~
 * "Lagermedarbejder" 0.84, "trukfører" ~ "Truckfører" 0.62) and near variants ("lagermedarbejder" ~
 * "Lagerarbejder" 0.63), but not "lagermedarbejder" ~ "Administrativ medarbejder" (0.53).
 */
export const KEYWORD_STRICT_SIMILARITY = 0.6;
/** Words of a query (other than stop words) beyond these are matched by full text only: a pasted job ad is not a list of keywords. */
export const MAX_TRIGRAM_WORDS = 8;
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
  /** A skill or certificate the jobseeker must have (part of one, or a typo of it). */
  skill?: string;
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
  total: number;
};

/** LIKE wildcards in user input are literal characters. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The words of a query that trigram matching tries one by one, lower-cased, each once: not the words
 * websearch syntax excludes ("-kok") nor its "or", nor words under 3 letters (too few trigrams to say
 * anything). Hyphenated words stay whole ("ADR-bevis"). Danish stop words are left out in SQL, with the
 * full text's own list (searchCandidates).
 */
export function trigramQueryWords(text: string): string[] {
  const words = new Set<string>();
  for (const token of text.toLocaleLowerCase("da-DK").split(/\s+/)) {
    if (token.startsWith("-")) continue;
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (word === "or" || [...word].length < 3) continue;
    words.add(word);
  }
  return [...words];
}

/** Whether the query word matches the keyword (one occupation, skill or certificate): see the constants. */
function keywordMatchSql(word: Prisma.Sql, keyword: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(word_similarity(${word}, ${keyword}) >= ${KEYWORD_WORD_SIMILARITY}::float8
    OR strict_word_similarity(${word}, ${keyword}) >= ${KEYWORD_STRICT_SIMILARITY}::float8)`;
}

/** The smaller threshold: `%>` with it lets through every row that either part of keywordMatchSql may match. */
const INDEX_THRESHOLD = Math.min(KEYWORD_WORD_SIMILARITY, KEYWORD_STRICT_SIMILARITY);

/**
 * The text conditions, as two clauses of the WHERE. A hit matches the full text or has a keyword that
 * one of the words matches (keywordMatchSql, one keyword at a time). The first clause is what the two
 * GIN indexes answer (a BitmapOr): full text, or `keywordText %> word` (word_similarity over the joined
 * keywords at least INDEX_THRESHOLD, set for the transaction), which holds for every row the second
 * clause can accept, since word_similarity over the joined text is at least that over any one keyword
 * and strict_word_similarity never exceeds word_similarity. So together they are exactly "full text or
 * a keyword match". `%>` is written the way the index scan states it, so that PostgreSQL sees the
 * clause is the index condition and evaluates it once per row (as the scan's recheck), not twice.
 */
function textMatchSql(text: string, words: string[]): Prisma.Sql[] {
  const fullText = Prisma.sql`j."searchDocument" @@ websearch_to_tsquery('danish', ${text}::text)`;
  if (words.length === 0) return [fullText];
  const candidates = words.map((word) => Prisma.sql`j."keywordText" %> ${word}::text`);
  const keywordMatches = words.map(
    (word) => Prisma.sql`EXISTS (SELECT 1 FROM unnest(j.occupations || j.skills || j.certificates) AS k
      WHERE ${keywordMatchSql(Prisma.sql`${word}::text`, Prisma.sql`k`)})`,
  );
  return [Prisma.sql`(${Prisma.join([fullText, ...candidates], " OR ")})`, Prisma.sql`(${Prisma.join([fullText, ...keywordMatches], " OR ")})`];
}

/** The jobseekers that pass every filter, with their ranking signals, as a CTE body. */
function candidatesSql(input: CandidateSearchInput, words: string[]): Prisma.Sql {
  const text = input.text.trim();
  const groups = eligibleBenefitGroups(input.kind);
  const licences = mentionedLicences(text);
  const anyLicence = licences.includes("*");
  const licenceCodes = licences.filter((l) => l !== "*");

  const textRank = text ? Prisma.sql`coalesce(ts_rank_cd(j."searchDocument", websearch_to_tsquery('danish', ${text}::text)), 0)::float8` : Prisma.sql`0::float8`;
  const trigram = text ? Prisma.sql`word_similarity(${text}::text, j."keywordText")::float8` : Prisma.sql`0::float8`;
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
    ...(text ? textMatchSql(text, words) : []),
  ];
  if (input.onlyContactConsent) filters.push(Prisma.sql`j."contactConsent"`);
  if (input.minHours !== undefined) filters.push(Prisma.sql`j."hoursPerWeek" >= ${input.minHours}::int`);
  const skill = input.skill?.trim();
  if (skill) {
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(j.skills || j.certificates) AS k
      WHERE k ILIKE ${`%${escapeLike(skill)}%`}::text OR ${keywordMatchSql(Prisma.sql`${skill}::text`, Prisma.sql`k`)})`);
  }
  const occupation = input.occupation?.trim();
  if (occupation) {
    // Part of the title as written ("lager"), or close to a title as search words are (a typo, but not
    // "lagermedarbejder" for "Produktionsmedarbejder").
    filters.push(Prisma.sql`EXISTS (SELECT 1 FROM unnest(j.occupations) AS o
      WHERE o ILIKE ${`%${escapeLike(occupation)}%`}::text OR ${keywordMatchSql(Prisma.sql`${occupation}::text`, Prisma.sql`o`)})`);
  }

  // The distance filters are applied here, at the join, so that rows too far away are not scored.
  const distance = Prisma.sql`(CASE WHEN work.latitude IS NULL OR work.longitude IS NULL OR home.latitude IS NULL OR home.longitude IS NULL THEN NULL
        ELSE 2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
          power(sin(radians(home.latitude - work.latitude) / 2), 2)
          + cos(radians(work.latitude)) * cos(radians(home.latitude)) * power(sin(radians(home.longitude - work.longitude) / 2), 2))))
      END)`;
  filters.push(distanceFilterSql(distance, input.maxDistanceKm));

  return Prisma.sql`
    SELECT j.id, j.name, j.postcode, home.city, j."maxTravelKm", j."hoursPerWeek", j."benefitGroup"::text AS "benefitGroup", j.occupations,
      ${distance} AS "distanceKm",
      ${textRank} AS "textRank",
      ${trigram} AS "trigramSimilarity",
      ${matchedCredentials} AS "matchedCredentials"
    FROM "Jobseeker" j
    LEFT JOIN "PostcodeArea" home ON home.postcode = j.postcode
    LEFT JOIN "PostcodeArea" work ON work.postcode = ${input.workplacePostcode}::char(4)
    WHERE ${Prisma.join(filters, " AND ")}`;
}

/**
 * The sought occupation that best explains a hit (by word_similarity to the whole query), among those
 * the query matches the way search does: by full text, or one of its words by keywordMatchSql. Only for
 * the rows of the page.
 */
function matchedOccupationSql(text: string, words: string[]): Prisma.Sql {
  if (!text) return Prisma.sql`NULL::text`;
  return Prisma.sql`(SELECT o FROM unnest(p.occupations) AS o
    WHERE to_tsvector('danish', o) @@ websearch_to_tsquery('danish', ${text}::text)
      OR EXISTS (SELECT 1 FROM unnest(${words}::text[]) AS w WHERE ${keywordMatchSql(Prisma.sql`w`, Prisma.sql`o`)})
    ORDER BY word_similarity(${text}::text, o) DESC, o LIMIT 1)`;
}

/** Distance filters: the consultant's maximum and each jobseeker's own; unknown distance only without a maximum. */
function distanceFilterSql(distance: Prisma.Sql, maxDistanceKm: number | undefined): Prisma.Sql {
  const own = Prisma.sql`(${distance} IS NULL OR ${distance} <= j."maxTravelKm")`;
  if (maxDistanceKm === undefined) return own;
  return Prisma.sql`${own} AND ${distance} IS NOT NULL AND ${distance} <= ${maxDistanceKm}::float8`;
}

/** rankCandidate's formula in SQL, over the columns of candidatesSql. */
function scoreSql(orderHours: number): Prisma.Sql {
  const fts = Prisma.sql`(greatest(c."textRank", 0) / (greatest(c."textRank", 0) + ${FTS_RANK_HALF}::float8))`;
  const text = Prisma.sql`least(1, greatest(0, greatest(${fts}, c."trigramSimilarity")))`;
  const credentials = Prisma.sql`(least(cardinality(c."matchedCredentials"), ${CREDENTIALS_FOR_FULL_SCORE}::int)::float8 / ${CREDENTIALS_FOR_FULL_SCORE}::float8)`;
  const distance = Prisma.sql`(CASE
      WHEN c."distanceKm" IS NULL THEN ${UNKNOWN_DISTANCE_SCORE}::float8
      ELSE least(1, greatest(0, 1 - c."distanceKm" / ${DISTANCE_FOR_NO_SCORE_KM}::float8))
    END)`;
  const hours = Prisma.sql`(CASE WHEN ${orderHours}::float8 <= 0 THEN 1 ELSE least(1, greatest(0, c."hoursPerWeek" / ${orderHours}::float8)) END)`;
  return Prisma.sql`(${RANKING_WEIGHTS.text}::float8 * ${text} + ${RANKING_WEIGHTS.credentials}::float8 * ${credentials}
    + ${RANKING_WEIGHTS.distance}::float8 * ${distance} + ${RANKING_WEIGHTS.hours}::float8 * ${hours})`;
}

export async function searchCandidates(prisma: PrismaClient, input: CandidateSearchInput): Promise<CandidateSearchResult> {
  const pageSize = input.pageSize ?? DEFAULT_PAGE_SIZE;
  const page = Math.max(1, Math.floor(input.page));
  const orderHours = input.orderHours ?? 0;
  const text = input.text.trim();
  if (input.jobcentreIds.length === 0) return { total: 0, page, pageCount: 0, hits: [] };

  const { total, rows } = await prisma.$transaction(async (tx) => {
    // Local to this transaction: the `%>` operator (and so the trigram index) uses this threshold. The
    // same round trip drops the query's Danish stop words ("med", "til", "eller"), which full text ignores
    // too, and keeps the first MAX_TRIGRAM_WORDS of the others.
    const [prepared] = await tx.$queryRaw<Array<{ words: string[] }>>`
      SELECT set_config('pg_trgm.word_similarity_threshold', ${String(INDEX_THRESHOLD)}::text, true),
        ARRAY(SELECT w FROM unnest(${trigramQueryWords(text)}::text[]) WITH ORDINALITY AS t(w, n)
          WHERE to_tsvector('danish', w) <> ''::tsvector ORDER BY n LIMIT ${MAX_TRIGRAM_WORDS}::int) AS words`;
    const words = prepared?.words ?? [];
    const candidates = candidatesSql(input, words);
    // MATERIALIZED: each signal is computed once a row. Inlined, c's expressions would be repeated
    // wherever the score and the output use them (ts_rank_cd three times, word_similarity twice).
    // count(*) OVER () counts every hit before the page is cut, so one query gives both.
    const rows = await tx.$queryRaw<Row[]>`
      WITH c AS MATERIALIZED (${candidates}),
      s AS (SELECT c.*, ${scoreSql(orderHours)} AS "sqlScore", count(*) OVER ()::int AS total FROM c)
      SELECT p.*, ${matchedOccupationSql(text, words)} AS "matchedOccupation"
      FROM (SELECT s.* FROM s ORDER BY "sqlScore" DESC, s."distanceKm" ASC NULLS LAST, s.name, s.id LIMIT ${pageSize}::int OFFSET ${(page - 1) * pageSize}::int) p
      ORDER BY p."sqlScore" DESC, p."distanceKm" ASC NULLS LAST, p.name, p.id`;
    if (rows.length > 0 || page === 1) return { total: rows[0]?.total ?? 0, rows };
    // A page beyond the last: no row to carry the count.
    const [count] = await tx.$queryRaw<Array<{ total: number }>>`
      WITH c AS (${candidates}) SELECT count(*)::int AS total FROM c`;
    return { total: count?.total ?? 0, rows };
    // A broad search in a big register on a cold cache can take seconds; Prisma's default is 5.
  }, { timeout: 20_000, maxWait: 10_000 });

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

