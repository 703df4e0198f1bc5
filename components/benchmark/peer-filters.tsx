// The peer-group filters: a plain GET form, so the chosen group lives in the URL (bookmarkable) and
// is validated on the server like any other input.
import { useLocale, useTranslations } from "next-intl";
import { REGIONS } from "@/lib/view/org/labels";
import type { PeerFilters } from "@/lib/view/benchmark/types";
import { figuresFor } from "@/lib/view/i18n/figures";
import { FilterSelect } from "@/components/ui/filter-select";

const OWNERSHIPS = ["PRIVATE", "STATE"] as const;
const SIZE_BANDS = ["SMALL", "MEDIUM", "LARGE"] as const;

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
  const t = useTranslations();
  const fig = figuresFor(useLocale());
  const any = { value: "", label: t("benchmark.filters.any") };
  // A region typed into the URL is kept visible even when it is not offered.
  // One list of regions (lib/view/org/labels.ts), with any older region still in the pool.
  const regionChoices = [...new Set([...REGIONS, ...regions, ...(filters.region ? [filters.region] : [])])];
  return (
    <form method="get" action={action} className="grid gap-3 sm:grid-cols-5 sm:items-end" aria-label={t("benchmark.peerGroup")}>
      <FilterSelect
        idPrefix="filter"
        name="round"
        label={t("benchmark.filters.round")}
        value={filters.round === undefined ? undefined : String(filters.round)}
        choices={rounds.map((r) => ({ value: String(r), label: fig.integer(r) }))}
      />
      <FilterSelect
        idPrefix="filter"
        name="ownership"
        label={t("benchmark.filters.ownership")}
        value={filters.ownership}
        choices={[any, ...OWNERSHIPS.map((o) => ({ value: o, label: t(`labels.ownership.${o}`) }))]}
      />
      <FilterSelect
        idPrefix="filter"
        name="sizeBand"
        label={t("benchmark.filters.sizeBand")}
        value={filters.sizeBand}
        choices={[any, ...SIZE_BANDS.map((b) => ({ value: b, label: t(`labels.sizeBand.${b}`) }))]}
      />
      <FilterSelect
        idPrefix="filter"
        name="region"
        label={t("benchmark.filters.region")}
        value={filters.region}
        choices={[any, ...regionChoices.map((r) => ({ value: r, label: r }))]}
      />
      <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("benchmark.filters.show")}
      </button>
    </form>
  );
}
