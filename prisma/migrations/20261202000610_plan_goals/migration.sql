-- CreateEnum
CREATE TYPE "GoalMeasure" AS ENUM ('ANSWERED_ON_TIME', 'FORMIDLINGSGRAD', 'BESAETTELSESGRAD', 'ORDERS_FILLED', 'SATISFIED', 'ORDERS_RECEIVED', 'COMPANY_VISITS', 'CAMPAIGNS');

-- CreateEnum
CREATE TYPE "GoalComparator" AS ENUM ('AT_LEAST', 'AT_MOST', 'AT_LEAST_NATIONAL');

-- CreateTable
CREATE TABLE "PlanGoal" (
    "id" TEXT NOT NULL,
    "jobcentreId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "measure" "GoalMeasure" NOT NULL,
    "comparator" "GoalComparator" NOT NULL,
    "target" DECIMAL(12,4),
    "perItemTarget" INTEGER,
    "label" TEXT NOT NULL,
    "wording" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "PlanGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalFigure" (
    "id" TEXT NOT NULL,
    "measure" "GoalMeasure" NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(6,4) NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "NationalFigure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanGoal_jobcentreId_year_measure_key" ON "PlanGoal"("jobcentreId", "year", "measure");

-- CreateIndex
CREATE UNIQUE INDEX "NationalFigure_measure_year_key" ON "NationalFigure"("measure", "year");

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_jobcentreId_fkey" FOREIGN KEY ("jobcentreId") REFERENCES "Jobcentre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanGoal" ADD CONSTRAINT "PlanGoal_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalFigure" ADD CONSTRAINT "NationalFigure_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

