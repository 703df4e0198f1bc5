"use client";
import { useActionState } from "react";
import { issueMemberPasswordResetAction, resetMemberTwoFactorAction } from "@/app/(app)/[org]/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

/** Owners only: a one-time password-reset link for a member, and resetting their second factor. */
export function MemberAccountActions({ orgSlug, membershipId, name }: { orgSlug: string; membershipId: string; name: string }) {
  const [linkState, linkAction] = useActionState(issueMemberPasswordResetAction, null);
  const [factorState, factorAction] = useActionState(resetMemberTwoFactorAction, null);
  const link = linkState?.ok ? (linkState.data as { link: string }).link : null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <ActionForm action={linkAction}>
          <input type="hidden" name="org" value={orgSlug} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <SubmitButton variant="secondary" pendingText="Issuing…">
            Password-reset link
          </SubmitButton>
        </ActionForm>
        <ActionForm action={factorAction}>
          <input type="hidden" name="org" value={orgSlug} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <SubmitButton variant="danger" pendingText="Resetting…">
            Reset two-factor
          </SubmitButton>
        </ActionForm>
      </div>
      <FormMessage state={linkState} />
      {link && (
        <p
          className="break-all rounded bg-slate-100 px-2 py-1 font-mono text-xs"
          aria-label={`Password-reset link for ${name}`}
          data-testid="reset-link"
        >
          {link}
        </p>
      )}
      <FormMessage state={factorState} />
    </div>
  );
}
