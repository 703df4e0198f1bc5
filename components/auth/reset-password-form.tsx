"use client";
import { useActionState } from "react";
import Link from "next/link";
import { resetPasswordAction } from "@/app/(auth)/actions";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <Link className="inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white" href="/sign-in?reset=1">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters; not a common password or pattern. Every session of your account ends."
        errors={fieldErrors(state, "newPassword")}
      />
      <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
    </ActionForm>
  );
}
