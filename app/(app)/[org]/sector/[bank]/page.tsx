import type { Metadata } from "next";
import Link from "next/link";
import { PlanRequired } from "@/components/billing/plan-required";
import { requireOnPage, requireOrgPage } from "@/lib/features/access/page";
import { SECTOR } from "@/lib/features/access/requirements";
import { loadSectorInstitution, sectorInstitution, type InstitutionMetric } from "@/lib/features/supervision/institution-view";
import { parseSectorFilters } from "@/lib/features/supervision/filters";
import { formatGap, formatScore, ordinal } from "@/lib/view/results/format";
import { OWNERSHIP_LABELS, SIZE_BAND_LABELS } from "@/lib/view/org/labels";
import { Card } from "@/components/ui/card";
import { LevelBadge } from "@/components/results/level-badge";
import { BandChart, BandLegend } from "@/components/benchmark/band-chart";
import { num, td, th } from "@/components/results/chart-table";
import { TrendChart } from "@/components/supervision/trend-chart";

export const metadata: Metadata = { title: "Institution" };

const GROUPS: { title: string; test: (m: InstitutionMetric) => boolean }[] = [
  { title: "Overall and modules", test: (m) => m.kind === "overall" || m.kind === "module" },
  { title: "CX categories", test: (m) => m.kind === "factor" && m.moduleKey === "cx" },
  { title: "e-CRM factors", test: (m) => m.kind === "factor" && m.moduleKey === "ecrm" },
  { title: "Customer-knowledge categories", test: (m) => m.kind === "category" },
  { title: "Customer-knowledge factors", test: (m) => m.kind === "factor" && m.moduleKey === "ckm" },
];

// GET /:org/sector/:bank?round= – one reporting institution's published scores, trend and position in
// the sector. 404 unless the bank reports to this regulator by a live grant (indistinguishable otherwise).
export default async function SectorInstitutionPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; bank: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug, bank: bankSlug }, raw] = await Promise.all([params, searchParams]);
  const { org, unpaid } = await requireOrgPage(slug, SECTOR);
  const bank = await requireOnPage((db) => sectorInstitution(db, org, bankSlug));
  if (unpaid)
    return (
      <>
        <h1 className="text-2xl font-semibold">{bank.name}</h1>
        <PlanRequired refusal={unpaid} orgSlug={org.slug} />
      </>
    );
  const { filters, errors } = parseSectorFilters({ round: raw.round });
  const view = await requireOnPage((db) => loadSectorInstitution(db, org.id, bank, filters.round));
  const profile = [
    view.institution.sizeBand && SIZE_BAND_LABELS[view.institution.sizeBand],
    view.institution.ownership && OWNERSHIP_LABELS[view.institution.ownership],
    view.institution.region,
  ].filter(Boolean);
  const scored = view.metrics.filter((m) => m.score !== null || m.sector !== null);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 flex-1 text-2xl font-semibold break-words">{view.institution.name}</h1>
        <Link href={`/${org.slug}/sector`} className="text-sm text-brand-700 underline">
          Sector
        </Link>
      </div>
      <p className="text-sm text-slate-700">
        {profile.length ? `${profile.join(" · ")}. ` : ""}Reports to {org.name} by an explicit grant it can revoke. Published scores only:
        never individual answers, who answered or how many.
      </p>
      {errors.length > 0 && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {errors.join(" ")}
        </p>
      )}
      {view.round === null ? (
        <p role="status" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700">
          {view.institution.name} has not published an assessment yet.
        </p>
      ) : (
        <>
          <Card title="Trend across rounds">
            <div className="space-y-3" data-testid="institution-trend">
              {view.trend.length > 1 ? (
                <TrendChart rows={view.trend} series={view.trendSeries} />
              ) : (
                <p className="text-sm text-slate-600">One published round so far: the trend starts with the next one.</p>
              )}
              <div className="relative overflow-x-auto">
                <table className="w-full min-w-[20rem] border-collapse text-left text-sm" data-testid="institution-trend-table">
                  <caption className="sr-only">Overall index and modules of every published round</caption>
                  <thead>
                    <tr>
                      <th scope="col" className={th}>
                        Round
                      </th>
                      {view.trendSeries.map((s) => (
                        <th key={s.key} scope="col" className={`${th} text-end`}>
                          {s.key === "overall" ? "Overall (1–5)" : s.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {view.trend.map((r) => (
                      <tr key={r.round}>
                        <th scope="row" className={`${td} font-normal`}>
                          <Link href={`/${org.slug}/sector/${view.institution.slug}?round=${r.round}`} className="text-brand-700 underline">
                            {r.round}
                          </Link>
                        </th>
                        {view.trendSeries.map((s) => (
                          <td key={s.key} className={num}>
                            {formatScore(r.scores[s.key])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </Card>
          <Card title={`Scores and position in the sector · ${view.round}`}>
            <div className="space-y-6">
              <p className="text-sm text-slate-700" data-testid="institution-position">
                {view.rank !== null
                  ? `Ranked ${ordinal(view.rank)} of ${view.sectorSize} reporting institutions by overall index in ${view.round}.`
                  : `No overall index in ${view.round}.`}{" "}
                {view.previousRound !== null ? `Change is since ${view.previousRound}.` : "First published round: no change to show."} The
                sector&rsquo;s figures are the distribution of the reporting institutions that published in {view.round}, this one included.
              </p>
              <BandLegend mode="box" />
              {GROUPS.map((g) => {
                const rows = scored.filter(g.test);
                if (rows.length === 0) return null;
                return (
                  <section key={g.title} aria-label={g.title} className="space-y-2">
                    <h3 className="text-sm font-semibold text-slate-900">{g.title}</h3>
                    <BandChart mode="box" rows={rows.map((m) => ({ key: m.key, name: m.name, own: m.score, peers: m.sector }))} />
                    <div className="relative overflow-x-auto">
                      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
                        <caption className="sr-only">{`${g.title}: ${view.institution.name}'s scores and the sector's distribution in ${view.round}`}</caption>
                        <thead>
                          <tr>
                            {[
                              "Metric",
                              "Score (1–5)",
                              "Level",
                              "Change",
                              "Percentile in sector",
                              "Sector Q1",
                              "Sector median",
                              "Sector Q3",
                            ].map((h, i) => (
                              <th key={h} scope="col" className={`${th}${i && i !== 2 ? " text-end" : ""}`}>
                                {h}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody>
                          {rows.map((m) => (
                            <tr key={m.key}>
                              <th scope="row" className={`${td} font-normal`}>
                                {m.name}
                              </th>
                              <td className={num}>{formatScore(m.score)}</td>
                              <td className={td}>
                                <LevelBadge level={m.level} />
                              </td>
                              <td className={num}>{formatGap(m.change)}</td>
                              <td className={num}>{m.percentileRank === null ? "–" : ordinal(m.percentileRank)}</td>
                              <td className={num}>{formatScore(m.sector?.q1)}</td>
                              <td className={num}>{formatScore(m.sector?.median)}</td>
                              <td className={num}>{formatScore(m.sector?.q3)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
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
