-- AlterTable
ALTER TABLE "CompanyVisit" ADD COLUMN     "campaignId" TEXT;

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "targetCompanies" INTEGER NOT NULL,
    "industryCodes" TEXT[],
    "employeeBands" "EmployeeBand"[],
    "postcodes" TEXT[],
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignCompany" (
    "campaignId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "consultantId" TEXT NOT NULL,

    CONSTRAINT "CampaignCompany_pkey" PRIMARY KEY ("campaignId","companyId")
);

-- CreateIndex
CREATE INDEX "Campaign_jobcentreId_startsOn_idx" ON "Campaign"("jobcentreId", "startsOn");

-- CreateIndex
CREATE INDEX "CampaignCompany_companyId_idx" ON "CampaignCompany"("companyId");

-- CreateIndex
CREATE INDEX "CampaignCompany_consultantId_idx" ON "CampaignCompany"("consultantId");

-- CreateIndex
CREATE INDEX "CompanyVisit_campaignId_companyId_idx" ON "CompanyVisit"("campaignId", "companyId");

-- AddForeignKey
ALTER TABLE "CompanyVisit" ADD CONSTRAINT "CompanyVisit_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCompany" ADD CONSTRAINT "CampaignCompany_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCompany" ADD CONSTRAINT "CampaignCompany_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignCompany" ADD CONSTRAINT "CampaignCompany_consultantId_fkey" FOREIGN KEY ("consultantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

