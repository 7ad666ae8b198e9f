-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('AWAITING_VISIT', 'AWAITING_FOLLOW_UP', 'FOLLOWED_UP', 'VISIT_MISSED', 'FOLLOW_UP_MISSED', 'DECLINED');

-- CreateTable
CREATE TABLE "VisitProgramme" (
    "id" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "employeesAbove" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "followUpWithinMonths" INTEGER NOT NULL,
    "reminderDaysBefore" INTEGER NOT NULL DEFAULT 14,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeEnrolment" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'AWAITING_VISIT',
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstVisitDueAt" TIMESTAMP(3) NOT NULL,
    "firstVisitId" TEXT,
    "firstVisitAt" TIMESTAMP(3),
    "followUpDueAt" TIMESTAMP(3),
    "followUpVisitId" TEXT,
    "followUpAt" TIMESTAMP(3),
    "missedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "declinedById" TEXT,
    "workflowStartedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VisitProgramme_jobcentreId_name_key" ON "VisitProgramme"("jobcentreId", "name");

-- CreateIndex
CREATE INDEX "ProgrammeEnrolment_jobcentreId_status_idx" ON "ProgrammeEnrolment"("jobcentreId", "status");

-- CreateIndex
CREATE INDEX "ProgrammeEnrolment_workflowStartedAt_idx" ON "ProgrammeEnrolment"("workflowStartedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeEnrolment_programmeId_companyId_key" ON "ProgrammeEnrolment"("programmeId", "companyId");

-- AddForeignKey
ALTER TABLE "VisitProgramme" ADD CONSTRAINT "VisitProgramme_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeEnrolment" ADD CONSTRAINT "ProgrammeEnrolment_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "VisitProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeEnrolment" ADD CONSTRAINT "ProgrammeEnrolment_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

