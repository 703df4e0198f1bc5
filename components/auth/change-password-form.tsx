"use client";
import { useActionState } from "react";
import { changePasswordAction } from "@/app/(app)/account/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { NewPasswordField } from "./new-password-field";

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, null);
  return (
    <ActionForm action={action} className="space-y-4">
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors(state, "currentPassword")}
      />
      <NewPasswordField errors={fieldErrors(state, "newPassword")} />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </ActionForm>
  );
}
