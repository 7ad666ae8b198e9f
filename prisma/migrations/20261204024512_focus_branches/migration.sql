-- CreateTable
CREATE TABLE "FocusBranch" (
    "id" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "industryCodes" TEXT[],
    "position" INTEGER NOT NULL,

    CONSTRAINT "FocusBranch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FocusBranch_jobcentreId_name_key" ON "FocusBranch"("jobcentreId", "name");

-- AddForeignKey
ALTER TABLE "FocusBranch" ADD CONSTRAINT "FocusBranch_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

