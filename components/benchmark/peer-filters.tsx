// The peer-group filters: a plain GET form, so the chosen group lives in the URL (bookmarkable) and
// is validated on the server like any other input.
import { useLocale, useTranslations } from "next-intl";
import { REGIONS } from "@/lib/view/org/labels";
import type { PeerFilters } from "@/lib/view/benchmark/types";
import { figuresFor } from "@/lib/view/i18n/figures";

const OWNERSHIPS = ["PRIVATE", "STATE"] as const;
const SIZE_BANDS = ["SMALL", "MEDIUM", "LARGE"] as const;

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
  const t = useTranslations();
  const fig = figuresFor(useLocale());
  const any = { value: "", label: t("benchmark.filters.any") };
  // A region typed into the URL is kept visible even when it is not offered.
  // One list of regions (lib/view/org/labels.ts), with any older region still in the pool.
  const regionChoices = [...new Set([...REGIONS, ...regions, ...(filters.region ? [filters.region] : [])])];
  return (
    <form method="get" action={action} className="grid gap-3 sm:grid-cols-5 sm:items-end" aria-label={t("benchmark.peerGroup")}>
      <Select
        name="round"
        label={t("benchmark.filters.round")}
        value={filters.round === undefined ? undefined : String(filters.round)}
        choices={rounds.map((r) => ({ value: String(r), label: fig.integer(r) }))}
      />
      <Select
        name="ownership"
        label={t("benchmark.filters.ownership")}
        value={filters.ownership}
        choices={[any, ...OWNERSHIPS.map((o) => ({ value: o, label: t(`labels.ownership.${o}`) }))]}
      />
      <Select
        name="sizeBand"
        label={t("benchmark.filters.sizeBand")}
        value={filters.sizeBand}
        choices={[any, ...SIZE_BANDS.map((b) => ({ value: b, label: t(`labels.sizeBand.${b}`) }))]}
      />
      <Select
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
