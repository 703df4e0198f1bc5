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
      className="rounded-md border border-brand-600 bg-white px-2.5 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50"
      onClick={async () => {
        await navigator.clipboard?.writeText(url).catch(() => undefined);
        setCopied(true);
      }}
    >
      {copied ? "Copied" : "Copy link"}
    </button>
  );
}

/**
 * Every copyable link of the table at once, one "e-mail, tab, link" line per person (pastes into a
 * spreadsheet or a mail merge), beside the same list as a CSV file. Only links the table already
 * shows: the same rules decide both (lib/features/assessments/link-rotation.ts).
 */
export function CopyAllLinks({ links, csvHref }: { links: { email: string; url: string }[]; csvHref: string }) {
  const [copied, setCopied] = useState(false);
  const count = links.length;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg bg-slate-50 px-3 py-2" data-testid="copy-all-links">
      <p className="flex-1 text-sm text-slate-700">
        {count === 1 ? "1 link has not been sent yet." : `${count} links have not been sent yet.`}
      </p>
      <button
        type="button"
        className="rounded-lg bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
        onClick={async () => {
          const text = links.map((l) => `${l.email}\t${l.url}`).join("\n");
          await navigator.clipboard?.writeText(text).catch(() => undefined);
          setCopied(true);
        }}
      >
        {copied ? "Copied" : count === 1 ? "Copy the link" : `Copy all ${count} links`}
      </button>
      <a
        href={csvHref}
        download
        className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        Download links (CSV)
      </a>
      <span role="status" className="sr-only">
        {copied ? "The links are on the clipboard." : ""}
      </span>
    </div>
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
      <SubmitButton variant="danger" size="sm" pendingText="Revoking…">
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
      <SubmitButton variant="secondary" size="sm" pendingText="Issuing…">
        New link
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
