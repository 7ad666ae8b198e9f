-- CreateEnum
CREATE TYPE "VisitOutcome" AS ENUM ('JOB_ORDER', 'RECRUITMENT_LATER', 'SCHEMES', 'RETENTION_AGREED', 'NO_NEED', 'NOT_HELD');

-- AlterEnum: the follow-up after a hire becomes AFTER_HIRE, any other visit an outreach visit.
CREATE TYPE "VisitKind_new" AS ENUM ('OUTREACH', 'FOLLOW_UP', 'CAMPAIGN', 'AFTER_HIRE', 'RETENTION');
ALTER TABLE "CompanyVisit" ALTER COLUMN "kind" TYPE "VisitKind_new" USING (CASE "kind"::text WHEN 'FOLLOW_UP' THEN 'AFTER_HIRE' ELSE 'OUTREACH' END::"VisitKind_new");
ALTER TYPE "VisitKind" RENAME TO "VisitKind_old";
ALTER TYPE "VisitKind_new" RENAME TO "VisitKind";
DROP TYPE "VisitKind_old";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarFeedKey" TEXT;

-- AlterTable
ALTER TABLE "CompanyVisit" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "consultantId" TEXT,
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "durationMinutes" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "nextStep" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "outcome" "VisitOutcome",
ADD COLUMN     "pNumber" CHAR(10),
ADD COLUMN     "previousVisitId" TEXT,
ADD COLUMN     "purpose" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE UNIQUE INDEX "CompanyVisit_previousVisitId_key" ON "CompanyVisit"("previousVisitId");

-- CreateIndex
CREATE INDEX "CompanyVisit_consultantId_plannedFor_idx" ON "CompanyVisit"("consultantId", "plannedFor");

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_previousVisitId_fkey" FOREIGN KEY ("previousVisitId") REFERENCES "CompanyVisit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_consultantId_fkey" FOREIGN KEY ("consultantId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- The follow-ups planned so far are their task's assignee's to make.
UPDATE "CompanyVisit" v SET "consultantId" = t."assigneeId" FROM "Task" t WHERE t."id" = v."taskId" AND v."consultantId" IS NULL;
