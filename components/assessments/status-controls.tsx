"use client";
import { useActionState } from "react";
import { changeAssessmentStatusAction } from "@/app/(app)/[org]/assessments/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";

const CHANGES = {
  OPEN: [{ change: "close", label: "Close assessment", variant: "secondary" }],
  CLOSED: [
    { change: "reopen", label: "Reopen", variant: "secondary" },
    { change: "publish", label: "Publish scores to benchmark", variant: "primary" },
  ],
  PUBLISHED: [],
} as const;

export function StatusControls({ orgSlug, assessmentId, status }: { orgSlug: string; assessmentId: string; status: keyof typeof CHANGES }) {
  const [state, action] = useActionState(changeAssessmentStatusAction, null);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {CHANGES[status].map((c) => (
          <ActionForm key={c.change} action={action}>
            <input type="hidden" name="org" value={orgSlug} />
            <input type="hidden" name="assessmentId" value={assessmentId} />
            <input type="hidden" name="change" value={c.change} />
            <SubmitButton variant={c.variant}>{c.label}</SubmitButton>
          </ActionForm>
        ))}
      </div>
      {status === "CLOSED" && (
        <p className="text-xs text-slate-500">
          Publishing adds this assessment&apos;s scores — never answers or respondents — to the anonymous benchmark pool. It is final.
        </p>
      )}
      <FormMessage state={state} />
    </div>
  );
}
