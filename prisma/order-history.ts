// Job orders of the past, as their workflows would have left them: received, answered (mostly on time),
// candidates referred with their consent and some hired, closed, and surveyed. Written in bulk by
// PostgreSQL (generate_series), so the demo has a year of figures and the benchmark a million orders.
// Deterministic for a seed. The orders are closed and marked as started, so the reconciler leaves them be.
import type { PrismaClient } from "@prisma/client";
import { Prisma } from "@prisma/client";

export type OrderHistoryOptions = {
  jobcentreId: string;
  /** [from, to) of receipt. */
  from: Date;
  to: Date;
  orders: number;
  /** For setseed: the same seed gives the same history. */
  seed: number;
  /** Prefix of the order numbers, unique per call (e.g. "H-LOL"). */
  numberPrefix: string;
  /** Share answered within the promise (0–1); default 0.86. */
  onTimeShare?: number;
  /** Share of orders with a referral; default 0.7. Of those, the share with a hire; default 0.3. */
  referredShare?: number;
  hiredShare?: number;
  /** Referrals per referred order are 1 to this many; default 3. */
  maxReferrals?: number;
  /**
   * Orders received this close to `to` stay open (answered, not closed); default 0. Only for figures: no
   * workflow runs for them, so a portal with workers should keep every history order closed.
   */
  openDays?: number;
};

const KINDS = ["ORDINARY", "ORDINARY", "ORDINARY", "ORDINARY", "ORDINARY", "SMALL_JOB", "FLEX_JOB", "WAGE_SUBSIDY", "COMPANY_INTERNSHIP", "ADULT_APPRENTICE"];
const TITLES = ["Lagermedarbejder", "Social- og sundhedshjælper", "Buschauffør", "Butiksmedhjælper", "Tømrer", "Køkkenmedhjælper", "Rengøringsassistent", "CNC-operatør", "Pædagogmedhjælper", "Elektriker"];

/**
 * Writes `orders` past orders of a jobcentre with their history. Jobseekers for the referrals come from the
 * jobcentre's register (at least a few must exist); the consultants who answered are its active consultants.
 */
