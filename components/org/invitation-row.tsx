"use client";
import { useActionState } from "react";
import { revokeInvitationAction } from "@/app/(app)/[org]/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

export function InvitationRow({
  orgSlug,
  id,
  email,
  roleLabel,
  expires,
}: {
  orgSlug: string;
  id: string;
  email: string;
  roleLabel: string;
  expires: string;
}) {
  const [state, action] = useActionState(revokeInvitationAction, null);
  return (
    <li className="flex flex-wrap items-center gap-3 py-2 text-sm">
      <span className="flex-1">
        {email}{" "}
        <span className="text-slate-500">
          · {roleLabel} · expires {expires}
        </span>
      </span>
      <ActionForm action={action}>
        <input type="hidden" name="org" value={orgSlug} />
        <input type="hidden" name="invitationId" value={id} />
        <SubmitButton variant="danger" pendingText="Revoking…">
          Revoke
        </SubmitButton>
      </ActionForm>
      <FormMessage state={state} />
    </li>
  );
}
