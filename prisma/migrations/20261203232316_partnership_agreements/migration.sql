-- AlterTable
ALTER TABLE "JobOrder" ADD COLUMN     "agreementId" TEXT,
ADD COLUMN     "fastTrack" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PartnershipAgreement" (
    "id" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "contactUserId" TEXT NOT NULL,
    "companyContactName" TEXT NOT NULL,
    "companyContactEmail" TEXT NOT NULL,
    "companyContactPhone" TEXT NOT NULL DEFAULT '',
    "fastTrackResponseHours" INTEGER NOT NULL,
    "companyCommitments" TEXT[],
    "jobcentreCommitments" TEXT[],
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnershipAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipTerms" (
    "jobcentreId" TEXT NOT NULL,
    "companyCommitments" TEXT[],
    "jobcentreCommitments" TEXT[],
    "fastTrackResponseHours" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnershipTerms_pkey" PRIMARY KEY ("jobcentreId")
);

-- CreateIndex
CREATE INDEX "PartnershipAgreement_jobcentreId_companyId_idx" ON "PartnershipAgreement"("jobcentreId", "companyId");

-- CreateIndex
CREATE INDEX "PartnershipAgreement_jobcentreId_endsOn_idx" ON "PartnershipAgreement"("jobcentreId", "endsOn");

-- CreateIndex
CREATE INDEX "PartnershipAgreement_contactUserId_idx" ON "PartnershipAgreement"("contactUserId");

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "PartnershipAgreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipAgreement" ADD CONSTRAINT "PartnershipAgreement_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipAgreement" ADD CONSTRAINT "PartnershipAgreement_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipAgreement" ADD CONSTRAINT "PartnershipAgreement_contactUserId_fkey" FOREIGN KEY ("contactUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipAgreement" ADD CONSTRAINT "PartnershipAgreement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipAgreement" ADD CONSTRAINT "PartnershipAgreement_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipTerms" ADD CONSTRAINT "PartnershipTerms_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