export async function generateOrderHistory(prisma: PrismaClient, options: OrderHistoryOptions): Promise<{ orders: number; referrals: number }> {
  const onTime = options.onTimeShare ?? 0.86;
  const referredShare = options.referredShare ?? 0.7;
  const hiredShare = options.hiredShare ?? 0.3;
  const openMs = (options.openDays ?? 0) * 86_400_000;
  const openFrom = new Date(options.to.getTime() - openMs);
  const at = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT setseed(${(options.seed % 1000) / 1000}::float8)`;
      const policy = await tx.responsePolicy.findFirstOrThrow({ where: { jobcentreId: options.jobcentreId }, orderBy: { version: "desc" } });
      const area = await tx.postcodeArea.findFirst({ where: { jobcentreId: options.jobcentreId }, orderBy: { postcode: "asc" } });
      const postcode = area?.postcode ?? "0000";
      // One company per ten orders, CVR numbers in a range of their own per prefix.
      await tx.$executeRaw`
        INSERT INTO "Company" ("id", "cvr", "name", "address", "postcode", "city", "createdAt", "updatedAt")
        SELECT gen_random_uuid(), lpad((abs(hashtext(${options.numberPrefix} || g::text)) % 100000000)::text, 8, '0'),
          'Virksomhed ' || ${options.numberPrefix} || '-' || g, 'Erhvervsvej ' || g, ${postcode}, ${area?.city ?? null}, now(), now()
        FROM generate_series(1, greatest(1, ${options.orders}::int / 10)) g
        ON CONFLICT ("cvr") DO NOTHING`;
      await tx.$executeRaw`
        CREATE TEMP TABLE history_companies ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY "cvr") AS n, "id" FROM "Company" WHERE "name" LIKE ${`Virksomhed ${options.numberPrefix}-%`}`;
      await tx.$executeRaw`
        INSERT INTO "CompanyRelationship" ("id", "jobcentreId", "companyId", "source", "updatedAt")
        SELECT gen_random_uuid(), ${options.jobcentreId}, "id", 'JOB_ORDER', now() FROM history_companies
        ON CONFLICT ("jobcentreId", "companyId") DO NOTHING`;
      await tx.$executeRaw`
        CREATE TEMP TABLE history_staff ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY "id") AS n, "id" FROM "User"
        WHERE "jobcentreId" = ${options.jobcentreId} AND "active" AND "role" IN ('CONSULTANT', 'TEAM_LEAD')`;
      await tx.$executeRaw`
        CREATE TEMP TABLE history_orders ON COMMIT DROP AS
        SELECT gen_random_uuid()::text AS id, g,
          ${at(options.from)} + (${at(options.to)} - ${at(options.from)}) * random() AS received,
          random() AS r_answer, random() AS r_ref, random() AS r_hire, random() AS r_kind, random() AS r_survey, random() AS r_score,
          1 + floor(random() * 3)::int AS positions, 1 + floor(random() * ${options.maxReferrals ?? 3})::int AS referrals
        FROM generate_series(1, ${options.orders}::int) g`;
      const companies = Number((await tx.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM history_companies`)[0]!.n);
      const staff = Number((await tx.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM history_staff`)[0]!.n);
      if (companies === 0 || staff === 0) throw new Error(`generateOrderHistory: ${options.jobcentreId} needs active consultants`);
      await tx.$executeRaw`
        INSERT INTO "JobOrder" ("id", "number", "submissionKey", "jobcentreId", "companyId",
          "statedCompanyName", "statedCompanyAddress", "statedCompanyPostcode", "statedCompanyCity", "policyId", "contactName", "contactEmail", "contactPhone",
          "title", "description", "positions", "kind", "hoursPerWeek", "startDate", "workplacePostcode", "status", "receivedAt", "dueAt",
          "assigneeId", "answeredAt", "answeredById", "answeredOnTime", "answerText", "closesAt", "closedAt", "outcome",
          "workflowId", "workflowStartedAt")
        SELECT h.id, ${options.numberPrefix} || '-' || lpad(h.g::text, 7, '0'), gen_random_uuid()::text, ${options.jobcentreId}, c."id",
          rc."name", rc."address", rc."postcode", rc."city", ${policy.id},
          'Kontakt ' || h.g, 'kontakt-' || lower(${options.numberPrefix}) || '-' || h.g || '@virksomhed.example', '20304050',
          (${TITLES}::text[])[1 + h.g % ${TITLES.length}], 'Vi søger en ny kollega. Jobbet er beskrevet ved samtalen.', h.positions,
          ((${KINDS}::text[])[1 + floor(h.r_kind * ${KINDS.length})::int])::"JobOrderKind", 37, (h.received + interval '30 days')::date,
          ${postcode},
          (CASE WHEN h.received < ${at(openFrom)} THEN 'CLOSED' ELSE 'ANSWERED' END)::"JobOrderStatus",
          h.received, h.received + make_interval(hours => ${policy.responseHours}),
          s."id", h.received + make_interval(secs => (CASE WHEN h.r_answer < ${onTime} THEN h.r_answer / ${onTime} * 0.95 ELSE 1.05 + h.r_answer END) * ${policy.responseHours} * 3600),
          s."id", h.r_answer < ${onTime}, 'Tak for jobordren. Jeg ringer i morgen for at aftale den videre proces.',
          h.received + interval '60 days',
          CASE WHEN h.received < ${at(openFrom)} THEN least(h.received + interval '45 days', ${at(options.to)}) END,
          (CASE WHEN h.received >= ${at(openFrom)} THEN NULL WHEN h.r_ref < ${referredShare} AND h.r_hire < ${hiredShare} THEN 'FILLED' ELSE 'NOT_FILLED' END)::"JobOrderOutcome",
          'job-order-' || h.id, h.received
        FROM history_orders h
        JOIN history_companies c ON c.n = 1 + h.g % ${companies}
        JOIN "Company" rc ON rc."id" = c."id"
        JOIN history_staff s ON s.n = 1 + h.g % ${staff}`;
      await tx.$executeRaw`
        INSERT INTO "JobOrderEvent" ("id", "orderId", "kind", "at", "actorId", "key", "data")
        SELECT gen_random_uuid()::text, o."id", e.kind::"JobOrderEventKind", e.at, e.actor, e.key, e.data
        FROM "JobOrder" o JOIN history_orders h ON h.id = o."id"
        CROSS JOIN LATERAL (VALUES
          ('RECEIVED', o."receivedAt", NULL::text, 'received', '{}'::jsonb),
          ('ANSWERED', o."answeredAt", o."answeredById", 'answered', jsonb_build_object('onTime', o."answeredOnTime")),
          ('CLOSED', o."closedAt", o."assigneeId", 'closed', jsonb_build_object('outcome', o."outcome"))
        ) AS e(kind, at, actor, key, data)
        WHERE e.at IS NOT NULL`;
      // Referrals: 1–3 jobseekers of the register per referred order, asked, consenting and shared; the
      // first hired on a filled order.
      await tx.$executeRaw`
        CREATE TEMP TABLE history_seekers ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY "id") AS n, "id" FROM "Jobseeker" WHERE "jobcentreId" = ${options.jobcentreId}`;
      const seekers = Number((await tx.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM history_seekers`)[0]!.n);
      let referrals = 0;
      if (seekers >= 3) {
        referrals = await tx.$executeRaw`
          INSERT INTO "Referral" ("id", "orderId", "jobseekerId", "status", "createdAt", "createdById", "sharedAt", "startDate")
          SELECT gen_random_uuid()::text, o."id", js."id",
            (CASE WHEN k = 1 AND o."outcome" = 'FILLED' THEN 'HIRED' ELSE 'SHARED' END)::"ReferralStatus",
            o."answeredAt" + interval '1 day', o."assigneeId", o."answeredAt" + interval '3 days',
            CASE WHEN k = 1 AND o."outcome" = 'FILLED' THEN o."startDate" END
          FROM "JobOrder" o JOIN history_orders h ON h.id = o."id"
          CROSS JOIN LATERAL generate_series(1, h.referrals) k
          JOIN history_seekers js ON js.n = 1 + (h.g * 7 + k) % ${seekers}
          WHERE h.r_ref < ${referredShare}`;
        await tx.$executeRaw`
          INSERT INTO "ReferralEvent" ("id", "referralId", "orderId", "status", "at", "actorType", "actorId", "key", "data")
          SELECT gen_random_uuid()::text, r."id", r."orderId", e.status::"ReferralStatus", e.at, e.actor::"ActorType", e.actor_id, e.key, '{}'::jsonb
          FROM "Referral" r JOIN history_orders h ON h.id = r."orderId"
          CROSS JOIN LATERAL (VALUES
            ('SHORTLISTED', r."createdAt", 'STAFF', r."createdById", 'shortlisted'),
            ('CONSENT_REQUESTED', r."createdAt" + interval '1 hour', 'STAFF', r."createdById", 'consent-requested:1'),
            ('CONSENT_GIVEN', r."sharedAt", 'JOBSEEKER', NULL, 'consent-given:1'),
            ('SHARED', r."sharedAt", 'SYSTEM', NULL, 'shared:1'),
            ('HIRED', CASE WHEN r."status" = 'HIRED' THEN r."sharedAt" + interval '14 days' END, 'EMPLOYER', NULL, 'hired')
          ) AS e(status, at, actor, actor_id, key)
          WHERE e.at IS NOT NULL`;
        await tx.$executeRaw`
          UPDATE "JobOrder" o SET "referredAt" = f.referred, "hiredAt" = f.hired, "hires" = f.hires
          FROM (
            SELECT r."orderId", min(e."at") FILTER (WHERE e."status" = 'SHARED') AS referred, min(e."at") FILTER (WHERE e."status" = 'HIRED') AS hired,
              count(DISTINCT r."id") FILTER (WHERE r."status" = 'HIRED')::int AS hires
            FROM "Referral" r JOIN history_orders h ON h.id = r."orderId" LEFT JOIN "ReferralEvent" e ON e."referralId" = r."id"
            GROUP BY r."orderId"
          ) f
          WHERE f."orderId" = o."id"`;
      }
      // Surveys of most closed orders; most answered, the scores leaning to satisfied.
      await tx.$executeRaw`
        INSERT INTO "SatisfactionSurvey" ("orderId", "jobcentreId", "tokenHash", "sentAt", "remindAt", "closesAt", "remindedAt", "answeredAt", "expiredAt",
          "serviceScore", "communicationScore", "informedScore", "wouldRecommend")
        SELECT o."id", o."jobcentreId", encode(sha256(('history-survey-' || o."id")::bytea), 'hex'), o."closedAt", o."closedAt" + interval '7 days',
          o."closedAt" + interval '14 days', NULL,
          CASE WHEN h.r_survey < 0.6 THEN o."closedAt" + interval '2 days' END,
          CASE WHEN h.r_survey >= 0.6 THEN o."closedAt" + interval '14 days' END,
          CASE WHEN h.r_survey < 0.6 THEN least(5, 2 + floor(h.r_score * 4)::int) END,
          CASE WHEN h.r_survey < 0.6 THEN least(5, 2 + floor(((h.r_score * 7) - floor(h.r_score * 7)) * 4)::int) END,
          CASE WHEN h.r_survey < 0.6 THEN least(5, 1 + floor(((h.r_score * 13) - floor(h.r_score * 13)) * 5)::int) END,
          CASE WHEN h.r_survey < 0.6 THEN h.r_score > 0.2 END
        FROM "JobOrder" o JOIN history_orders h ON h.id = o."id"
        WHERE o."closedAt" IS NOT NULL AND h.r_survey < 0.9`;
      return { orders: options.orders, referrals };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}
