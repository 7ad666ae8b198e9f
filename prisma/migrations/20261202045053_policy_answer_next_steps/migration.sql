-- AlterTable
ALTER TABLE "ResponsePolicy" ADD COLUMN     "answerNextSteps" TEXT[] DEFAULT ARRAY['Vi finder kandidater og sender jer de første', 'Vi ringer til jer for at høre mere om jobbet', 'Vi holder et møde med jer om rekrutteringen', 'Vi slår jobbet op på Jobnet for jer', 'Vi sender jobordren videre til den regionale rekrutteringsservice']::TEXT[];

