-- CreateEnum
CREATE TYPE "JobOrderOutcome" AS ENUM ('FILLED', 'PARTLY_FILLED', 'NOT_FILLED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SHORTLISTED', 'CONSENT_REQUESTED', 'CONSENT_GIVEN', 'CONSENT_DECLINED', 'CONSENT_EXPIRED', 'SHARED', 'INVITED', 'HIRED', 'NOT_RELEVANT', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('STAFF', 'EMPLOYER', 'JOBSEEKER', 'SYSTEM');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('ANSWER', 'SEARCH', 'CONSENT_FOLLOW_UP', 'MEETING', 'REGIONAL_ESCALATION', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisitKind" AS ENUM ('FOLLOW_UP', 'VISIT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "JobOrderEventKind" ADD VALUE 'SHARED_WITH_REGION';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'MEETING_OFFERED';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'MEETING_BOOKED';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'MEETING_HELD';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'FEEDBACK_REMINDED';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'FOLLOW_UP_PLANNED';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'FOLLOW_UP_DONE';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'OUTCOME_UPDATED';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'SURVEY_SENT';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'SURVEY_REMINDED';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'SURVEY_ANSWERED';
ALTER TYPE "JobOrderEventKind" ADD VALUE 'SURVEY_EXPIRED';

-- AlterTable
ALTER TABLE "Jobcentre" ADD COLUMN     "regionId" TEXT;

-- AlterTable
ALTER TABLE "ResponsePolicy" ADD COLUMN     "consentReplyDays" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "feedbackReminderWorkingDays" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "followUpWeeksAfterStart" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "meetingAbovePositions" INTEGER,
ADD COLUMN     "meetingSlotTimes" TEXT[] DEFAULT ARRAY['09:00', '13:00']::TEXT[],
ADD COLUMN     "meetingWithinWorkingDays" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "orderOpenDays" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "referralWithinWorkingDays" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "surveyCloseDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "surveyReminderDays" INTEGER NOT NULL DEFAULT 7;

-- AlterTable
ALTER TABLE "JobOrder" ADD COLUMN     "applicationDeadline" DATE,
ADD COLUMN     "closeReason" TEXT,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closesAt" TIMESTAMP(3),
ADD COLUMN     "outcome" "JobOrderOutcome",
ADD COLUMN     "referralDueAt" TIMESTAMP(3),
ADD COLUMN     "sharedWithRegionAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RecruitmentRegion" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "RecruitmentRegion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "jobseekerId" TEXT NOT NULL,
    "status" "ReferralStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "consentTokenHash" TEXT,
    "consentReplyBy" TIMESTAMP(3),
    "sharedAt" TIMESTAMP(3),
    "sharedCv" JSONB,
    "feedbackDueAt" TIMESTAMP(3),
    "startDate" DATE,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralEvent" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "status" "ReferralStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "key" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,

    CONSTRAINT "ReferralEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "regionId" TEXT,
    "kind" "TaskKind" NOT NULL,
    "referralId" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "assigneeId" TEXT,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,
    "note" TEXT,
    "key" TEXT NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyVisit" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "orderId" TEXT,
    "referralId" TEXT,
    "taskId" TEXT,
    "kind" "VisitKind" NOT NULL,
    "plannedFor" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),
    "doneById" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderMeeting" (
    "orderId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "options" TIMESTAMP(3)[],
    "scheduledFor" TIMESTAMP(3),
    "bookedAt" TIMESTAMP(3),
    "heldAt" TIMESTAMP(3),

    CONSTRAINT "OrderMeeting_pkey" PRIMARY KEY ("orderId")
);

-- CreateTable
CREATE TABLE "SatisfactionSurvey" (
    "orderId" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "remindAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "remindedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "expiredAt" TIMESTAMP(3),
    "serviceScore" INTEGER,
    "communicationScore" INTEGER,
    "informedScore" INTEGER,
    "wouldRecommend" BOOLEAN,
    "comment" TEXT,

    CONSTRAINT "SatisfactionSurvey_pkey" PRIMARY KEY ("orderId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Referral_consentTokenHash_key" ON "Referral"("consentTokenHash");

-- CreateIndex
CREATE INDEX "Referral_orderId_status_idx" ON "Referral"("orderId", "status");

-- CreateIndex
CREATE INDEX "Referral_jobseekerId_idx" ON "Referral"("jobseekerId");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_orderId_jobseekerId_key" ON "Referral"("orderId", "jobseekerId");

-- CreateIndex
CREATE INDEX "ReferralEvent_referralId_seq_idx" ON "ReferralEvent"("referralId", "seq");

-- CreateIndex
CREATE INDEX "ReferralEvent_orderId_at_idx" ON "ReferralEvent"("orderId", "at");

-- CreateIndex
CREATE INDEX "ReferralEvent_status_at_idx" ON "ReferralEvent"("status", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralEvent_referralId_key_key" ON "ReferralEvent"("referralId", "key");

-- CreateIndex
CREATE INDEX "Task_jobcentreId_status_dueAt_idx" ON "Task"("jobcentreId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_assigneeId_status_dueAt_idx" ON "Task"("assigneeId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_regionId_status_dueAt_idx" ON "Task"("regionId", "status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Task_orderId_key_key" ON "Task"("orderId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyVisit_taskId_key" ON "CompanyVisit"("taskId");

-- CreateIndex
CREATE INDEX "CompanyVisit_jobcentreId_plannedFor_idx" ON "CompanyVisit"("jobcentreId", "plannedFor");

-- CreateIndex
CREATE INDEX "CompanyVisit_companyId_idx" ON "CompanyVisit"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "SatisfactionSurvey_tokenHash_key" ON "SatisfactionSurvey"("tokenHash");

-- CreateIndex
CREATE INDEX "SatisfactionSurvey_jobcentreId_sentAt_idx" ON "SatisfactionSurvey"("jobcentreId", "sentAt");

-- CreateIndex
CREATE INDEX "JobOrder_sharedWithRegionAt_idx" ON "JobOrder"("sharedWithRegionAt");

-- AddForeignKey
ALTER TABLE "Jobcentre" ADD CONSTRAINT "Jobcentre_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "RecruitmentRegion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "JobOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_jobseekerId_fkey" FOREIGN KEY ("jobseekerId") REFERENCES "Jobseeker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "JobOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "RecruitmentRegion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_completedById_fkey" FOREIGN KEY ("completedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "JobOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderMeeting" ADD CONSTRAINT "OrderMeeting_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "JobOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SatisfactionSurvey" ADD CONSTRAINT "SatisfactionSurvey_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "JobOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SatisfactionSurvey" ADD CONSTRAINT "SatisfactionSurvey_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Orders waiting for an answer get their answer task, as new orders get it when they are assigned.
INSERT INTO "Task" ("id", "orderId", "jobcentreId", "kind", "dueAt", "assigneeId", "status", "createdAt", "key")
SELECT gen_random_uuid()::text, o."id", o."jobcentreId", 'ANSWER', o."dueAt", o."assigneeId", 'OPEN', o."receivedAt", 'answer'
FROM "JobOrder" o
WHERE o."status" IN ('RECEIVED', 'ASSIGNED') AND o."dueAt" IS NOT NULL;

-- Orders closed before this version: their close time from their history (the outcome is unknown).
UPDATE "JobOrder" o SET "closedAt" = e."at"
FROM "JobOrderEvent" e
WHERE e."orderId" = o."id" AND e."key" = 'closed' AND o."status" = 'CLOSED' AND o."closedAt" IS NULL;
