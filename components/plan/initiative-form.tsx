"use client";
import { useActionState } from "react";
import { createInitiativeAction, updateInitiativeAction } from "@/app/(app)/[org]/plan/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { INITIATIVE_STATUSES, INITIATIVE_STATUS_LABELS, type InitiativeView } from "@/lib/view/plan/initiatives";

export interface FactorGroup {
  module: string;
  factors: { key: string; name: string }[];
}

const STATUS_OPTIONS = INITIATIVE_STATUSES.map((s) => ({ value: s, label: INITIATIVE_STATUS_LABELS[s] }));

/** Create (no `initiative`) or edit an initiative. Factors are checkboxes, sent as one comma-separated field. */
export function InitiativeForm({
  orgSlug,
  initiative,
  owners,
  factorGroups,
}: {
  orgSlug: string;
  initiative?: InitiativeView;
  owners: { value: string; label: string }[];
  factorGroups: FactorGroup[];
}) {
  const [state, action] = useActionState(initiative ? updateInitiativeAction : createInitiativeAction, null);
  const linked = new Set(initiative?.factorKeys ?? []);
  const submit = (data: FormData) => {
    data.set("factorKeys", data.getAll("factorKey").join(","));
    data.delete("factorKey");
    action(data);
  };
  const errorsOf = (f: string) => fieldErrors(state, f);
  return (
    <ActionForm action={submit} className="space-y-4">
      <input type="hidden" name="org" value={orgSlug} />
      {initiative && <input type="hidden" name="initiativeId" value={initiative.id} />}
      <FormMessage state={state} />
      <TextField name="title" label="Title" required defaultValue={initiative?.title} errors={errorsOf("title")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="ownerMembershipId"
          label="Owner"
          options={owners}
          placeholder="No owner yet"
          defaultValue={initiative?.owner?.membershipId ?? ""}
          errors={errorsOf("ownerMembershipId")}
        />
        <TextField name="dueDate" label="Due date" type="date" defaultValue={initiative?.dueDate ?? ""} errors={errorsOf("dueDate")} />
        <SelectField
          name="status"
          label="Status"
          options={STATUS_OPTIONS}
          defaultValue={initiative?.status ?? "PLANNED"}
          errors={errorsOf("status")}
        />
      </div>
      <fieldset className="space-y-2" aria-describedby={errorsOf("factorKeys") ? "field-factorKeys-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">Linked factors</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {factorGroups.map((g) => (
            <div key={g.module} className="min-w-0">
              <p className="text-xs font-semibold text-slate-500">{g.module}</p>
              <ul className="mt-1 space-y-1">
                {g.factors.map((f) => (
                  <li key={f.key}>
                    <label className="flex items-start gap-2 text-sm text-slate-800">
                      <input type="checkbox" name="factorKey" value={f.key} defaultChecked={linked.has(f.key)} className="mt-0.5" />
                      <span>{f.name}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        {errorsOf("factorKeys") && (
          <p id="field-factorKeys-error" className="text-xs text-red-700">
            {errorsOf("factorKeys")?.join(" ")}
          </p>
        )}
      </fieldset>
      <TextAreaField name="notes" label="Notes" rows={6} defaultValue={initiative?.notes} errors={errorsOf("notes")} />
      <TextAreaField
        name="evidenceLinks"
        label="Evidence links"
        rows={3}
        hint="One link per line, starting with http:// or https:// (e.g. a project page, a report, a ticket)."
        defaultValue={initiative?.evidenceLinks.join("\n")}
        errors={errorsOf("evidenceLinks")}
      />
      <SubmitButton pendingText="Saving…">{initiative ? "Save changes" : "Add to plan"}</SubmitButton>
    </ActionForm>
  );
}
