-- DropIndex
DROP INDEX "JobOrder_jobcentreId_receivedAt_idx";

-- CreateIndex
CREATE INDEX "JobOrder_jobcentreId_receivedAt_id_idx" ON "JobOrder"("jobcentreId", "receivedAt", "id");

