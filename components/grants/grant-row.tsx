"use client";
import { useActionState } from "react";
import { revokeGrantAction } from "@/app/(app)/[org]/settings/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

export function GrantRow({
  orgSlug,
  id,
  granteeName,
  granteeSlug,
  kindLabel,
  since,
}: {
  orgSlug: string;
  id: string;
  granteeName: string;
  granteeSlug: string;
  kindLabel: string;
  since: string;
}) {
  const [state, action] = useActionState(revokeGrantAction, null);
  return (
    <li className="flex flex-wrap items-center gap-3 py-2 text-sm" data-testid={`grant-${granteeSlug}`}>
      <span className="flex-1">
        {granteeName}{" "}
        <span className="text-slate-500">
          · {kindLabel} · since {since}
        </span>
      </span>
      <ActionForm action={action}>
        <input type="hidden" name="org" value={orgSlug} />
        <input type="hidden" name="grantId" value={id} />
        <SubmitButton variant="danger" pendingText="Revoking…">
          Revoke
        </SubmitButton>
      </ActionForm>
      <FormMessage state={state} />
    </li>
  );
}
