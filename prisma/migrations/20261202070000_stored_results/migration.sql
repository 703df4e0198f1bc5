-- CreateTable
CREATE TABLE "StoredResults" (
    "key" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "variant" TEXT NOT NULL,
    "results" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredResults_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "StoredResults_assessmentId_variant_idx" ON "StoredResults"("assessmentId", "variant");

-- AddForeignKey
ALTER TABLE "StoredResults" ADD CONSTRAINT "StoredResults_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
