"use client";
import { useActionState, useState } from "react";
import { createOrganizationAction } from "@/app/(app)/orgs/actions";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { ORG_KIND_LABELS, OWNERSHIP_LABELS, SIZE_BAND_LABELS, options, regionOptions } from "@/lib/view/org/labels";

export function CreateOrgForm() {
  const [state, action] = useActionState(createOrganizationAction, null);
  const [kind, setKind] = useState("BANK");
  return (
    <ActionForm action={action} className="space-y-4">
      <FormMessage state={state} />
      <TextField name="name" label="Organisation name" required errors={fieldErrors(state, "name")} />
      <TextField
        name="slug"
        label="Web address"
        required
        hint="Lowercase letters, digits and hyphens, e.g. atlas-bank. Used in links: /atlas-bank"
        errors={fieldErrors(state, "slug")}
      />
      <div className="space-y-1">
        <label htmlFor="field-kind" className="block text-sm font-medium text-slate-700">
          Kind
        </label>
        <select
          id="field-kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          {options(ORG_KIND_LABELS).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {kind === "BANK" && (
        <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium text-slate-700">Bank profile (places you in benchmark peer groups)</legend>
          <SelectField
            name="ownership"
            label="Ownership"
            options={options(OWNERSHIP_LABELS)}
            placeholder="Choose…"
            errors={fieldErrors(state, "ownership")}
          />
          <SelectField
            name="sizeBand"
            label="Size band"
            options={options(SIZE_BAND_LABELS)}
            placeholder="Choose…"
            errors={fieldErrors(state, "sizeBand")}
          />
          <SelectField name="region" label="Region" options={regionOptions()} placeholder="Choose…" errors={fieldErrors(state, "region")} />
        </fieldset>
      )}
      {kind !== "BANK" && (
        <SelectField
          name="region"
          label="Region (optional)"
          options={regionOptions()}
          placeholder="Not given"
          errors={fieldErrors(state, "region")}
        />
      )}
      <TextField name="country" label="Country (optional)" errors={fieldErrors(state, "country")} />
      <SubmitButton pendingText="Creating…">Create organisation</SubmitButton>
    </ActionForm>
  );
}
