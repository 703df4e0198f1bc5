// A job queue in the database, shared by every app process (docs/SCALE-OUT.md, "scheduled jobs").
// A job is claimed by one statement (UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)), so two
// processes never claim the same due job; the claim is a lease (lockedUntil): a process that dies
// with a job keeps it only until the lease ends, then another claims it. Handlers must therefore be
// idempotent (the reminder and closing handlers record what they did in the same database).
// A job's dedupeKey names its purpose ("close:<assessment>"): scheduling again replaces the pending one.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "../db/connect.ts";

type Tx = Pick<Db, "scheduledJob" | "$queryRaw" | "$executeRaw">;

export interface JobRow {
  id: string;
  kind: string;
  organizationId: string;
  assessmentId: string;
  runAt: Date;
  dedupeKey: string;
  attempts: number;
}

export interface NewJob {
  kind: string;
  organizationId: string;
  assessmentId: string;
  runAt: Date;
  dedupeKey: string;
}

/** An instant as a UTC `timestamp` parameter (the columns are timestamp(3) holding UTC). */
const iso = (d: Date) => d.toISOString();

/** Creates the job, or replaces the one with the same purpose (new time, pending again, attempts reset). */
export async function scheduleJob(db: Tx, job: NewJob): Promise<void> {
  await db.scheduledJob.upsert({
    where: { dedupeKey: job.dedupeKey },
    create: job,
    update: { runAt: job.runAt, doneAt: null, lockedUntil: null, lockedBy: null, attempts: 0, lastError: null },
  });
}

/** Drops pending jobs of an assessment whose purpose starts with `prefix` (a done job stays as history). */
export async function cancelPendingJobs(db: Tx, assessmentId: string, prefix: string): Promise<void> {
  await db.scheduledJob.deleteMany({ where: { assessmentId, doneAt: null, dedupeKey: { startsWith: prefix } } });
}

/**
 * Claims up to `limit` due jobs for `workerId` until now + leaseMs, oldest first, skipping rows
 * another process holds locked at this moment. Each claim counts as an attempt.
 */
export async function claimDueJobs(db: Tx, workerId: string, now: Date, leaseMs: number, limit = 10): Promise<JobRow[]> {
  const until = new Date(now.getTime() + leaseMs);
  return db.$queryRaw<JobRow[]>`
    UPDATE "ScheduledJob"
       SET "lockedBy" = ${workerId}, "lockedUntil" = (${iso(until)}::timestamptz AT TIME ZONE 'UTC'), attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM "ScheduledJob"
        WHERE "doneAt" IS NULL
          AND "runAt" <= (${iso(now)}::timestamptz AT TIME ZONE 'UTC')
          AND ("lockedUntil" IS NULL OR "lockedUntil" < (${iso(now)}::timestamptz AT TIME ZONE 'UTC'))
        ORDER BY "runAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, "organizationId", "assessmentId", "runAt", "dedupeKey", attempts`;
}

/**
 * Marks the job done if this worker still holds this claim (a lease taken over by another process
 * is theirs to finish). Usable inside the handler's own transaction, so that the job's effect and its
 * completion commit together. Returns false when the job was not this worker's (or already done).
 */
export async function completeJob(db: Tx, job: Pick<JobRow, "id">, workerId: string, now: Date): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "ScheduledJob" SET "doneAt" = (${iso(now)}::timestamptz AT TIME ZONE 'UTC'), "lockedUntil" = NULL, "lastError" = NULL
     WHERE id = ${job.id} AND "doneAt" IS NULL AND "lockedBy" = ${workerId}`;
  return changed > 0;
}

/** Gives a failed job back with a delay growing with its attempts (1, 2, 4 … minutes, at most an hour). */
export async function releaseFailedJob(db: Tx, job: JobRow, workerId: string, now: Date, error: string): Promise<void> {
  const delayMs = Math.min(60, 2 ** Math.max(0, job.attempts - 1)) * 60_000;
  await db.scheduledJob.updateMany({
    where: { id: job.id, doneAt: null, lockedBy: workerId },
    data: { lockedUntil: new Date(now.getTime() + delayMs), lastError: error.slice(0, 500) },
  });
}

/** A name for this process's claims: host-independent, unique per start. */
export function newWorkerId(): string {
  return `${process.pid}-${randomUUID().slice(0, 8)}`;
}
