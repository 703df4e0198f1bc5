"use client";
import { useActionState, useState } from "react";
import { createIsmStudyAction } from "@/app/(app)/[org]/ism-studies/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

export function CreateStudyForm({ orgSlug, instrumentFactorNames }: { orgSlug: string; instrumentFactorNames: string[] }) {
  const [state, action] = useActionState(createIsmStudyAction, null);
  const [source, setSource] = useState<"instrument" | "own">("instrument");
  const listErrors = fieldErrors(state, "factorList");
  const n = instrumentFactorNames.length;
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="org" value={orgSlug} />
      <FormMessage state={state} />
      <TextField name="name" label="Study name" placeholder="e.g. e-CRM expert panel 2027" errors={fieldErrors(state, "name")} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">Factors</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="factorSource"
            value="instrument"
            checked={source === "instrument"}
            onChange={() => setSource("instrument")}
            className="mt-1"
          />
          <span>
            The instrument&rsquo;s {n} e-CRM factors ({(n * (n - 1)) / 2} pairs per expert)
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="factorSource"
            value="own"
            checked={source === "own"}
            onChange={() => setSource("own")}
            className="mt-1"
          />
          <span>Our own list of factors</span>
        </label>
      </fieldset>
      {source === "own" && (
        <div className="space-y-1">
          <label htmlFor="factor-list" className="block text-sm font-medium text-slate-700">
            Own factors, one per line
          </label>
          <textarea
            id="factor-list"
            name="factorList"
            rows={6}
            aria-describedby="factor-list-hint factor-list-error"
            placeholder={instrumentFactorNames.slice(0, 4).join("\n")}
            className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
          />
          <p id="factor-list-hint" className="text-xs text-slate-500">
            3 to 30 factors. A line naming an e-CRM factor ({instrumentFactorNames.slice(0, 3).join(", ")}, …) keeps its link to the
            instrument, so an adopted model can drive the roadmap.
          </p>
          {listErrors && (
            <ul id="factor-list-error" className="list-disc pl-5 text-xs text-red-700">
              {listErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <SubmitButton pendingText="Creating…">Create study</SubmitButton>
    </ActionForm>
  );
}
