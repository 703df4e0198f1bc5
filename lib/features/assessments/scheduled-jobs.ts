// What the queued jobs of an assessment do (the queue itself: lib/platform/jobs). Both are safe to
// run again and concurrently:
// - a reminder goes only to respondents who have not submitted and are not revoked, of an OPEN
//   assessment, and each is claimed first by inserting ReminderDelivery(respondent, occurrence) —
//   unique, so a retried or doubly claimed job skips everyone already reminded for this occurrence;
// - the closing runs the same status change as the Close button, with the job marked done in the same
//   transaction, so it closes once; a stale job (deadline moved or cleared) closes nothing.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { completeJob, type JobRow } from "../../platform/jobs/queue.ts";
import type { JobHandler, JobRun } from "../../platform/jobs/worker.ts";
import { createMailer, type Mailer } from "../../platform/mail/mailer.ts";
import { recordAudit } from "../../platform/audit.ts";
import { occurrenceKey } from "../../domain/scheduling/reminder-schedule.ts";
import { changeAssessmentStatus, sendLinkTo } from "./manage.ts";
import { respondentToken } from "./respondent-links.ts";
import { CLOSE_JOB, REMIND_JOB, scheduleClosing, scheduleNextReminder } from "./schedule.ts";

/** Claims one respondent's reminder for an occurrence, re-checking in the same statement who may get one. */
async function claimReminder(db: Db, respondentId: string, job: JobRow, occurrence: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "ReminderDelivery" (id, "respondentId", "organizationId", "assessmentId", "occurrenceKey")
    SELECT gen_random_uuid()::text, r.id, r."organizationId", r."assessmentId", ${occurrence}
      FROM "Respondent" r JOIN "Assessment" a ON a.id = r."assessmentId"
     WHERE r.id = ${respondentId} AND r."organizationId" = ${job.organizationId} AND a.id = ${job.assessmentId}
       AND a.status = 'OPEN' AND r."submittedAt" IS NULL AND r."revokedAt" IS NULL
    ON CONFLICT ("respondentId", "occurrenceKey") DO NOTHING
    RETURNING id`;
  return rows.length > 0;
}

/** Sends one occurrence's reminders; returns how many were sent and how many failed (those are retried). */
export async function sendScheduledReminders(db: Db, job: JobRow, now: Date, mailer: Mailer): Promise<{ sent: number; failed: number }> {
  const assessment = await db.assessment.findFirst({ where: { id: job.assessmentId, organizationId: job.organizationId } });
  const org = await db.organization.findUnique({
    where: { id: job.organizationId },
    select: { id: true, name: true, defaultLocale: true },
  });
  if (!assessment || !org || assessment.status !== "OPEN") return { sent: 0, failed: 0 };
  const occurrence = occurrenceKey(job.runAt);
  const pending = await db.respondent.findMany({
    where: { assessmentId: assessment.id, organizationId: org.id, submittedAt: null, revokedAt: null },
    select: { id: true, email: true, tokenSealed: true },
    orderBy: { id: "asc" },
  });
  let sent = 0;
  let failed = 0;
  for (const r of pending) {
    const token = respondentToken(r.tokenSealed);
    if (!token || !(await claimReminder(db, r.id, job, occurrence))) continue;
    try {
      await sendLinkTo(db, mailer, org, assessment, { email: r.email, token }, true, now);
    } catch (e) {
      // Not sent: give the claim back so that the job's retry tries this person again.
      await db.reminderDelivery.deleteMany({ where: { respondentId: r.id, occurrenceKey: occurrence } });
      console.error("[jobs] a scheduled reminder could not be sent", e instanceof Error ? e.message : e);
      failed++;
      continue;
    }
    await db.reminderDelivery.updateMany({ where: { respondentId: r.id, occurrenceKey: occurrence }, data: { sentAt: now } });
    sent++;
  }
  if (sent > 0) {
    await recordAudit(db, {
      organizationId: org.id,
      actorUserId: null,
      action: "assessment.reminded-on-schedule",
      target: assessment.id,
      detail: { count: sent, occurrence },
    });
  }
  return { sent, failed };
}

/** The reminder job: send, then (once nothing failed) mark it done and queue the next occurrence. */
export function reminderJobHandler(mailerFor: () => Mailer | null = () => createMailer()): JobHandler {
  return async (db, job, run) => {
    const mailer = mailerFor();
    // Without e-mail nothing can be sent; the occurrence passes (the page says e-mail is off).
    const { failed } = mailer ? await sendScheduledReminders(db, job, run.now, mailer) : { failed: 0 };
    if (failed > 0) throw new Error(`${failed} scheduled reminder(s) could not be sent`);
    await db.$transaction(async (tx) => {
      if (!(await completeJob(tx, job, run.workerId, run.now))) return;
      const a = await tx.assessment.findFirst({ where: { id: job.assessmentId, organizationId: job.organizationId } });
      // A closed assessment keeps its schedule (it may be reopened); a published one is final.
      if (a && a.status !== "PUBLISHED") await scheduleNextReminder(tx, a, run.now);
    });
  };
}

/** The closing job: closes the assessment at its deadline through the same status change as the Close button. */
export const closeJobHandler: JobHandler = async (db: Db, job: JobRow, run: JobRun) => {
  const a = await db.assessment.findFirst({ where: { id: job.assessmentId, organizationId: job.organizationId } });
  if (a?.deadline && a.deadline.getTime() > run.now.getTime()) {
    // The deadline was moved later without this job following it: follow it now.
    await scheduleClosing(db, { ...a, deadline: a.deadline });
    return;
  }
  await changeAssessmentStatus(
    db,
    job.organizationId,
    null,
    job.assessmentId,
    { from: "OPEN", to: "CLOSED" },
    {
      auditAction: "assessment.closed-on-deadline",
      detail: { deadline: a?.deadline?.toISOString() ?? "none" },
      now: run.now,
      // Closes only while the job is this worker's and not done, and marks it done in the same transaction;
      // an assessment without a deadline (cleared) is not closed.
      alsoInTransaction: async (tx) => (await completeJob(tx, job, run.workerId, run.now)) && Boolean(a?.deadline),
    },
  );
};

/** Every job kind the app runs. */
export function assessmentJobHandlers(mailerFor?: () => Mailer | null): Record<string, JobHandler> {
  return { [REMIND_JOB]: reminderJobHandler(mailerFor), [CLOSE_JOB]: closeJobHandler };
}
