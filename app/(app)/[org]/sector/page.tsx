import type { Metadata } from "next";
import { db } from "@/lib/platform/db/prisma";
import { PlanRequired } from "@/components/billing/plan-required";
import { requireOrgPage } from "@/lib/features/access/page";
import { SECTOR } from "@/lib/features/access/requirements";
import { LAGGARD_LEVEL, loadSector } from "@/lib/features/supervision/sector-view";
import { filterParams, parseSectorFilters } from "@/lib/features/supervision/filters";
import { heatColumns, heatMapView, parseHeatSort, sortQuery } from "@/lib/view/supervision/heat-map";
import { OWNERSHIP_LABELS, SIZE_BAND_LABELS } from "@/lib/view/org/labels";
import { MATURITY_LEVEL_NAMES } from "@/lib/domain/instrument";
import { formatScore } from "@/lib/view/results/format";
import { Card } from "@/components/ui/card";
import { BandChart, BandLegend } from "@/components/benchmark/band-chart";
import { ChartTable, num, td, th } from "@/components/results/chart-table";
import { RankingTable } from "@/components/supervision/ranking-table";
import { HeatMapTable } from "@/components/supervision/heat-map-table";
import { SectorFilterForm } from "@/components/supervision/sector-filters";
import { LevelLegend } from "@/components/results/level-legend";

export const metadata: Metadata = { title: "Sector" };

