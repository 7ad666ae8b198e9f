-- AlterEnum
ALTER TYPE "JobOrderEventKind" ADD VALUE 'CORRECTED';

