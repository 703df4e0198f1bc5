"use client";
import { useActionState } from "react";
import Link from "next/link";
import { signInAction } from "@/app/(auth)/actions";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, null);
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="next" value={next ?? ""} />
      <FormMessage state={state} />
      <TextField name="email" label="E-mail" type="email" autoComplete="email" required errors={fieldErrors(state, "email")} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
      <p className="text-sm text-slate-600">
        New to Meyar?{" "}
        <Link className="text-brand-600 underline" href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}>
          Create an account
        </Link>
      </p>
    </ActionForm>
  );
}
