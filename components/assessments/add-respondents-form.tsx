"use client";
import { useActionState, useRef } from "react";
import { addRespondentsAction } from "@/app/(app)/[org]/assessments/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

type FormAction = typeof addRespondentsAction;

/** `action` and `hidden` let the consultancy portfolio reuse this form for a client bank. */
export function AddRespondentsForm({
  orgSlug,
  assessmentId,
  groups,
  action: serverAction = addRespondentsAction,
  hidden = {},
}: {
  orgSlug: string;
  assessmentId: string;
  groups: string[];
  action?: FormAction;
  hidden?: Record<string, string>;
}) {
  const [state, action] = useActionState(serverAction, null);
  const listRef = useRef<HTMLTextAreaElement>(null);
  const errors = fieldErrors(state, "list");
  return (
    <ActionForm action={action} className="space-y-3">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <FormMessage state={state} />
      <div className="space-y-1">
        <label htmlFor="respondent-list" className="block text-sm font-medium text-slate-700">
          E-mail addresses with their group
        </label>
        <textarea
          id="respondent-list"
          name="list"
          ref={listRef}
          rows={6}
          aria-describedby="respondent-list-hint respondent-list-error"
          placeholder={`maryam@bank.example,${groups[0] ?? "managers"}\nomid@bank.example,${groups[1] ?? groups[0] ?? "employees"}`}
          className="block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm"
        />
        <p id="respondent-list-hint" className="text-xs text-slate-500">
          One per line: e-mail, group ({groups.join(", ")}). A CSV file with the same two columns works too; a header row is ignored.
        </p>
        {errors && (
          <ul id="respondent-list-error" className="list-disc pl-5 text-xs text-red-700">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <label className="text-sm">
          <span className="sr-only">Upload a CSV file</span>
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            className="text-sm"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (file && listRef.current) listRef.current.value = await file.text();
            }}
          />
        </label>
        <label className="flex items-center gap-2 text-sm">
          Group when a line names none
          <select name="defaultGroup" className="rounded border border-slate-300 px-2 py-1">
            <option value="">(required on each line)</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SubmitButton pendingText="Adding…">Add respondents</SubmitButton>
    </ActionForm>
  );
}
