// When an assessment's automatic reminders fall. Pure: every instant is a UTC Date; the deadline is
// the end of its day in UTC (as the assessment forms store it), so "3 days before" is the same
// instant on every server whatever its time zone.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The offsets a bank may choose for reminders before the deadline. */
export const REMINDER_DAYS_BEFORE = [7, 3, 1] as const;
/** The intervals a bank may choose for repeated reminders while the assessment is open. */
export const REMINDER_EVERY_DAYS = [3, 7, 14] as const;

export interface ReminderSchedule {
  deadline: Date | null;
  /** Days before the deadline, from REMINDER_DAYS_BEFORE (ignored without a deadline). */
  daysBefore: readonly number[];
  /** Every N days, counted from `anchor`, while the assessment is open (and before its deadline). */
  everyDays: number | null;
  /** The assessment's creation: repeated reminders count from it, so saving again never shifts them. */
  anchor: Date;
}

/** The first reminder strictly after `after`, or null when none is left. */
export function nextReminderAt(schedule: ReminderSchedule, after: Date): Date | null {
  const candidates: number[] = [];
  const t = after.getTime();
  const end = schedule.deadline?.getTime() ?? Infinity;
  if (schedule.deadline) {
    for (const d of schedule.daysBefore) {
      const at = end - d * DAY_MS;
      if (at > t) candidates.push(at);
    }
  }
  if (schedule.everyDays && schedule.everyDays > 0) {
    const step = schedule.everyDays * DAY_MS;
    const anchor = schedule.anchor.getTime();
    // The first multiple of the step after both the anchor and `after`.
    const k = Math.max(1, Math.floor((t - anchor) / step) + 1);
    const at = anchor + k * step;
    if (at < end) candidates.push(at);
  }
  return candidates.length ? new Date(Math.min(...candidates)) : null;
}

/** Names one occurrence (the same instant always gives the same key): one reminder per respondent per key. */
export function occurrenceKey(at: Date): string {
  return at.toISOString();
}
