"use client";
import { useActionState } from "react";
import { createApiKeyAction } from "@/app/(app)/[org]/api-keys/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

const SCOPES = [
  { value: "READ", label: "Read only" },
  { value: "READ_WRITE", label: "Read and write (can create assessments)" },
];

export function CreateApiKeyForm({ orgSlug }: { orgSlug: string }) {
  const [state, action] = useActionState(createApiKeyAction, null);
  const key = state?.ok && state.data && typeof state.data === "object" && "key" in state.data ? String(state.data.key) : null;
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="org" value={orgSlug} />
      <FormMessage state={state} />
      {key && (
        <div className="space-y-1 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p className="font-medium text-emerald-900">Copy this key now. It is shown only once; Meyar stores only a hash of it.</p>
          <input
            readOnly
            aria-label="New API key"
            value={key}
            data-testid="new-api-key"
            className="w-full rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_18rem]">
        <TextField name="name" label="Key name" required placeholder="e.g. Data warehouse" errors={fieldErrors(state, "name")} />
        <SelectField name="scope" label="Scope" options={SCOPES} defaultValue="READ" errors={fieldErrors(state, "scope")} />
      </div>
      <SubmitButton pendingText="Creating…">Create key</SubmitButton>
    </ActionForm>
  );
}
