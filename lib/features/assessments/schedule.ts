// An assessment's closing date and reminder schedule: the setting (an ADMIN's action, audited), the
// jobs it puts in the queue (lib/platform/jobs), and what the assessment page shows of them.
// The jobs' handlers are in scheduled-jobs.ts.
import "server-only";
import { z } from "zod";
import { defineOrgAction } from "../access/action.ts";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Db } from "../../platform/db/connect.ts";
import { cancelPendingJobs, scheduleJob } from "../../platform/jobs/queue.ts";
import { nextReminderAt, REMINDER_DAYS_BEFORE, REMINDER_EVERY_DAYS } from "../../domain/scheduling/reminder-schedule.ts";

export const REMIND_JOB = "assessment.remind";
export const CLOSE_JOB = "assessment.close";
export const remindKeyPrefix = (assessmentId: string) => `remind:${assessmentId}:`;
export const closeKey = (assessmentId: string) => `close:${assessmentId}`;

type Tx = Pick<Db, "scheduledJob" | "$queryRaw" | "$executeRaw">;

export interface SchedulableAssessment {
  id: string;
  organizationId: string;
  createdAt: Date;
  deadline: Date | null;
  reminderDaysBefore: number[];
  reminderEveryDays: number | null;
}

/** The next reminder strictly after `after` for this assessment's schedule. */
export function nextReminderFor(a: SchedulableAssessment, after: Date): Date | null {
  return nextReminderAt(
    { deadline: a.deadline, daysBefore: a.reminderDaysBefore, everyDays: a.reminderEveryDays, anchor: a.createdAt },
    after,
  );
}

/** Queues the next reminder after `after` (nothing when none is left). */
export async function scheduleNextReminder(tx: Tx, a: SchedulableAssessment, after: Date): Promise<void> {
  const at = nextReminderFor(a, after);
  if (!at) return;
  const dedupeKey = `${remindKeyPrefix(a.id)}${at.toISOString()}`;
  await scheduleJob(tx, { kind: REMIND_JOB, organizationId: a.organizationId, assessmentId: a.id, runAt: at, dedupeKey });
}

/** Queues (or moves) the closing at the assessment's deadline. */
export async function scheduleClosing(tx: Tx, a: SchedulableAssessment & { deadline: Date }): Promise<void> {
  await scheduleJob(tx, {
    kind: CLOSE_JOB,
    organizationId: a.organizationId,
    assessmentId: a.id,
    runAt: a.deadline,
    dedupeKey: closeKey(a.id),
  });
}

/** Replaces the assessment's pending jobs by those its current deadline and schedule call for. */
export async function rescheduleAssessmentJobs(tx: Tx, a: SchedulableAssessment, now: Date): Promise<void> {
  await cancelPendingJobs(tx, a.id, remindKeyPrefix(a.id));
  await scheduleNextReminder(tx, a, now);
  if (a.deadline) {
    await scheduleClosing(tx, { ...a, deadline: a.deadline });
  } else {
    await cancelPendingJobs(tx, a.id, closeKey(a.id));
  }
}

const choice = (allowed: readonly number[], message: string) => z.coerce.number().refine((n) => allowed.includes(n), message);

export const scheduleSchema = z.object({
  assessmentId: z.string().min(1),
  // A calendar day; the assessment closes at its end (23:59:59 UTC), as when it is created.
  deadline: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T23:59:59Z`) : new Date(NaN);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: "Enter a date like 2027-03-31." });
        return z.NEVER;
      }
      if (d.getTime() < Date.now()) {
        ctx.addIssue({ code: "custom", message: "The closing date must be today or later." });
        return z.NEVER;
      }
      return d;
    }),
  daysBefore: z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : (v ?? [])),
      z.array(choice(REMINDER_DAYS_BEFORE, `Choose reminders ${REMINDER_DAYS_BEFORE.join(", ")} days before the closing date.`)),
    )
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  everyDays: z.preprocess(
    (v) => (v === "" || v === "none" || v === undefined ? null : v),
    choice(REMINDER_EVERY_DAYS, `Repeat every ${REMINDER_EVERY_DAYS.join(", ")} days, or not at all.`).nullable(),
  ),
});

/** Sets the closing date and reminders of an open assessment and reschedules its jobs, in one transaction. */
export async function setAssessmentSchedule(
  db: Db,
  organizationId: string,
  actorUserId: string,
  input: z.output<typeof scheduleSchema>,
  now = new Date(),
): Promise<ActionResult<undefined>> {
  if (input.daysBefore.length > 0 && !input.deadline)
    return fail(422, "Please correct the schedule.", { daysBefore: ["Reminders before the closing date need a closing date."] });
  return db.$transaction(async (tx) => {
    // Locked, so that two saves at once cannot leave jobs of the older one behind.
    const locked = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM "Assessment" WHERE id = ${input.assessmentId} AND "organizationId" = ${organizationId} FOR UPDATE`;
    if (locked.length === 0) return fail(404, "That assessment was not found.");
    if (locked[0]?.status !== "OPEN") return fail(409, "Only an open assessment has a closing date and reminders; reopen it first.");
    const a = await tx.assessment.update({
      where: { id: input.assessmentId },
      data: { deadline: input.deadline, reminderDaysBefore: input.daysBefore, reminderEveryDays: input.everyDays },
    });
    await rescheduleAssessmentJobs(tx, a, now);
    await recordAudit(tx, {
      organizationId,
      actorUserId,
      action: "assessment.schedule-changed",
      target: a.id,
      detail: {
        deadline: input.deadline?.toISOString() ?? "none",
        daysBefore: input.daysBefore.join(",") || "none",
        everyDays: input.everyDays ?? "none",
      },
    });
    return ok(undefined, "Schedule saved.");
  });
}

// Who may: those who may remind and close (the bank's owners and admins, on the bank's own address).
export const updateAssessmentSchedule = defineOrgAction({
  name: "assessment.schedule",
  minRole: "ADMIN",
  mutates: true,
  schema: scheduleSchema,
  run: (db, ctx, input) => setAssessmentSchedule(db, ctx.org.id, ctx.user.id, input),
});

export interface ScheduleSummary {
  deadline: Date | null;
  daysBefore: number[];
  everyDays: number | null;
  nextReminderAt: Date | null;
  closesAt: Date | null;
  remindersSent: number;
}

/** What the assessment page shows: the settings, the next pending reminder and closing, reminders sent so far. */
export async function scheduleSummary(db: Db, organizationId: string, assessmentId: string): Promise<ScheduleSummary | null> {
  const a = await db.assessment.findFirst({
    where: { id: assessmentId, organizationId },
    select: { deadline: true, reminderDaysBefore: true, reminderEveryDays: true },
  });
  if (!a) return null;
  const pending = await db.scheduledJob.findMany({
    where: { assessmentId, organizationId, doneAt: null },
    orderBy: { runAt: "asc" },
    select: { kind: true, runAt: true },
  });
  const remindersSent = await db.reminderDelivery.count({ where: { assessmentId, organizationId, sentAt: { not: null } } });
  return {
    deadline: a.deadline,
    daysBefore: a.reminderDaysBefore,
    everyDays: a.reminderEveryDays,
    nextReminderAt: pending.find((j) => j.kind === REMIND_JOB)?.runAt ?? null,
    closesAt: pending.find((j) => j.kind === CLOSE_JOB)?.runAt ?? null,
    remindersSent,
  };
}
