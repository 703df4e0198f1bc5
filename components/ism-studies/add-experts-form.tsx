"use client";
import { useActionState } from "react";
import { addIsmExpertsAction } from "@/app/(app)/[org]/ism-studies/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

export function AddExpertsForm({ orgSlug, studyId }: { orgSlug: string; studyId: string }) {
  const [state, action] = useActionState(addIsmExpertsAction, null);
  const errors = fieldErrors(state, "list");
  return (
    <ActionForm action={action} className="space-y-3">
      <input type="hidden" name="org" value={orgSlug} />
      <input type="hidden" name="studyId" value={studyId} />
      <FormMessage state={state} />
      <div className="space-y-1">
        <label htmlFor="expert-list" className="block text-sm font-medium text-slate-700">
          Experts: name and e-mail
        </label>
        <textarea
          id="expert-list"
          name="list"
          rows={4}
          aria-describedby="expert-list-hint expert-list-error"
          placeholder={"Dr Leila Karimi, leila@university.example\nSam Ortiz, sam@bank.example"}
          className="block w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm"
        />
        <p id="expert-list-hint" className="text-xs text-slate-500">
          One per line: name, e-mail. Each expert gets a personal link; no account is needed.
        </p>
        {errors && (
          <ul id="expert-list-error" className="list-disc pl-5 text-xs text-red-700">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </div>
      <SubmitButton pendingText="Inviting…">Invite experts</SubmitButton>
    </ActionForm>
  );
}
