"use client";
import { useActionState, type ReactNode } from "react";
import Link from "next/link";
import type { ActionResult } from "@/lib/view/action-result";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

type TokenAction = (state: ActionResult<unknown> | null, data: FormData) => Promise<ActionResult<unknown> | null>;

/**
 * A form behind a single-use link (password reset, e-mail confirmation): the token rides in a hidden
 * field; once the action succeeds the form gives way to its message and the next step.
 */
export function TokenForm({
  token,
  action,
  submitLabel,
  pendingText,
  next,
  fields,
}: {
  token: string;
  action: TokenAction;
  submitLabel: string;
  pendingText: string;
  next: { href: string; label: string; asButton?: boolean };
  fields?: (state: ActionResult<unknown> | null) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <Link
          className={
            next.asButton
              ? "inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white"
              : "text-sm text-brand-600 underline"
          }
          href={next.href}
        >
          {next.label}
        </Link>
      </div>
    );
  }
  return (
    <ActionForm action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      {fields?.(state)}
      <SubmitButton pendingText={pendingText}>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
