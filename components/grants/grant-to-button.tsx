"use client";
import { useActionState } from "react";
import { grantAccessAction } from "@/app/(app)/[org]/settings/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

/** Grants one organisation found by name the access of its kind (the same action as the address form). */
export function GrantToButton({
  orgSlug,
  granteeSlug,
  kind,
  granteeName,
}: {
  orgSlug: string;
  granteeSlug: string;
  kind: string;
  granteeName: string;
}) {
  const [state, action] = useActionState(grantAccessAction, null);
  return (
    <ActionForm action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="granteeSlug" value={granteeSlug} />
      <input type="hidden" name="kind" value={kind} />
      <span className="sr-only">{granteeName}</span>
      <SubmitButton size="sm" pendingText="Granting…">
        Grant access
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
