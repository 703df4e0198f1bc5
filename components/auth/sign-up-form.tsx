"use client";
import { useActionState } from "react";
import Link from "next/link";
import { signUpAction } from "@/app/(auth)/actions";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

export function SignUpForm({ next, email }: { next?: string; email?: string }) {
  const [state, action] = useActionState(signUpAction, null);
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="next" value={next ?? ""} />
      <FormMessage state={state} />
      <TextField name="name" label="Full name" autoComplete="name" required errors={fieldErrors(state, "name")} />
      <TextField
        name="email"
        label="Work e-mail"
        type="email"
        autoComplete="email"
        defaultValue={email}
        required
        errors={fieldErrors(state, "email")}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters; not a common password or pattern."
        errors={fieldErrors(state, "password")}
      />
      <SubmitButton pendingText="Creating account…">Create account</SubmitButton>
      <p className="text-sm text-slate-600">
        Already have an account?{" "}
        <Link className="text-brand-600 underline" href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}>
          Sign in
        </Link>
      </p>
    </ActionForm>
  );
}
