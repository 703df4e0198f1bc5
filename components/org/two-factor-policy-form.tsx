"use client";
import { useActionState } from "react";
import { setTwoFactorPolicyAction } from "@/app/(app)/[org]/settings/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

/** "Members must use two-factor": owners turn it on or off; others see the setting. */
export function TwoFactorPolicyForm({ orgSlug, required, canEdit }: { orgSlug: string; required: boolean; canEdit: boolean }) {
  const [state, action] = useActionState(setTwoFactorPolicyAction, null);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" data-testid="two-factor-policy">
        {required
          ? "Members must use two-factor authentication. Anyone without it is asked to set it up before they can continue."
          : "Two-factor authentication is optional for members."}
      </p>
      <FormMessage state={state} />
      {canEdit ? (
        <ActionForm action={action}>
          <input type="hidden" name="org" value={orgSlug} />
          <input type="hidden" name="required" value={required ? "false" : "true"} />
          <SubmitButton variant={required ? "secondary" : "primary"} pendingText="Saving…">
            {required ? "Make two-factor optional" : "Require two-factor for every member"}
          </SubmitButton>
        </ActionForm>
      ) : (
        <p className="text-xs text-slate-600">Only the organisation&rsquo;s owners can change it.</p>
      )}
    </div>
  );
}
