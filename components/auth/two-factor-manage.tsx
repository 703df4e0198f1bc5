"use client";
import { useActionState } from "react";
import { disableTwoFactorAction, regenerateRecoveryCodesAction } from "@/app/(app)/account/actions";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { RecoveryCodes } from "./recovery-codes";

export function RegenerateRecoveryCodesForm() {
  const [state, action] = useActionState(regenerateRecoveryCodesAction, null);
  const codes = state?.ok ? (state.data as { recoveryCodes: string[] }).recoveryCodes : null;
  return (
    <ActionForm action={action} className="space-y-3">
      <FormMessage state={state} />
      {codes ? (
        <RecoveryCodes codes={codes} />
      ) : (
        <>
          <TextField
            name="code"
            label="Current code from your app"
            autoComplete="one-time-code"
            required
            errors={fieldErrors(state, "code")}
          />
          <SubmitButton variant="secondary" pendingText="Making new codes…">
            Make new recovery codes
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function DisableTwoFactorForm({ blockedBy }: { blockedBy: string | null }) {
  const [state, action] = useActionState(disableTwoFactorAction, null);
  if (blockedBy) return <p className="text-sm text-slate-600">{blockedBy} requires two-factor authentication, so it stays on.</p>;
  return (
    <ActionForm action={action} className="space-y-3">
      <FormMessage state={state} />
      <TextField
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "password")}
      />
      <SubmitButton variant="danger" pendingText="Turning off…">
        Turn off two-factor
      </SubmitButton>
    </ActionForm>
  );
}
