"use client";
import { useActionState } from "react";
import Link from "next/link";
import { verifyEmailAction } from "@/app/(auth)/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action] = useActionState(verifyEmailAction, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <Link className="text-sm text-brand-600 underline" href="/orgs">
          Continue to Meyar
        </Link>
      </div>
    );
  }
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Confirming…">Confirm my e-mail address</SubmitButton>
    </ActionForm>
  );
}
