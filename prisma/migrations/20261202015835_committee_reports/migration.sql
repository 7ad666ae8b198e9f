-- CreateEnum
CREATE TYPE "CommitteeReportKind" AS ENUM ('QUARTERLY', 'ON_DEMAND');

-- CreateTable
CREATE TABLE "CommitteeReport" (
    "id" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "periodFrom" CHAR(10) NOT NULL,
    "periodTo" CHAR(10) NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "CommitteeReportKind" NOT NULL,
    "pdf" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitteeReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeReport_jobcentreId_periodFrom_periodTo_kind_key" ON "CommitteeReport"("jobcentreId", "periodFrom", "periodTo", "kind");

-- AddForeignKey
ALTER TABLE "CommitteeReport" ADD CONSTRAINT "CommitteeReport_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

