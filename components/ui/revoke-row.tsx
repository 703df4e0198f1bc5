"use client";
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/view/action-result";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

type RevokeAction = (prev: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown> | null>;

/** One line of a list of things an admin can take back (a grant, an invitation): what it is, and Revoke. */
export function RevokeRow({
  action,
  fields,
  name,
  detail,
  testId,
}: {
  action: RevokeAction;
  /** Hidden form fields that name what to revoke. */
  fields: Record<string, string>;
  name: ReactNode;
  detail: ReactNode;
  testId?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <li className="flex flex-wrap items-center gap-3 py-2 text-sm" data-testid={testId}>
      <span className="flex-1">
        {name} <span className="text-slate-500">· {detail}</span>
      </span>
      <ActionForm action={formAction}>
        {Object.entries(fields).map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <SubmitButton variant="danger" pendingText="Revoking…">
          Revoke
        </SubmitButton>
      </ActionForm>
      <FormMessage state={state} />
    </li>
  );
}
