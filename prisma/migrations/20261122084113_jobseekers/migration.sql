-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "BenefitGroup" AS ENUM ('UNEMPLOYMENT_BENEFIT', 'JOB_READY_CASH_BENEFIT', 'EDUCATION_BENEFIT', 'FLEX_JOB_ELIGIBLE', 'IGU_ELIGIBLE_REFUGEE');

-- AlterTable
ALTER TABLE "PostcodeArea" ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "Jobseeker" (
    "id" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "postcode" CHAR(4) NOT NULL,
    "maxTravelKm" INTEGER NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL,
    "benefitGroup" "BenefitGroup" NOT NULL,
    "occupations" TEXT[],
    "skills" TEXT[],
    "certificates" TEXT[],
    "drivingLicences" TEXT[],
    "languages" TEXT[],
    "cvSummary" TEXT NOT NULL DEFAULT '',
    "contactConsent" BOOLEAN NOT NULL DEFAULT false,
    "searchText" TEXT NOT NULL,
    "searchDocument" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Jobseeker_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Jobseeker_jobcentreId_benefitGroup_idx" ON "Jobseeker"("jobcentreId", "benefitGroup");

-- CreateIndex
CREATE INDEX "Jobseeker_searchDocument_idx" ON "Jobseeker" USING GIN ("searchDocument");

-- CreateIndex
CREATE INDEX "Jobseeker_searchText_idx" ON "Jobseeker" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Jobseeker_jobcentreId_externalRef_key" ON "Jobseeker"("jobcentreId", "externalRef");

-- AddForeignKey
ALTER TABLE "Jobseeker" ADD CONSTRAINT "Jobseeker_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

