"use client";
import { useActionState } from "react";
import { deleteInitiativeAction } from "@/app/(app)/[org]/plan/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function DeleteInitiativeButton({ orgSlug, initiativeId }: { orgSlug: string; initiativeId: string }) {
  const [state, action] = useActionState(deleteInitiativeAction, null);
  return (
    <ActionForm
      action={(data) => {
        if (window.confirm("Delete this initiative? Its history stays in the audit log; dropping it instead keeps it on the plan."))
          action(data);
      }}
      className="space-y-2"
    >
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="initiativeId" value={initiativeId} />
      <SubmitButton variant="danger" pendingText="Deleting…">
        Delete initiative
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
