-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "anonymityThreshold" INTEGER NOT NULL DEFAULT 5;
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_anonymityThreshold_min" CHECK ("anonymityThreshold" >= 3);
