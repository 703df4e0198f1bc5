-- Reminders and deadlines that run by themselves (issue 13): a reminder schedule on the assessment,
-- a job queue in the database (claimed with FOR UPDATE SKIP LOCKED, leased, deduplicated by purpose)
-- and one row per automatic reminder sent, unique per respondent and occurrence.
ALTER TABLE "Assessment" ADD COLUMN "reminderDaysBefore" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
ALTER TABLE "Assessment" ADD COLUMN "reminderEveryDays" INTEGER;

CREATE TABLE "ScheduledJob" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "lockedUntil" TIMESTAMP(3),
    "lockedBy" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduledJob_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ScheduledJob_dedupeKey_key" ON "ScheduledJob"("dedupeKey");
CREATE INDEX "ScheduledJob_doneAt_runAt_idx" ON "ScheduledJob"("doneAt", "runAt");
CREATE INDEX "ScheduledJob_assessmentId_idx" ON "ScheduledJob"("assessmentId");
ALTER TABLE "ScheduledJob" ADD CONSTRAINT "ScheduledJob_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ReminderDelivery" (
    "id" TEXT NOT NULL,
    "respondentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "occurrenceKey" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderDelivery_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ReminderDelivery_respondentId_occurrenceKey_key" ON "ReminderDelivery"("respondentId", "occurrenceKey");
CREATE INDEX "ReminderDelivery_assessmentId_idx" ON "ReminderDelivery"("assessmentId");
ALTER TABLE "ReminderDelivery" ADD CONSTRAINT "ReminderDelivery_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Respondent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Open assessments that already have a future closing date close on it too (a past one is left open:
-- closing it now, unannounced, would surprise the bank).
INSERT INTO "ScheduledJob" ("id", "kind", "organizationId", "assessmentId", "runAt", "dedupeKey")
SELECT 'backfill-' || "id", 'assessment.close', "organizationId", "id", "deadline", 'close:' || "id"
  FROM "Assessment"
 WHERE "status" = 'OPEN' AND "deadline" > (now() AT TIME ZONE 'UTC');
