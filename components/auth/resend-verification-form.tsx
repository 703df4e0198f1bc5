"use client";
import { useActionState } from "react";
import { resendVerificationAction } from "@/app/(app)/account/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

export function ResendVerificationForm() {
  const [state, action] = useActionState(resendVerificationAction, null);
  return (
    <ActionForm action={action} className="space-y-2">
      <FormMessage state={state} />
      <SubmitButton variant="secondary" pendingText="Sending…">
        Send a new confirmation link
      </SubmitButton>
    </ActionForm>
  );
}
