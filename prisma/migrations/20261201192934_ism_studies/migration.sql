-- CreateEnum
CREATE TYPE "IsmStudyStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "IsmStudy" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "factorKeys" TEXT[],
    "factorNames" TEXT[],
    "status" "IsmStudyStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "IsmStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmExpert" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenSealed" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "IsmExpert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IsmJudgement" (
    "expertId" TEXT NOT NULL,
    "i" INTEGER NOT NULL,
    "j" INTEGER NOT NULL,
    "letter" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IsmJudgement_pkey" PRIMARY KEY ("expertId","i","j")
);

-- CreateTable
CREATE TABLE "AdoptedIsmModel" (
    "organizationId" TEXT NOT NULL,
    "studyId" TEXT,
    "studyName" TEXT NOT NULL,
    "factorKeys" TEXT[],
    "factorNames" TEXT[],
    "ssim" TEXT[],
    "ruleKind" TEXT NOT NULL,
    "threshold" DOUBLE PRECISION,
    "expertCount" INTEGER NOT NULL,
    "adoptedById" TEXT,
    "adoptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdoptedIsmModel_pkey" PRIMARY KEY ("organizationId")
);

-- CreateIndex
CREATE INDEX "IsmStudy_organizationId_createdAt_idx" ON "IsmStudy"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IsmExpert_tokenHash_key" ON "IsmExpert"("tokenHash");

-- CreateIndex
CREATE INDEX "IsmExpert_organizationId_idx" ON "IsmExpert"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "IsmExpert_studyId_email_key" ON "IsmExpert"("studyId", "email");

-- AddForeignKey
ALTER TABLE "IsmStudy" ADD CONSTRAINT "IsmStudy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmExpert" ADD CONSTRAINT "IsmExpert_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "IsmStudy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IsmJudgement" ADD CONSTRAINT "IsmJudgement_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "IsmExpert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdoptedIsmModel" ADD CONSTRAINT "AdoptedIsmModel_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
