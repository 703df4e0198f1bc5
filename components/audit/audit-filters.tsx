import Link from "next/link";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_KINDS, AUDIT_KIND_LABELS } from "@/lib/view/audit/sentences";

export interface AuditFilterValues {
  who?: string;
  kind?: string;
  from?: string;
  to?: string;
}

/** Narrow the log by person, kind of event and days (a plain GET form: the filter lives in the URL). */
export function AuditFilters({
  action,
  people,
  values,
  error,
}: {
  action: string;
  people: { id: string; name: string }[];
  values: AuditFilterValues;
  error: string | null;
}) {
  const active = Object.values(values).some(Boolean);
  return (
    <form method="get" action={action} className="space-y-3" aria-label="Filter the audit log">
      {error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error} The log below is not filtered.
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          name="who"
          label="Person"
          placeholder="Anyone"
          options={people.map((p) => ({ value: p.id, label: p.name }))}
          defaultValue={values.who}
        />
        <SelectField
          name="kind"
          label="Kind of event"
          placeholder="Any kind"
          options={AUDIT_KINDS.map((k) => ({ value: k, label: AUDIT_KIND_LABELS[k] }))}
          defaultValue={values.kind}
        />
        <TextField name="from" label="From (UTC)" type="date" defaultValue={values.from} />
        <TextField name="to" label="To (UTC)" type="date" defaultValue={values.to} />
      </div>
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Show entries
        </button>
        {active && (
          <Link href={action} className="text-sm text-brand-700 underline">
            Clear the filters
          </Link>
        )}
      </div>
    </form>
  );
}
