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
  missing = [],
  warnings = [],
}: {
  orgSlug: string;
  studyId: string;
  rule: string;
  threshold: string;
  label: string;
  /** Invited experts who have not finished: adopting needs an explicit decision to proceed without them. */
  missing?: { id: string; label: string }[];
  /** Shown before adopting (e.g. fewer than three levels). */
  warnings?: string[];
}) {
  const [state, action] = useActionState(adoptIsmModelAction, null);
  return (
    <ActionForm action={action} className="space-y-2">
      <Hidden fields={{ org: orgSlug, studyId, rule, threshold }} />
      {warnings.length > 0 && (
        <ul
          role="note"
          data-testid="adopt-warnings"
          className="space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <fieldset className="space-y-1 rounded-lg border border-slate-200 px-3 py-2 text-sm" data-testid="adopt-missing-experts">
          <legend className="px-1 font-medium text-slate-900">
            {missing.length === 1 ? "1 invited expert has" : `${missing.length} invited experts have`} not finished
          </legend>
          <ul className="list-disc pl-5 text-slate-700">
            {missing.map((m) => (
              <li key={m.id}>{m.label}</li>
            ))}
          </ul>
          <label className="flex items-start gap-2">
            <input type="checkbox" name="proceedWithout" value={missing.map((m) => m.id).join(",")} className="mt-1" />
            <span>
              Adopt without {missing.length === 1 ? "this expert" : "these experts"}: I decide to proceed without their judgements.
            </span>
          </label>
        </fieldset>
      )}
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
