-- CreateTable
CREATE TABLE "InstrumentHealthReport" (
    "id" TEXT NOT NULL,
    "frameworkVersion" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER NOT NULL,
    "assessments" INTEGER NOT NULL,
    "respondents" INTEGER NOT NULL,
    "report" JSONB NOT NULL,

    CONSTRAINT "InstrumentHealthReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InstrumentHealthReport_frameworkVersion_computedAt_idx" ON "InstrumentHealthReport"("frameworkVersion", "computedAt");
