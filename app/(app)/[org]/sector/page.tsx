import type { Metadata } from "next";
import { db } from "@/lib/platform/db/prisma";
import { PlanRequired } from "@/components/billing/plan-required";
import { requireOrgPage } from "@/lib/features/access/page";
import { SECTOR } from "@/lib/features/access/requirements";
import { LAGGARD_LEVEL, loadSector } from "@/lib/features/supervision/sector-view";
import { parsePeerFilters } from "@/lib/features/benchmark/filters";
import { MATURITY_LEVEL_NAMES } from "@/lib/domain/instrument";
import { formatScore } from "@/lib/view/results/format";
import { Card } from "@/components/ui/card";
import { BandChart, BandLegend } from "@/components/benchmark/band-chart";
import { ChartTable, num, td, th } from "@/components/results/chart-table";
import { RankingTable } from "@/components/supervision/ranking-table";

export const metadata: Metadata = { title: "Sector" };

// GET /:org/sector?round= – a regulator's view of the institutions that report to it (scores only).
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
  const { filters, errors } = parsePeerFilters({ round: raw.round });
  const view = await loadSector(db, org.id, filters.round);
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
          <Card
            title={`Ranking · ${view.round}`}
            actions={
              <a href={`/${org.slug}/sector/ranking.csv?round=${view.round}`} className="text-sm text-brand-700 underline" download>
                Download CSV
              </a>
            }
          >
            <div className="space-y-3">
              <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Round">
                <label htmlFor="sector-round" className="text-sm font-medium text-slate-700">
                  Round
                </label>
                <select
                  id="sector-round"
                  name="round"
                  defaultValue={String(view.round)}
                  className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm"
                >
                  {view.rounds.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
                <button type="submit" className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
                  Show
                </button>
              </form>
              <p className="text-sm text-slate-700">
                {view.ranking.length} institutions with a published assessment in {view.round}; {laggards} flagged as laggards. A laggard is
                at maturity level {LAGGARD_LEVEL} ({MATURITY_LEVEL_NAMES[LAGGARD_LEVEL]}) or lower overall, or in the sector&rsquo;s bottom
                quartile (overall at or below Q1 = {formatScore(view.overallQ1)}).
              </p>
              <RankingTable rows={view.ranking} />
              {view.missing.length > 0 && (
                <p className="text-xs text-slate-600">
                  No published assessment in {view.round}: {view.missing.map((m) => m.name).join(", ")}.
                </p>
              )}
            </div>
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
