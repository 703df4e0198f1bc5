"use client";
import { useActionState } from "react";
import { updateAnonymityThresholdAction } from "@/app/(app)/[org]/settings/actions";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

/** How many submitted questionnaires a result needs, overall and per respondent group (owners only). */
export function AnonymityThresholdForm({ orgSlug, threshold, canEdit }: { orgSlug: string; threshold: number; canEdit: boolean }) {
  const [state, action] = useActionState(updateAnonymityThresholdAction, null);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        No score, chart, export, report or API answer is shown for fewer submitted questionnaires than this, and a respondent group&rsquo;s
        figures only when that group alone reaches it. Currently <strong data-testid="anonymity-threshold">{threshold}</strong>; never below
        3.
      </p>
      {canEdit ? (
        <ActionForm action={action} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="org" value={orgSlug} />
          <FormMessage state={state} />
          <TextField
            name="threshold"
            label="Minimum respondents"
            type="number"
            hint="A whole number from 3 to 50."
            defaultValue={String(threshold)}
            required
            errors={fieldErrors(state, "threshold")}
          />
          <SubmitButton pendingText="Saving…">Save minimum</SubmitButton>
        </ActionForm>
      ) : (
        <p className="text-xs text-slate-600">Only the organisation&rsquo;s owners can change it.</p>
      )}
    </div>
  );
}
