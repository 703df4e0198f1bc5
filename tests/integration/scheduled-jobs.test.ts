// Reminders and closing dates that run by themselves (lib/platform/jobs, lib/features/assessments/
// scheduled-jobs.ts), on a real database with the clock in the test's hands: reminders go only to those
// who have not submitted and are not revoked, once per occurrence — with two workers at once, and after
// a worker died holding a job; the deadline closes the assessment through the Close button's operation,
// once; rescheduling, clearing and reopening behave; the setting is scoped to its organisation.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAssessment, reopenAssessment } from "../../lib/features/assessments/manage.ts";
import { CLOSE_JOB, REMIND_JOB, scheduleSummary, updateAssessmentSchedule } from "../../lib/features/assessments/schedule.ts";
import { assessmentJobHandlers, closeJobHandler } from "../../lib/features/assessments/scheduled-jobs.ts";
import { issueRespondentToken } from "../../lib/features/assessments/respondent-links.ts";
import { claimDueJobs } from "../../lib/platform/jobs/queue.ts";
import { runDueJobs, startJobWorker } from "../../lib/platform/jobs/worker.ts";
import { createPrismaClient, type Db } from "../../lib/platform/db/connect.ts";
import type { Mailer, MailMessage } from "../../lib/platform/mail/mailer.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = "meyar-2026.1";
const DAY = 86_400_000;
const LEASE = 60_000;
const dayIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const endOf = (day: string) => new Date(`${day}T23:59:59Z`);

/** A mailer that keeps what it was given; `hangAfter` makes every send after the first n never finish (a process dying mid-send). */
function recordingMailer(hangAfter = Infinity): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(m) {
      if (sent.length >= hangAfter) return new Promise<void>(() => undefined);
      sent.push(m);
    },
  };
}

