-- CreateTable
CREATE TABLE "PersonalDataAccess" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "jobseekerId" TEXT NOT NULL,
    "orderId" TEXT,
    "action" TEXT NOT NULL,
    "permitted" BOOLEAN NOT NULL,

    CONSTRAINT "PersonalDataAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PersonalDataAccess_jobseekerId_at_idx" ON "PersonalDataAccess"("jobseekerId", "at");

-- CreateIndex
CREATE INDEX "PersonalDataAccess_actorId_at_idx" ON "PersonalDataAccess"("actorId", "at");

