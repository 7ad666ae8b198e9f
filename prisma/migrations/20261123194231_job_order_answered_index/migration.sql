-- CreateIndex
CREATE INDEX "JobOrder_jobcentreId_answeredAt_idx" ON "JobOrder"("jobcentreId", "answeredAt");

