"use client";
import { useActionState } from "react";
import { updateOrganizationAction } from "@/app/(app)/[org]/actions";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { OWNERSHIP_LABELS, SIZE_BAND_LABELS, options, regionOptions } from "@/lib/view/org/labels";

export interface OrgSettings {
  slug: string;
  name: string;
  isBank: boolean;
  ownership?: string;
  sizeBand?: string;
  region?: string;
  country?: string;
}

export function OrgSettingsForm({ org }: { org: OrgSettings }) {
  const [state, action] = useActionState(updateOrganizationAction, null);
  return (
    <ActionForm action={action} className="space-y-4">
      <input type="hidden" name="org" value={org.slug} />
      <FormMessage state={state} />
      <TextField name="name" label="Organisation name" defaultValue={org.name} required errors={fieldErrors(state, "name")} />
      {org.isBank && (
        <>
          <SelectField
            name="ownership"
            label="Ownership"
            options={options(OWNERSHIP_LABELS)}
            defaultValue={org.ownership}
            placeholder="Choose…"
            errors={fieldErrors(state, "ownership")}
          />
          <SelectField
            name="sizeBand"
            label="Size band"
            options={options(SIZE_BAND_LABELS)}
            defaultValue={org.sizeBand}
            placeholder="Choose…"
            errors={fieldErrors(state, "sizeBand")}
          />
        </>
      )}
      <SelectField
        name="region"
        label="Region"
        options={regionOptions(org.region)}
        placeholder={org.isBank ? "Choose…" : "Not given"}
        defaultValue={org.region}
        errors={fieldErrors(state, "region")}
      />
      <TextField name="country" label="Country" defaultValue={org.country} errors={fieldErrors(state, "country")} />
      <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
    </ActionForm>
  );
}
