"use client";
import { useActionState } from "react";
import { changeInitiativeStatusAction } from "@/app/(app)/[org]/plan/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS, type InitiativeStatus } from "@/lib/view/plan/initiatives";

/** Move an initiative to another status: a one-step "Mark done" and a choice of any status. */
export function StatusControl({
  orgSlug,
  initiativeId,
  status,
  title,
}: {
  orgSlug: string;
  initiativeId: string;
  status: InitiativeStatus;
  title: string;
}) {
  const [state, action] = useActionState(changeInitiativeStatusAction, null);
  const id = `status-${initiativeId}`;
  return (
    <div className="space-y-2">
      <ActionForm action={action} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="org" value={orgSlug} />
        <input type="hidden" name="initiativeId" value={initiativeId} />
        <label htmlFor={id} className="sr-only">
          Status of {title}
        </label>
        <select
          id={id}
          name="status"
          defaultValue={status}
          className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm"
          data-testid="status-select"
        >
          {INITIATIVE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {INITIATIVE_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <SubmitButton variant="secondary" pendingText="Saving…">
          Set status
        </SubmitButton>
      </ActionForm>
      <FormMessage state={state} />
    </div>
  );
}
