"use client";
import { useActionState } from "react";
import { acceptInvitationAction } from "@/app/(app)/orgs/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, action] = useActionState(acceptInvitationAction, null);
  return (
    <ActionForm action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Joining…">Accept invitation</SubmitButton>
    </ActionForm>
  );
}