// GET /:org/sector?round=&sizeBand=&ownership=&region=&sort=&dir= – a regulator's view of the institutions that report to it (scores only).
export default async function SectorPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug }, raw] = await Promise.all([params, searchParams]);
  const { org, unpaid } = await requireOrgPage(slug, SECTOR);
  if (unpaid)
    return (
      <>
        <h1 className="text-2xl font-semibold">Sector</h1>
        <PlanRequired refusal={unpaid} orgSlug={org.slug} />
      </>
    );
  const parsed = parseSectorFilters(raw);
  const view = await loadSector(db, org.id, parsed.filters);
  const columns = heatColumns(view.metrics);
  const { sort, error: sortError } = parseHeatSort({ sort: raw.sort, dir: raw.dir }, columns);
  const errors = sortError ? [...parsed.errors, sortError] : parsed.errors;
  const heatMap = heatMapView(view.metrics, view.scored, sort);
  const kept = filterParams({ ...view.filters, round: view.round ?? undefined });
  const query = (extra: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...kept, ...extra })) if (v !== undefined && v !== "") q.set(k, String(v));
    const text = q.toString();
    return text ? `?${text}` : "";
  };
  const filtered = [
    view.filters.sizeBand && SIZE_BAND_LABELS[view.filters.sizeBand].split(" (")[0],
    view.filters.ownership && OWNERSHIP_LABELS[view.filters.ownership],
    view.filters.region,
  ].filter(Boolean);
  const factors = view.metrics.filter((m) => m.kind === "factor" && m.distribution !== null);
  const modules = [...new Set(factors.map((f) => f.moduleKey))];
  const moduleName = (key: string | null) => view.metrics.find((m) => m.key === `module:${key}`)?.name ?? key ?? "";
  const laggards = view.ranking.filter((r) => r.laggard).length;
  return (
    <>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Sector</h1>
        <p className="text-sm text-slate-700">
          The {view.reporting} institutions that report to {org.name} by an explicit grant. Published scores only: never individual answers
          or who answered. An institution that revokes its grant disappears from this page.
        </p>
      </div>
      {errors.length > 0 && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.join(" ")}
        </p>
      )}
      {view.round === null ? (
        <p role="status" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700">
          No reporting institution has published an assessment yet.
        </p>
      ) : (
        <>
          <Card title="Institutions shown">
            <div className="space-y-2">
              <SectorFilterForm action={`/${org.slug}/sector`} filters={view.filters} round={view.round} rounds={view.rounds} sort={sort} />
              <p className="text-sm text-slate-700" data-testid="sector-matching">
                {filtered.length > 0
                  ? `${view.matching} of ${view.reporting} reporting institutions match: ${filtered.join(", ")}.`
                  : `All ${view.reporting} reporting institutions.`}{" "}
                The filters apply to the ranking, the heat map, the distributions and the list of missing institutions.{" "}
                <a href={`/${org.slug}/sector/time-series.csv${query({ round: undefined })}`} className="text-brand-700 underline" download>
                  Download the time series (CSV)
                </a>{" "}
                — every institution shown, every round, every metric.
              </p>
            </div>
          </Card>
          <Card
            title={`Ranking · ${view.round}`}
            actions={
              <a href={`/${org.slug}/sector/ranking.csv${query({})}`} className="text-sm text-brand-700 underline" download>
                Download CSV
              </a>
            }
          >
            <div className="space-y-3">
              <p className="text-sm text-slate-700">
                {view.ranking.length} institutions with a published assessment in {view.round}; {laggards} flagged as laggards. A laggard is
                at maturity level {LAGGARD_LEVEL} ({MATURITY_LEVEL_NAMES[LAGGARD_LEVEL]}) or lower overall, or in the sector&rsquo;s bottom
                quartile (overall at or below Q1 = {formatScore(view.overallQ1)}).
              </p>
              <RankingTable rows={view.ranking} />
            </div>
          </Card>
          <Card title={`Heat map · ${view.round}`}>
            <div className="space-y-3">
              <p className="text-sm text-slate-700">
                Each institution&rsquo;s published scores (1–5) in {view.round}, coloured by maturity level; the level is also written in
                each cell (L1–L5). Select a column heading to sort by it, again to reverse; select an institution for its scores, trend and
                position.
              </p>
              <LevelLegend />
              {heatMap.rows.length === 0 ? (
                <p className="text-sm text-slate-600">No institution shown has a published assessment in {view.round}.</p>
              ) : (
                <HeatMapTable
                  view={heatMap}
                  caption={`Published scores of the reporting institutions in ${view.round}, by module, CX category and e-CRM factor`}
                  sortHref={(key) => `/${org.slug}/sector${sortQuery(kept, sort, key)}`}
                  bankHref={(bank) => `/${org.slug}/sector/${bank}?round=${view.round}`}
                />
              )}
            </div>
          </Card>
          <Card title={`No published assessment in ${view.round}`}>
            {view.missing.length === 0 ? (
              <p className="text-sm text-slate-600">Every institution shown has published an assessment in {view.round}.</p>
            ) : (
              <div className="space-y-2">
                <p className="text-sm text-slate-700">
                  {view.missing.length} of the institutions shown report to {org.name} but have not published an assessment in {view.round}.
                </p>
                <ul className="grid gap-1 text-sm sm:grid-cols-2" data-testid="sector-missing">
                  {view.missing.map((m) => (
                    <li key={m.slug}>
                      <a href={`/${org.slug}/sector/${m.slug}`} className="text-brand-700 underline">
                        {m.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>
          <Card title="Maturity per factor across the sector">
            <div className="space-y-8">
              <BandLegend mode="box" showOwn={false} />
              {modules.map((mk) => {
                const rows = factors.filter((f) => f.moduleKey === mk);
                return (
                  <section key={mk ?? "none"} aria-labelledby={`sector-${mk}`}>
                    <h3 id={`sector-${mk}`} className="mb-2 text-sm font-semibold text-slate-900">
                      {moduleName(mk)}
                    </h3>
                    <BandChart mode="box" rows={rows.map((f) => ({ key: f.key, name: f.name, own: null, peers: f.distribution }))} />
                    <ChartTable caption={`${moduleName(mk)}: distribution of factor scores across reporting institutions`}>
                      <thead>
                        <tr>
                          {["Factor", "Institutions", "P10", "Q1", "Median", "Q3", "P90", "IQR"].map((h, i) => (
                            <th key={h} scope="col" className={`${th}${i ? " text-right" : ""}`}>
                              {h}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {rows.map((f) => (
                          <tr key={f.key}>
                            <th scope="row" className={`${td} font-normal`}>
                              {f.name}
                            </th>
                            <td className={num}>{f.distribution?.n}</td>
                            {[
                              f.distribution?.p10,
                              f.distribution?.q1,
                              f.distribution?.median,
                              f.distribution?.q3,
                              f.distribution?.p90,
                              f.distribution?.iqr,
                            ].map((v, i) => (
                              <td key={i} className={num}>
                                {formatScore(v)}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </ChartTable>
                  </section>
                );
              })}
            </div>
          </Card>
        </>
      )}
    </>
  );
}
