"use client";
import { useActionState, useState } from "react";
import { reissueLinkAction, remindRespondentsAction, revokeRespondentAction } from "@/app/(app)/[org]/assessments/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

export function CopyLinkButton({ url, email }: { url: string; email: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      data-link={url}
      aria-label={`Copy the questionnaire link for ${email}`}
      className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50"
      onClick={async () => {
        await navigator.clipboard?.writeText(url).catch(() => undefined);
        setCopied(true);
      }}
    >
      {copied ? "Copied" : "Copy link"}
    </button>
  );
}

export function RevokeRespondentButton({
  orgSlug,
  assessmentId,
  respondentId,
}: {
  orgSlug: string;
  assessmentId: string;
  respondentId: string;
}) {
  const [state, action] = useActionState(revokeRespondentAction, null);
  return (
    <ActionForm action={action} className="inline">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="respondentId" value={respondentId} />
      <SubmitButton variant="danger" pendingText="Revoking…">
        Revoke
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}

export function RemindButton({ orgSlug, assessmentId }: { orgSlug: string; assessmentId: string }) {
  const [state, action] = useActionState(remindRespondentsAction, null);
  return (
    <ActionForm action={action} className="space-y-2">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <SubmitButton variant="secondary" pendingText="Sending…">
        Remind everyone who has not submitted
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}

/** Replaces a respondent's link: the old one stops working; answers already given are kept. */
export function ReissueLinkButton({
  orgSlug,
  assessmentId,
  respondentId,
}: {
  orgSlug: string;
  assessmentId: string;
  respondentId: string;
}) {
  const [state, action] = useActionState(reissueLinkAction, null);
  return (
    <ActionForm action={action} className="inline">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="respondentId" value={respondentId} />
      <SubmitButton variant="secondary" pendingText="Issuing…">
        New link
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
