-- CreateEnum
CREATE TYPE "EmployeeBand" AS ENUM ('E0', 'E1', 'E2_4', 'E5_9', 'E10_19', 'E20_49', 'E50_99', 'E100_199', 'E200_499', 'E500_999', 'E1000_PLUS');

-- CreateEnum
CREATE TYPE "IndustryClassification" AS ENUM ('DB25', 'DB07');

-- CreateEnum
CREATE TYPE "RegisterSource" AS ENUM ('CVR_IMPORT', 'STAFF', 'JOB_ORDER');

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "advertisingProtected" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "employeeBand" "EmployeeBand",
ADD COLUMN     "industryClassification" "IndustryClassification",
ADD COLUMN     "industryCode" TEXT,
ADD COLUMN     "source" "RegisterSource" NOT NULL DEFAULT 'JOB_ORDER';

-- AlterTable: each order keeps its own copy of the company as the employer wrote it. Orders stored before
-- this migration wrote over the register, so the register row is the best copy of what they said.
ALTER TABLE "JobOrder" ADD COLUMN     "statedCompanyAddress" TEXT,
ADD COLUMN     "statedCompanyCity" TEXT,
ADD COLUMN     "statedCompanyName" TEXT,
ADD COLUMN     "statedCompanyPostcode" CHAR(4);
UPDATE "JobOrder" o SET "statedCompanyName" = c."name", "statedCompanyAddress" = c."address",
  "statedCompanyPostcode" = c."postcode", "statedCompanyCity" = c."city"
FROM "Company" c WHERE c."id" = o."companyId";
ALTER TABLE "JobOrder" ALTER COLUMN "statedCompanyAddress" SET NOT NULL,
ALTER COLUMN "statedCompanyName" SET NOT NULL,
ALTER COLUMN "statedCompanyPostcode" SET NOT NULL;

-- CreateTable
CREATE TABLE "ProductionUnit" (
    "pNumber" CHAR(10) NOT NULL,
    "companyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postcode" CHAR(4) NOT NULL,
    "city" TEXT,
    "industryCode" TEXT,
    "industryClassification" "IndustryClassification",
    "employeeBand" "EmployeeBand",
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductionUnit_pkey" PRIMARY KEY ("pNumber")
);

-- CreateTable
CREATE TABLE "CompanyRelationship" (
    "id" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "keyAccountConsultantId" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "source" "RegisterSource" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompanyRelationship_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProductionUnit_companyId_idx" ON "ProductionUnit"("companyId");

-- CreateIndex
CREATE INDEX "CompanyRelationship_companyId_idx" ON "CompanyRelationship"("companyId");

-- CreateIndex
CREATE INDEX "CompanyRelationship_keyAccountConsultantId_idx" ON "CompanyRelationship"("keyAccountConsultantId");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyRelationship_jobcentreId_companyId_key" ON "CompanyRelationship"("jobcentreId", "companyId");

-- CreateIndex
CREATE INDEX "JobOrder_companyId_idx" ON "JobOrder"("companyId");

-- AddForeignKey
ALTER TABLE "ProductionUnit" ADD CONSTRAINT "ProductionUnit_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyRelationship" ADD CONSTRAINT "CompanyRelationship_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyRelationship" ADD CONSTRAINT "CompanyRelationship_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyRelationship" ADD CONSTRAINT "CompanyRelationship_keyAccountConsultantId_fkey" FOREIGN KEY ("keyAccountConsultantId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Data: the relationships of each jobcentre, from the orders it received and from the key accounts the
-- register kept on the company. Then the key account moves off the national row.
INSERT INTO "CompanyRelationship" ("id", "jobcentreId", "companyId", "source", "createdAt", "updatedAt")
SELECT gen_random_uuid()::text, o."jobcentreId", o."companyId", 'JOB_ORDER', min(o."receivedAt"), now()
FROM "JobOrder" o GROUP BY o."jobcentreId", o."companyId";

INSERT INTO "CompanyRelationship" ("id", "jobcentreId", "companyId", "keyAccountConsultantId", "source", "updatedAt")
SELECT gen_random_uuid()::text, c."keyAccountJobcentreId", c."id", c."keyAccountConsultantId", 'STAFF', now()
FROM "Company" c WHERE c."keyAccountJobcentreId" IS NOT NULL
ON CONFLICT ("jobcentreId", "companyId") DO UPDATE SET "keyAccountConsultantId" = EXCLUDED."keyAccountConsultantId";

-- DropForeignKey
ALTER TABLE "Company" DROP CONSTRAINT "Company_keyAccountConsultantId_fkey";

-- DropForeignKey
ALTER TABLE "Company" DROP CONSTRAINT "Company_keyAccountJobcentreId_fkey";

-- AlterTable
ALTER TABLE "Company" DROP COLUMN "keyAccountConsultantId",
DROP COLUMN "keyAccountJobcentreId";
