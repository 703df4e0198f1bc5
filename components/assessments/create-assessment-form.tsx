"use client";
import { useActionState } from "react";
import { createAssessmentAction } from "@/app/(app)/[org]/assessments/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

import type { FrameworkChoice } from "@/lib/view/assessments/framework-choice";

type FormAction = typeof createAssessmentAction;

/** `action` and `hidden` let the consultancy portfolio reuse this form for a client bank. */
export function CreateAssessmentForm({
  orgSlug,
  framework,
  action: serverAction = createAssessmentAction,
  hidden = {},
}: {
  orgSlug: string;
  framework: FrameworkChoice;
  action?: FormAction;
  hidden?: Record<string, string>;
}) {
  const [state, action] = useActionState(serverAction, null);
  return (
    <ActionForm action={action} className="space-y-5">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="frameworkVersion" value={framework.version} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <FormMessage state={state} />
      <TextField
        name="name"
        label="Assessment name"
        placeholder="e.g. Digital CX baseline 2027"
        required
        errors={fieldErrors(state, "name")}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">
          Modules of {framework.name} ({framework.version})
        </legend>
        {framework.modules.map((m) => (
          <label key={m.key} className="flex items-start gap-3 rounded-lg border border-slate-200 p-3 text-sm">
            {m.optional ? (
              <input type="checkbox" name="modules" value={m.key} className="mt-1" />
            ) : (
              <>
                <input type="checkbox" checked disabled aria-describedby={`req-${m.key}`} className="mt-1" />
                <input type="hidden" name="modules" value={m.key} />
              </>
            )}
            <span>
              <span className="font-medium">{m.name}</span>
              <span className="block text-xs text-slate-500" id={`req-${m.key}`}>
                {m.factorCount} factors · {m.itemCount} statements · {m.optional ? "optional" : "required"}
              </span>
            </span>
          </label>
        ))}
        {fieldErrors(state, "modules") && <p className="text-xs text-red-700">{fieldErrors(state, "modules")?.join(" ")}</p>}
      </fieldset>
      <TextField
        name="groups"
        label="Respondent groups"
        defaultValue="managers, employees"
        hint="Comma-separated; results are shown per group and the perception gap between the first two."
        errors={fieldErrors(state, "groups")}
      />
      <TextField name="deadline" label="Deadline (optional)" type="date" errors={fieldErrors(state, "deadline")} />
      <SubmitButton pendingText="Creating…">Create assessment</SubmitButton>
    </ActionForm>
  );
}
