-- AlterTable
ALTER TABLE "JobOrder" ADD COLUMN     "originVisitId" TEXT,
ADD COLUMN     "takenById" TEXT;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_takenById_fkey" FOREIGN KEY ("takenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_originVisitId_fkey" FOREIGN KEY ("originVisitId") REFERENCES "CompanyVisit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

