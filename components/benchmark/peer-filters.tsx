// The peer-group filters: a plain GET form, so the chosen group lives in the URL (bookmarkable) and
// is validated on the server like any other input.
import { OWNERSHIP_LABELS, REGIONS, SIZE_BAND_LABELS, options } from "@/lib/view/org/labels";
import type { PeerFilters } from "@/lib/view/benchmark/types";

function Select({
  name,
  label,
  value,
  choices,
}: {
  name: string;
  label: string;
  value: string | undefined;
  choices: { value: string; label: string }[];
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PeerFilterForm({
  action,
  filters,
  rounds,
  regions,
}: {
  action: string;
  filters: PeerFilters;
  rounds: number[];
  regions: string[];
}) {
  const any = { value: "", label: "Any" };
  // A region typed into the URL is kept visible even when it is not offered.
  // One list of regions (lib/view/org/labels.ts), with any older region still in the pool.
  const regionChoices = [...new Set([...REGIONS, ...regions, ...(filters.region ? [filters.region] : [])])];
  return (
    <form method="get" action={action} className="grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Peer group">
      <Select
        name="round"
        label="Year (round)"
        value={filters.round === undefined ? undefined : String(filters.round)}
        choices={rounds.map((r) => ({ value: String(r), label: String(r) }))}
      />
      <Select name="ownership" label="Ownership" value={filters.ownership} choices={[any, ...options(OWNERSHIP_LABELS)]} />
      <Select name="sizeBand" label="Size band" value={filters.sizeBand} choices={[any, ...options(SIZE_BAND_LABELS)]} />
      <Select name="region" label="Region" value={filters.region} choices={[any, ...regionChoices.map((r) => ({ value: r, label: r }))]} />
      <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Show peers
      </button>
    </form>
  );
}
