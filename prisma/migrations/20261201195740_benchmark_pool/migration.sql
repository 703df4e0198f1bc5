-- CreateTable
CREATE TABLE "BenchmarkEntry" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "frameworkVersion" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "ownership" "Ownership",
    "sizeBand" "SizeBand",
    "region" TEXT,
    "scores" DOUBLE PRECISION[],
    "packedScores" BYTEA NOT NULL,
    "latestInRound" BOOLEAN NOT NULL DEFAULT true,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BenchmarkEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BenchmarkEntry_assessmentId_key" ON "BenchmarkEntry"("assessmentId");

-- CreateIndex
CREATE INDEX "BenchmarkEntry_frameworkVersion_round_latestInRound_ownersh_idx" ON "BenchmarkEntry"("frameworkVersion", "round", "latestInRound", "ownership", "sizeBand", "region");

-- CreateIndex
CREATE INDEX "BenchmarkEntry_organizationId_round_idx" ON "BenchmarkEntry"("organizationId", "round");

-- AddForeignKey
ALTER TABLE "BenchmarkEntry" ADD CONSTRAINT "BenchmarkEntry_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkEntry" ADD CONSTRAINT "BenchmarkEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
