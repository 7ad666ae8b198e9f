-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CountingMode" AS ENUM ('CLOCK_HOURS', 'WORKING_HOURS');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('CONSULTANT', 'TEAM_LEAD', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "JobOrderKind" AS ENUM ('ORDINARY', 'SMALL_JOB', 'FLEX_JOB', 'WAGE_SUBSIDY', 'COMPANY_INTERNSHIP', 'ADULT_APPRENTICE', 'APPRENTICE', 'IGU', 'JOB_ROTATION');

-- CreateEnum
CREATE TYPE "JobOrderStatus" AS ENUM ('RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "JobOrderEventKind" AS ENUM ('RECEIVED', 'RECEIPT_SENT', 'ASSIGNED', 'REASSIGNED', 'WARNED', 'DEADLINE_BREACHED', 'ESCALATED_TEAM_LEAD', 'ESCALATED_MANAGER', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('SENDING', 'SENT');

-- CreateTable
CREATE TABLE "Jobcentre" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAssignedUserId" TEXT,

    CONSTRAINT "Jobcentre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostcodeArea" (
    "postcode" CHAR(4) NOT NULL,
    "city" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,

    CONSTRAINT "PostcodeArea_pkey" PRIMARY KEY ("postcode")
);

-- CreateTable
CREATE TABLE "ResponsePolicy" (
    "id" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "responseHours" INTEGER NOT NULL,
    "countingMode" "CountingMode" NOT NULL,
    "openingHours" JSONB NOT NULL,
    "useDanishHolidays" BOOLEAN NOT NULL DEFAULT true,
    "extraClosedDays" JSONB NOT NULL DEFAULT '[]',
    "warningAtPercent" INTEGER NOT NULL,
    "escalateTeamLeadAfterHours" INTEGER NOT NULL DEFAULT 0,
    "escalateManagerAfterHours" INTEGER NOT NULL,
    "escalationEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "note" TEXT,

    CONSTRAINT "ResponsePolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "employerEmail" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerLoginToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployerLoginToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
    "cvr" CHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postcode" CHAR(4) NOT NULL,
    "city" TEXT,
    "keyAccountConsultantId" TEXT,
    "keyAccountJobcentreId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobOrder" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "submissionKey" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "positions" INTEGER NOT NULL,
    "kind" "JobOrderKind" NOT NULL,
    "hoursPerWeek" DECIMAL(4,1) NOT NULL,
    "startDate" DATE NOT NULL,
    "workplacePostcode" CHAR(4) NOT NULL,
    "requirements" TEXT NOT NULL DEFAULT '',
    "openToSmallJobs" BOOLEAN NOT NULL DEFAULT false,
    "openToFlexJob" BOOLEAN NOT NULL DEFAULT false,
    "openToJobCrafting" BOOLEAN NOT NULL DEFAULT false,
    "status" "JobOrderStatus" NOT NULL DEFAULT 'RECEIVED',
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "warnAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "assigneeId" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "answerText" TEXT,
    "answeredOnTime" BOOLEAN,
    "warnedAt" TIMESTAMP(3),
    "breachedAt" TIMESTAMP(3),
    "escalationLevel" INTEGER NOT NULL DEFAULT 0,
    "workflowId" TEXT NOT NULL,
    "workflowStartedAt" TIMESTAMP(3),

    CONSTRAINT "JobOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobOrderEvent" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "JobOrderEventKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "key" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "JobOrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SentMail" (
    "key" TEXT NOT NULL,
    "orderId" TEXT,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "SentMail_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OrderNumberCounter" (
    "year" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "OrderNumberCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "PostcodeArea_jobcentreId_idx" ON "PostcodeArea"("jobcentreId");

-- CreateIndex
CREATE UNIQUE INDEX "ResponsePolicy_jobcentreId_version_key" ON "ResponsePolicy"("jobcentreId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_jobcentreId_role_idx" ON "User"("jobcentreId", "role");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerLoginToken_tokenHash_key" ON "EmployerLoginToken"("tokenHash");

-- CreateIndex
CREATE INDEX "EmployerLoginToken_email_idx" ON "EmployerLoginToken"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Company_cvr_key" ON "Company"("cvr");

-- CreateIndex
CREATE UNIQUE INDEX "JobOrder_number_key" ON "JobOrder"("number");

-- CreateIndex
CREATE UNIQUE INDEX "JobOrder_submissionKey_key" ON "JobOrder"("submissionKey");

-- CreateIndex
CREATE UNIQUE INDEX "JobOrder_workflowId_key" ON "JobOrder"("workflowId");

-- CreateIndex
CREATE INDEX "JobOrder_jobcentreId_status_dueAt_idx" ON "JobOrder"("jobcentreId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "JobOrder_jobcentreId_receivedAt_idx" ON "JobOrder"("jobcentreId", "receivedAt");

-- CreateIndex
CREATE INDEX "JobOrder_contactEmail_idx" ON "JobOrder"("contactEmail");

-- CreateIndex
CREATE INDEX "JobOrder_assigneeId_status_idx" ON "JobOrder"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "JobOrder_workflowStartedAt_idx" ON "JobOrder"("workflowStartedAt");

-- CreateIndex
CREATE INDEX "JobOrderEvent_orderId_at_idx" ON "JobOrderEvent"("orderId", "at");

-- CreateIndex
CREATE INDEX "JobOrderEvent_kind_at_idx" ON "JobOrderEvent"("kind", "at");

-- CreateIndex
CREATE UNIQUE INDEX "JobOrderEvent_orderId_key_key" ON "JobOrderEvent"("orderId", "key");

-- CreateIndex
CREATE INDEX "SentMail_orderId_idx" ON "SentMail"("orderId");

-- AddForeignKey
ALTER TABLE "PostcodeArea" ADD CONSTRAINT "PostcodeArea_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsePolicy" ADD CONSTRAINT "ResponsePolicy_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsePolicy" ADD CONSTRAINT "ResponsePolicy_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_keyAccountConsultantId_fkey" FOREIGN KEY ("keyAccountConsultantId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_keyAccountJobcentreId_fkey" FOREIGN KEY ("keyAccountJobcentreId") REFERENCES "Jobcentre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ResponsePolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrderEvent" ADD CONSTRAINT "JobOrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "JobOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrderEvent" ADD CONSTRAINT "JobOrderEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

