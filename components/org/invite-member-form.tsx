"use client";
import { useActionState } from "react";
import { inviteMemberAction } from "@/app/(app)/[org]/actions";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { ROLE_LABELS } from "@/lib/view/org/labels";
import { options } from "@/lib/view/org/labels";

export function InviteMemberForm({ orgSlug, canInviteOwner }: { orgSlug: string; canInviteOwner: boolean }) {
  const [state, action] = useActionState(inviteMemberAction, null);
  const roles = options(ROLE_LABELS).filter((r) => canInviteOwner || r.value !== "OWNER");
  const token = state?.ok && state.data && typeof state.data === "object" && "token" in state.data ? String(state.data.token) : null;
  const link = token ? `${window.location.origin}/invite/${token}` : null;
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="org" value={orgSlug} />
      <FormMessage state={state} />
      {link && (
        <div className="space-y-1 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p className="font-medium text-emerald-900">
            Send this link to the person you invited. It is shown only once, works once and expires in 7 days.
          </p>
          <input
            readOnly
            aria-label="Invitation link"
            value={link}
            data-testid="invitation-link"
            className="w-full rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextField name="email" label="E-mail" type="email" required errors={fieldErrors(state, "email")} />
        <SelectField name="role" label="Role" options={roles} defaultValue="VIEWER" errors={fieldErrors(state, "role")} />
      </div>
      <SubmitButton pendingText="Inviting…">Create invitation</SubmitButton>
    </ActionForm>
  );
}
