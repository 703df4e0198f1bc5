"use client";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/actions";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetAction, null);
  return (
    <ActionForm action={action} className="space-y-4">
      <p className="text-sm text-slate-700">Enter the e-mail address of your account. We will send it a link to choose a new password.</p>
      <FormMessage state={state} />
      <TextField name="email" label="E-mail" type="email" autoComplete="email" required errors={fieldErrors(state, "email")} />
      <SubmitButton pendingText="Sending…">Send reset link</SubmitButton>
    </ActionForm>
  );
}
