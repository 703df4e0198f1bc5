"use client";
import { useActionState } from "react";
import { updateScheduleAction } from "@/app/(app)/[org]/assessments/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import type { ScheduleView } from "@/lib/view/assessments/schedule-view";

/** What is scheduled next, shown to everyone who sees the assessment. */
export function ScheduleFacts({ view }: { view: ScheduleView }) {
  return (
    <dl className="grid grid-cols-1 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]" data-testid="schedule-facts">
      <dt className="text-slate-500">Closes automatically</dt>
      <dd data-testid="schedule-closes">{view.closes}</dd>
      <dt className="text-slate-500">Next reminder</dt>
      <dd data-testid="schedule-next-reminder">{view.nextReminder}</dd>
      <dt className="text-slate-500">Sent so far</dt>
      <dd data-testid="schedule-sent">{view.sent}</dd>
    </dl>
  );
}

/** The closing date and reminder schedule of an open assessment (owners and admins). */
export function ScheduleForm({ orgSlug, assessmentId, view }: { orgSlug: string; assessmentId: string; view: ScheduleView }) {
  const [state, action] = useActionState(updateScheduleAction, null);
  const daysErrors = fieldErrors(state, "daysBefore");
  return (
    <ActionForm action={action} className="mt-4 space-y-4">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <FormMessage state={state} />
      <TextField
        name="deadline"
        label="Closing date"
        type="date"
        defaultValue={view.deadlineInput}
        hint="The assessment closes at the end of this day (UTC). Leave empty to close it only by hand."
        errors={fieldErrors(state, "deadline")}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">Remind those who have not submitted</legend>
        <div className="flex flex-wrap gap-4">
          {view.daysBeforeChoices.map((c) => (
            <label key={c.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="daysBefore" value={c.value} defaultChecked={c.checked} />
              {c.label} the closing date
            </label>
          ))}
        </div>
        {daysErrors && <p className="text-xs text-red-700">{daysErrors.join(" ")}</p>}
      </fieldset>
      <SelectField
        name="everyDays"
        label="And repeat while open"
        options={view.everyDaysChoices}
        defaultValue={view.everyDaysValue}
        errors={fieldErrors(state, "everyDays")}
      />
      <SubmitButton variant="secondary" pendingText="Saving…">
        Save schedule
      </SubmitButton>
    </ActionForm>
  );
}
