// The sector page's filters: a plain GET form, so the chosen group lives in the URL and works without
// JavaScript; the server validates it like any other input.
import { OWNERSHIP_LABELS, REGIONS, SIZE_BAND_LABELS } from "@/lib/view/org/labels";
import type { PeerFilters } from "@/lib/view/benchmark/types";
import { FilterSelect } from "@/components/ui/filter-select";

export function SectorFilterForm({
  action,
  filters,
  round,
  rounds,
  sort,
}: {
  action: string;
  filters: PeerFilters;
  round: number;
  rounds: number[];
  /** The heat map's sort, kept when filtering. */
  sort: { key: string; direction: string };
}) {
  const any = { value: "", label: "Any" };
  return (
    <form method="get" action={action} className="grid grid-cols-2 gap-3 sm:grid-cols-5 sm:items-end" aria-label="Filter institutions">
      <FilterSelect
        idPrefix="sector"
        name="round"
        label="Round"
        value={String(round)}
        choices={rounds.map((r) => ({ value: String(r), label: String(r) }))}
      />
      <FilterSelect
        idPrefix="sector"
        name="sizeBand"
        label="Size"
        value={filters.sizeBand ?? ""}
        choices={[any, ...Object.entries(SIZE_BAND_LABELS).map(([value, label]) => ({ value, label: label.split(" (")[0] ?? label }))]}
      />
      <FilterSelect
        idPrefix="sector"
        name="ownership"
        label="Ownership"
        value={filters.ownership ?? ""}
        choices={[any, ...Object.entries(OWNERSHIP_LABELS).map(([value, label]) => ({ value, label }))]}
      />
      <FilterSelect
        idPrefix="sector"
        name="region"
        label="Region"
        value={filters.region ?? ""}
        choices={[any, ...REGIONS.map((r) => ({ value: r, label: r }))]}
      />
      <input type="hidden" name="sort" value={sort.key} />
      <input type="hidden" name="dir" value={sort.direction} />
      <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Show
      </button>
    </form>
  );
}
