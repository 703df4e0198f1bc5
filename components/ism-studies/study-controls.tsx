"use client";
import { useActionState } from "react";
import {
  adoptIsmModelAction,
  changeIsmStudyStatusAction,
  resetIsmModelAction,
  revokeIsmExpertAction,
} from "@/app/(app)/[org]/ism-studies/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

function Hidden({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );
}

export function StudyStatusControl({ orgSlug, studyId, status }: { orgSlug: string; studyId: string; status: "OPEN" | "CLOSED" }) {
  const [state, action] = useActionState(changeIsmStudyStatusAction, null);
  return (
    <ActionForm action={action} className="space-y-2">
      <Hidden fields={{ org: orgSlug, studyId, change: status === "OPEN" ? "close" : "reopen" }} />
      <SubmitButton variant="secondary">{status === "OPEN" ? "Close study" : "Reopen study"}</SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}

export function RevokeExpertButton({ orgSlug, studyId, expertId }: { orgSlug: string; studyId: string; expertId: string }) {
  const [state, action] = useActionState(revokeIsmExpertAction, null);
  return (
    <ActionForm action={action} className="inline">
      <Hidden fields={{ org: orgSlug, studyId, expertId }} />
      <SubmitButton variant="danger" pendingText="Revoking…">
        Revoke
      </SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}

export function AdoptModelForm({
  orgSlug,
  studyId,
  rule,
  threshold,
  label,
}: {
  orgSlug: string;
  studyId: string;
  rule: string;
  threshold: string;
  label: string;
}) {
  const [state, action] = useActionState(adoptIsmModelAction, null);
  return (
    <ActionForm action={action} className="space-y-2">
      <Hidden fields={{ org: orgSlug, studyId, rule, threshold }} />
      <SubmitButton>{label}</SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}

export function ResetModelForm({ orgSlug }: { orgSlug: string }) {
  const [state, action] = useActionState(resetIsmModelAction, null);
  return (
    <ActionForm action={action} className="space-y-2">
      <Hidden fields={{ org: orgSlug }} />
      <SubmitButton variant="secondary">Use the published reference model again</SubmitButton>
      <FormMessage state={state} />
    </ActionForm>
  );
}
