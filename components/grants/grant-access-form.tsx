"use client";
import { useActionState } from "react";
import { grantAccessAction } from "@/app/(app)/[org]/settings/actions";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";

const KINDS = [
  { value: "CONSULTANCY", label: "Consultancy: sees and runs your assessments" },
  { value: "REGULATOR", label: "Regulator: sees your published scores" },
] as const;

export function GrantAccessForm({ orgSlug }: { orgSlug: string }) {
  const [state, action] = useActionState(grantAccessAction, null);
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="org" value={orgSlug} />
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-[1fr_16rem]">
        <TextField
          name="granteeSlug"
          label="Organisation's web address"
          placeholder="e.g. meridian-advisory"
          hint="The part after the site's address in their links: meyar…/meridian-advisory"
          errors={fieldErrors(state, "granteeSlug")}
        />
        <SelectField name="kind" label="Access" options={KINDS} defaultValue="CONSULTANCY" errors={fieldErrors(state, "kind")} />
      </div>
      <SubmitButton pendingText="Granting…">Grant access</SubmitButton>
    </ActionForm>
  );
}
