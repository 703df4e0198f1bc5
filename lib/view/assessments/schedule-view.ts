// The assessment page's "Closing date and reminders" card: the saved settings as form defaults and
// what is scheduled next, in words. Pure: times are shown in UTC, as they are stored.
import { REMINDER_DAYS_BEFORE, REMINDER_EVERY_DAYS } from "../../domain/scheduling/reminder-schedule.ts";

export interface ScheduleFacts {
  deadline: Date | null;
  daysBefore: number[];
  everyDays: number | null;
  nextReminderAt: Date | null;
  closesAt: Date | null;
  remindersSent: number;
}

export interface ScheduleView {
  /** yyyy-mm-dd for the date input, "" when there is no closing date. */
  deadlineInput: string;
  daysBeforeChoices: { value: string; label: string; checked: boolean }[];
  everyDaysChoices: { value: string; label: string }[];
  everyDaysValue: string;
  nextReminder: string;
  closes: string;
  sent: string;
}

const utc = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function scheduleView(f: ScheduleFacts, mailOn: boolean): ScheduleView {
  return {
    deadlineInput: f.deadline ? f.deadline.toISOString().slice(0, 10) : "",
    daysBeforeChoices: REMINDER_DAYS_BEFORE.map((d) => ({
      value: String(d),
      label: d === 1 ? "1 day before" : `${d} days before`,
      checked: f.daysBefore.includes(d),
    })),
    everyDaysChoices: [
      { value: "", label: "Do not repeat" },
      ...REMINDER_EVERY_DAYS.map((d) => ({ value: String(d), label: `Every ${d} days` })),
    ],
    everyDaysValue: f.everyDays ? String(f.everyDays) : "",
    nextReminder: !mailOn
      ? "None: e-mail is not set up for this installation."
      : f.nextReminderAt
        ? `${utc(f.nextReminderAt)}, to everyone who has not submitted`
        : "None scheduled",
    closes: f.closesAt ? utc(f.closesAt) : f.deadline ? `${utc(f.deadline)} (passed)` : "Only when closed by hand",
    sent: f.remindersSent === 1 ? "1 scheduled reminder sent" : `${f.remindersSent} scheduled reminders sent`,
  };
}
