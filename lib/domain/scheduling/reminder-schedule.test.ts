import { describe, expect, it } from "vitest";
import { nextReminderAt, occurrenceKey, type ReminderSchedule } from "./reminder-schedule.ts";

const deadline = new Date("2027-03-31T23:59:59Z");
const anchor = new Date("2027-03-01T09:30:00Z");
const at = (iso: string) => new Date(iso);
const base: ReminderSchedule = { deadline, daysBefore: [], everyDays: null, anchor };

describe("nextReminderAt", () => {
  it("falls N days before the deadline, at the deadline's time of day in UTC", () => {
    const s = { ...base, daysBefore: [7, 1] };
    expect(nextReminderAt(s, at("2027-03-01T00:00:00Z"))?.toISOString()).toBe("2027-03-24T23:59:59.000Z");
    expect(nextReminderAt(s, at("2027-03-24T23:59:59Z"))?.toISOString()).toBe("2027-03-30T23:59:59.000Z");
    expect(nextReminderAt(s, at("2027-03-30T23:59:59Z"))).toBeNull();
  });

  it("needs a deadline for reminders before it", () => {
    expect(nextReminderAt({ ...base, deadline: null, daysBefore: [3] }, anchor)).toBeNull();
  });

  it("repeats every N days from the assessment's creation, never at or after the deadline", () => {
    const s = { ...base, everyDays: 7 };
    expect(nextReminderAt(s, anchor)?.toISOString()).toBe("2027-03-08T09:30:00.000Z");
    // Saved (or run) late: the next multiple after `after`, not a burst of missed ones.
    expect(nextReminderAt(s, at("2027-03-20T12:00:00Z"))?.toISOString()).toBe("2027-03-22T09:30:00.000Z");
    expect(nextReminderAt(s, at("2027-03-29T09:30:00Z"))).toBeNull();
  });

  it("repeats without end when there is no deadline", () => {
    const s = { ...base, deadline: null, everyDays: 3 };
    expect(nextReminderAt(s, at("2028-01-01T00:00:00Z"))?.getTime()).toBeGreaterThan(at("2028-01-01T00:00:00Z").getTime());
  });

  it("takes the earliest of both rules", () => {
    const s = { ...base, daysBefore: [7], everyDays: 3 };
    expect(nextReminderAt(s, at("2027-03-23T10:00:00Z"))?.toISOString()).toBe("2027-03-24T23:59:59.000Z");
    expect(nextReminderAt(s, at("2027-03-24T23:59:59Z"))?.toISOString()).toBe("2027-03-25T09:30:00.000Z");
  });

  it("gives one occurrence when both rules fall on the same instant", () => {
    const s = { ...base, anchor: at("2027-03-17T23:59:59Z"), daysBefore: [7], everyDays: 7 };
    expect(nextReminderAt(s, at("2027-03-20T00:00:00Z"))?.toISOString()).toBe("2027-03-24T23:59:59.000Z");
    expect(nextReminderAt(s, at("2027-03-24T23:59:59Z"))).toBeNull();
  });

  it("is the same instant whatever the server's time zone (all arithmetic in UTC milliseconds)", () => {
    const s = { ...base, daysBefore: [3] };
    // Across Europe's daylight-saving change (2027-03-28): still exactly 72 hours before the deadline.
    expect(deadline.getTime() - nextReminderAt(s, anchor)!.getTime()).toBe(3 * 24 * 3600 * 1000);
  });

  it("names an occurrence by its instant", () => {
    expect(occurrenceKey(at("2027-03-24T23:59:59Z"))).toBe("2027-03-24T23:59:59.000Z");
  });
});