describe.each(enginesUnderTest())("scheduled jobs on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let admin: SessionUser;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    admin = cast.a.ADMIN;
  });
  afterAll(async () => t?.dispose());
  // Each test moves the clock far ahead: earlier tests' pending jobs would fall due in it too.
  beforeEach(async () => {
    await t.db.scheduledJob.deleteMany({ where: { doneAt: null } });
  });

  /** An open assessment of bank A with two respondents to remind, one who submitted and one revoked. */
  async function assessmentWithRespondents(name: string, pendingCount = 2) {
    const created = await createAssessment.invoke(t.db, admin, cast.orgA.slug, {
      name,
      frameworkVersion: FW,
      modules: "cx,ecrm",
      groups: "managers",
    });
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const people = [
      ...Array.from({ length: pendingCount }, (_, i) => ({ email: `pending${i}@${id}.example`, submittedAt: null, revokedAt: null })),
      { email: `done@${id}.example`, submittedAt: new Date(), revokedAt: null },
      { email: `revoked@${id}.example`, submittedAt: null, revokedAt: new Date() },
    ];
    for (const p of people) {
      const { tokenHash, tokenSealed } = issueRespondentToken();
      await t.db.respondent.create({
        data: { assessmentId: id, organizationId: cast.orgA.id, group: "managers", tokenHash, tokenSealed, ...p },
      });
    }
    return { id, pending: people.filter((p) => !p.submittedAt && !p.revokedAt).map((p) => p.email) };
  }

  const schedule = (assessmentId: string, fields: { deadline?: string; daysBefore?: string; everyDays?: string }) =>
    updateAssessmentSchedule.invoke(t.db, admin, cast.orgA.slug, { assessmentId, deadline: "", daysBefore: "", everyDays: "", ...fields });
  const pendingJobs = (assessmentId: string) =>
    t.db.scheduledJob.findMany({ where: { assessmentId, doneAt: null }, orderBy: { runAt: "asc" }, select: { kind: true, runAt: true } });

  it("sends reminders only to those who have not submitted and are not revoked, once per occurrence, and queues the next", async () => {
    const { id, pending } = await assessmentWithRespondents("Reminders once");
    const day = dayIn(10);
    expect(await schedule(id, { deadline: day, daysBefore: "7,3" })).toMatchObject({ ok: true });
    const first = new Date(endOf(day).getTime() - 7 * DAY);
    expect(await pendingJobs(id)).toEqual([
      { kind: REMIND_JOB, runAt: first },
      { kind: CLOSE_JOB, runAt: endOf(day) },
    ]);
    const mailer = recordingMailer();
    const handlers = assessmentJobHandlers(() => mailer);
    expect(await runDueJobs(t.db, handlers, "w1", new Date(first.getTime() - 1000))).toBe(0);
    expect(await runDueJobs(t.db, handlers, "w1", new Date(first.getTime() + 1000))).toBe(1);
    expect(mailer.sent.map((m) => m.to).sort()).toEqual([...pending].sort());
    expect(mailer.sent[0]?.subject).toMatch(/reminder/i);
    const reminded = await t.db.respondent.findMany({
      where: { assessmentId: id },
      select: { email: true, remindedCount: true, lastSentAt: true },
    });
    for (const r of reminded) expect(r.remindedCount, r.email).toBe(pending.includes(r.email) ? 1 : 0);
    // The next occurrence is queued; running again at the same moment sends nothing.
    expect((await pendingJobs(id))[0]).toEqual({ kind: REMIND_JOB, runAt: new Date(endOf(day).getTime() - 3 * DAY) });
    expect(await runDueJobs(t.db, handlers, "w1", new Date(first.getTime() + 2000))).toBe(0);
    // Even a job made due again (a retry after its completion was lost) sends nobody the same reminder twice.
    await t.db.scheduledJob.updateMany({ where: { assessmentId: id, runAt: first }, data: { doneAt: null, lockedUntil: null } });
    expect(await runDueJobs(t.db, handlers, "w2", new Date(first.getTime() + 3000))).toBe(1);
    expect(mailer.sent).toHaveLength(pending.length);
    expect((await scheduleSummary(t.db, cast.orgA.id, id))?.remindersSent).toBe(pending.length);
    expect(await t.db.auditEvent.count({ where: { target: id, action: "assessment.reminded-on-schedule", actorUserId: null } })).toBe(1);
  });

  it("gives a failed send back to the job, which retries later and sends it once", async () => {
    const { id, pending } = await assessmentWithRespondents("Retry", 2);
    expect(await schedule(id, { everyDays: "3" })).toMatchObject({ ok: true });
    const [job] = await pendingJobs(id);
    let refuse = true;
    const sent: string[] = [];
    const flaky: Mailer = {
      async send(m) {
        if (refuse && m.to === pending[1]) throw new Error("relay refused");
        sent.push(m.to);
      },
    };
    const handlers = assessmentJobHandlers(() => flaky);
    const at = job!.runAt.getTime() + 1000;
    await runDueJobs(t.db, handlers, "w1", new Date(at), LEASE, () => undefined);
    expect(sent).toEqual([pending[0]]);
    const failed = await t.db.scheduledJob.findFirstOrThrow({ where: { assessmentId: id, runAt: job!.runAt } });
    expect(failed).toMatchObject({ doneAt: null, lastError: expect.stringContaining("could not be sent") });
    refuse = false;
    expect(await runDueJobs(t.db, handlers, "w1", new Date(at + 10_000))).toBe(0); // backing off
    expect(await runDueJobs(t.db, handlers, "w1", new Date(at + 2 * 60_000))).toBe(1);
    expect(sent.sort()).toEqual([...pending].sort());
  });

  it("two workers claiming at once send each reminder exactly once", async () => {
    const { id, pending } = await assessmentWithRespondents("Two workers", 6);
    expect(await schedule(id, { everyDays: "7" })).toMatchObject({ ok: true });
    const [job] = await pendingJobs(id);
    const at = new Date(job!.runAt.getTime() + 1000);
    // On PostgreSQL a second client (its own connections); PGlite has one connection, shared.
    const second = engine === "postgres" ? createPrismaClient(t.url) : null;
    try {
      const other: Db = second?.prisma ?? t.db;
      const m1 = recordingMailer();
      const m2 = recordingMailer();
      const ran = await Promise.all([
        runDueJobs(
          t.db,
          assessmentJobHandlers(() => m1),
          "w1",
          at,
        ),
        runDueJobs(
          other,
          assessmentJobHandlers(() => m2),
          "w2",
          at,
        ),
      ]);
      expect(ran.sort()).toEqual([0, 1]);
      // And the handler itself, run by both at once on the same job (as after a lease taken over mid-run):
      const again = await assessmentWithRespondents("Two handlers", 6);
      expect(await schedule(again.id, { everyDays: "7" })).toMatchObject({ ok: true });
      const [j2] = await pendingJobs(again.id);
      const [claimed] = await claimDueJobs(t.db, "w1", new Date(j2!.runAt.getTime() + 1000), LEASE);
      const handler = assessmentJobHandlers(() => m1)[REMIND_JOB]!;
      const handler2 = assessmentJobHandlers(() => m2)[REMIND_JOB]!;
      const now = new Date(j2!.runAt.getTime() + 1000);
      await Promise.all([handler(t.db, claimed!, { now, workerId: "w1" }), handler2(other, claimed!, { now, workerId: "w2" })]);
      const all = [...m1.sent, ...m2.sent].map((m) => m.to).sort();
      expect(all).toEqual([...pending, ...again.pending].sort());
    } finally {
      await second?.close();
    }
  });

  it("a worker that dies holding a job loses it when the lease ends; the next one sends the rest, nobody twice", async () => {
    const { id, pending } = await assessmentWithRespondents("Crash", 3);
    expect(await schedule(id, { everyDays: "14" })).toMatchObject({ ok: true });
    const [job] = await pendingJobs(id);
    const t0 = job!.runAt.getTime() + 1000;
    // Worker A claims and dies before doing anything: nobody else may take the job while its lease holds.
    expect(await claimDueJobs(t.db, "dead-a", new Date(t0), LEASE)).toHaveLength(1);
    const b = recordingMailer();
    expect(
      await runDueJobs(
        t.db,
        assessmentJobHandlers(() => b),
        "b",
        new Date(t0 + LEASE - 1000),
        LEASE,
      ),
    ).toBe(0);
    // Worker C takes the lease over, sends the first reminder and dies in the middle of the second.
    const c = recordingMailer(1);
    const [taken] = await claimDueJobs(t.db, "dying-c", new Date(t0 + LEASE + 1000), LEASE);
    expect(taken?.attempts).toBe(2);
    void assessmentJobHandlers(() => c)[REMIND_JOB]!(t.db, taken!, { now: new Date(t0 + LEASE + 1000), workerId: "dying-c" });
    await expect.poll(() => c.sent.length).toBe(1);
    await new Promise((r) => setTimeout(r, 300)); // C is now stuck sending the second
    // Worker B, after C's lease: sends only the one nobody has claimed; the one C was sending is not repeated.
    expect(
      await runDueJobs(
        t.db,
        assessmentJobHandlers(() => b),
        "b",
        new Date(t0 + 2 * LEASE + 2000),
        LEASE,
      ),
    ).toBe(1);
    const everyone = [...c.sent, ...b.sent].map((m) => m.to);
    expect(new Set(everyone).size).toBe(everyone.length);
    expect(everyone).toHaveLength(2);
    expect(pending).toEqual(expect.arrayContaining(everyone));
    const deliveries = await t.db.reminderDelivery.findMany({ where: { assessmentId: id } });
    expect(deliveries).toHaveLength(3);
    expect(deliveries.filter((d) => d.sentAt === null)).toHaveLength(1); // the one in flight when C died
    expect(await t.db.scheduledJob.findFirstOrThrow({ where: { assessmentId: id, runAt: job!.runAt } })).toMatchObject({
      lockedBy: "b",
      doneAt: expect.any(Date),
    });
  });

  it("closes the assessment at its deadline through the close operation, once; reopening is not undone", async () => {
    const { id } = await assessmentWithRespondents("Deadline");
    const day = dayIn(5);
    expect(await schedule(id, { deadline: day })).toMatchObject({ ok: true });
    const handlers = assessmentJobHandlers(() => recordingMailer());
    await runDueJobs(t.db, handlers, "w1", new Date(endOf(day).getTime() - 1000));
    expect((await t.db.assessment.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    // Claimed twice (a lease taken over): both handlers run, one closes.
    const after = new Date(endOf(day).getTime() + 1000);
    const [claimed] = await claimDueJobs(t.db, "w1", after, LEASE);
    await Promise.all([
      closeJobHandler(t.db, claimed!, { now: after, workerId: "w1" }),
      closeJobHandler(t.db, claimed!, { now: after, workerId: "w1" }),
    ]);
    expect(await t.db.assessment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CLOSED", closedAt: after });
    expect(
      await t.db.auditEvent.findMany({
        where: { target: id, action: { startsWith: "assessment.closed" } },
        select: { action: true, actorUserId: true },
      }),
    ).toEqual([{ action: "assessment.closed-on-deadline", actorUserId: null }]);
    // The bank reopens it: no job closes it again.
    expect(await reopenAssessment.invoke(t.db, admin, cast.orgA.slug, { assessmentId: id })).toMatchObject({ ok: true });
    await runDueJobs(t.db, handlers, "w2", new Date(after.getTime() + 30 * DAY));
    expect((await t.db.assessment.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
  });

  it("moving the deadline moves the closing; clearing it cancels the closing", async () => {
    const { id } = await assessmentWithRespondents("Reschedule");
    const handlers = assessmentJobHandlers(() => recordingMailer());
    expect(await schedule(id, { deadline: dayIn(3) })).toMatchObject({ ok: true });
    const later = dayIn(9);
    expect(await schedule(id, { deadline: later })).toMatchObject({ ok: true });
    expect(await pendingJobs(id)).toEqual([{ kind: CLOSE_JOB, runAt: endOf(later) }]);
    await runDueJobs(t.db, handlers, "w1", new Date(endOf(dayIn(3)).getTime() + 1000));
    expect((await t.db.assessment.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    expect(await schedule(id, { deadline: "" })).toMatchObject({ ok: true });
    expect(await pendingJobs(id)).toEqual([]);
    await runDueJobs(t.db, handlers, "w1", new Date(endOf(later).getTime() + DAY));
    expect(await t.db.assessment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", deadline: null });
    // A closing date given at creation is scheduled as well.
    const created = await createAssessment.invoke(t.db, admin, cast.orgA.slug, {
      name: "Dated at creation",
      frameworkVersion: FW,
      modules: "cx,ecrm",
      groups: "managers",
      deadline: later,
    });
    if (!created.ok) throw new Error(created.error);
    expect(await pendingJobs(created.data.id)).toEqual([{ kind: CLOSE_JOB, runAt: endOf(later) }]);
  });

  it("the polling worker runs due jobs by its own clock and stops cleanly", async () => {
    const { id, pending } = await assessmentWithRespondents("Polling", 1);
    expect(await schedule(id, { everyDays: "3" })).toMatchObject({ ok: true });
    const [job] = await pendingJobs(id);
    let clock = new Date(job!.runAt.getTime() - 1000);
    const mailer = recordingMailer();
    const worker = startJobWorker({ db: t.db, handlers: assessmentJobHandlers(() => mailer), intervalMs: 20, now: () => clock });
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(mailer.sent).toHaveLength(0);
      clock = new Date(job!.runAt.getTime() + 1000);
      await expect.poll(() => mailer.sent.map((m) => m.to), { timeout: 10_000 }).toEqual(pending);
    } finally {
      await worker.stop();
    }
    clock = new Date(job!.runAt.getTime() + 30 * DAY);
    await new Promise((r) => setTimeout(r, 200));
    expect(mailer.sent).toHaveLength(1); // stopped: the later occurrences wait for the next process
  });

  it("validates the schedule with clear messages and keeps it to its own organisation and role", async () => {
    const { id } = await assessmentWithRespondents("Validation");
    const bad = await schedule(id, { deadline: "2001-01-01", daysBefore: "5", everyDays: "2" });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["daysBefore", "deadline", "everyDays"]);
    expect(await schedule(id, { daysBefore: "3" })).toMatchObject({
      ok: false,
      fieldErrors: { daysBefore: ["Reminders before the closing date need a closing date."] },
    });
    const input = { assessmentId: id, deadline: dayIn(4), daysBefore: "1", everyDays: "" };
    // Bank B's owner, on bank B's address, aiming at bank A's assessment: not found, nothing changed.
    expect(await updateAssessmentSchedule.invoke(t.db, cast.bOwner, cast.orgB.slug, input)).toMatchObject({ ok: false, status: 404 });
    expect(await updateAssessmentSchedule.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, input)).toMatchObject({ ok: false, status: 403 });
    expect(await t.db.assessment.findUniqueOrThrow({ where: { id } })).toMatchObject({ deadline: null, reminderDaysBefore: [] });
    expect(await pendingJobs(id)).toEqual([]);
    expect(await updateAssessmentSchedule.invoke(t.db, admin, cast.orgA.slug, input)).toMatchObject({ ok: true });
    expect(await t.db.auditEvent.count({ where: { target: id, action: "assessment.schedule-changed", actorUserId: admin.id } })).toBe(1);
  });
});
