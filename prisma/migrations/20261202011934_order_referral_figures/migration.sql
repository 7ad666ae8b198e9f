-- AlterTable
ALTER TABLE "JobOrder" ADD COLUMN     "hiredAt" TIMESTAMP(3),
ADD COLUMN     "hires" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "referredAt" TIMESTAMP(3);


-- Backfill from the referral history, as refreshOrderFigures (workflows/activities/support.ts) keeps them.
UPDATE "JobOrder" o SET
  "referredAt" = f."referredAt",
  "hiredAt" = f."hiredAt",
  "hires" = f."hires"
FROM (
  SELECT r."orderId",
    min(e."at") FILTER (WHERE e."status" = 'SHARED') AS "referredAt",
    min(e."at") FILTER (WHERE e."status" = 'HIRED') AS "hiredAt",
    count(DISTINCT r."id") FILTER (WHERE r."status" = 'HIRED')::int AS "hires"
  FROM "Referral" r
  LEFT JOIN "ReferralEvent" e ON e."referralId" = r."id"
  GROUP BY r."orderId"
) f
WHERE f."orderId" = o."id";
