import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { PlanRequired } from "@/components/billing/plan-required";
import { requireOrgPage } from "@/lib/features/access/page";
import { BENCHMARK } from "@/lib/features/access/requirements";
import { parsePeerFilters } from "@/lib/features/benchmark/filters";
import { loadBenchmark, type MetricFigures } from "@/lib/features/benchmark/benchmark-view";
import { formatIndex, formatScore } from "@/lib/view/results/format";
import { OWNERSHIP_LABELS, SIZE_BAND_LABELS } from "@/lib/features/org/labels";
import { Card } from "@/components/ui/card";
import { BandChart, BandLegend } from "@/components/benchmark/band-chart";
import { PositionChart } from "@/components/benchmark/position-chart";
import { FiguresTable } from "@/components/benchmark/figures-table";
import { formatPeerScore } from "@/components/benchmark/peer-format";
import { PeerFilterForm } from "@/components/benchmark/peer-filters";

export const metadata: Metadata = { title: "Benchmark" };

// GET /:org/benchmark?round=&ownership=&sizeBand=&region= – the bank against the peer group it chose.
export default async function BenchmarkPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug }, raw] = await Promise.all([params, searchParams]);
  const { org, unpaid } = await requireOrgPage(slug, BENCHMARK);
  if (unpaid)
    return (
      <>
        <h1 className="text-2xl font-semibold">Benchmark</h1>
        <PlanRequired refusal={unpaid} orgSlug={org.slug} />
      </>
    );
  const { filters, errors } = parsePeerFilters(raw);
  const view = await loadBenchmark(db, org, filters);
  const base = `/${org.slug}/benchmark`;
  const likeUs = new URLSearchParams({
    ...(view.round ? { round: String(view.round) } : {}),
    ...(org.ownership ? { ownership: org.ownership } : {}),
    ...(org.sizeBand ? { sizeBand: org.sizeBand } : {}),
  });
  const groupWords = [
    filters.ownership ? OWNERSHIP_LABELS[filters.ownership].toLowerCase() : null,
    filters.sizeBand ? SIZE_BAND_LABELS[filters.sizeBand].split(" (")[0]?.toLowerCase() : null,
    filters.region ? `in ${filters.region}` : null,
  ]
    .filter(Boolean)
    .join(", ");

  return (
    <>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Benchmark</h1>
        <p className="text-sm text-slate-700">
          Your published scores against other institutions&rsquo; published scores in the same round. Your own institution is never part of
          its peer group. Figures are shown only for groups of at least {view.k} institutions, and no institution is ever named or shown on
          its own.
        </p>
      </div>
      <Card title="Peer group">
        <div className="space-y-3">
          <PeerFilterForm action={base} filters={view.filters} rounds={view.rounds} regions={view.regions} />
          <p className="text-xs text-slate-600">
            <Link href={base} className="text-brand-700 underline">
              All institutions
            </Link>
            {" · "}
            <Link href={`${base}?${likeUs}`} className="text-brand-700 underline">
              Institutions like yours (ownership and size)
            </Link>
          </p>
          {errors.length > 0 && (
            <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
              Some filters were not valid and were left out: {errors.join(" ")}
            </p>
          )}
        </div>
      </Card>
      {view.status === "suppressed" ? (
        <p
          role="status"
          data-testid="k-anonymity"
          className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {view.reason}
        </p>
      ) : (
        <BenchmarkFigures view={view} groupWords={groupWords} />
      )}
    </>
  );
}

function BenchmarkFigures({
  view,
  groupWords,
}: {
  view: Extract<Awaited<ReturnType<typeof loadBenchmark>>, { status: "ok" }>;
  groupWords: string;
}) {
  const overall = view.metrics.find((m) => m.kind === "overall") as MetricFigures;
  const withPeers = (kind: MetricFigures["kind"]) => view.metrics.filter((m) => m.kind === kind && m.peers !== null);
  const modules = [...withPeers("module"), ...withPeers("category")];
  const factorModules = [...new Set(withPeers("factor").map((m) => m.moduleKey))];
  const moduleName = (key: string | null) => view.metrics.find((m) => m.key === `module:${key}`)?.name ?? key ?? "";
  return (
    <>
      {!view.hasOwnScores && (
        <p className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700">
          Your institution has no published assessment in {view.round}, so only the peers&rsquo; figures are shown. Publish an assessment to
          see your position.
        </p>
      )}
      <Card title={`Overall maturity index · ${view.round}`}>
        <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
          <dl className="grid grid-cols-2 gap-3 text-sm lg:grid-cols-1" data-testid="overall-figures">
            <div>
              <dt className="text-slate-600">Peers</dt>
              <dd className="text-lg font-semibold" data-testid="peer-count">
                {view.peerCount} institutions{groupWords ? ` (${groupWords})` : ""}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">Your score</dt>
              <dd className="text-lg font-semibold">{formatScore(overall.own)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Your percentile rank</dt>
              <dd className="text-lg font-semibold">{formatIndex(overall.percentileRank)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Peer median (Q1–Q3)</dt>
              <dd className="text-lg font-semibold">
                {formatPeerScore(overall.peers?.median)} ({formatPeerScore(overall.peers?.q1)}–{formatPeerScore(overall.peers?.q3)})
              </dd>
            </div>
          </dl>
          <div>
            {overall.peers && <PositionChart peers={overall.peers} own={overall.own} percentileRank={overall.percentileRank} />}
            <p className="text-xs text-slate-600">
              The line is the peers&rsquo; score at each percentile; the blue dot is your institution.
            </p>
            <FiguresTable caption="Overall index: your score, percentile rank and peer distribution" metrics={[overall]} />
          </div>
        </div>
      </Card>
      {modules.length > 0 && (
        <Card title="Modules and categories (box plots)">
          <BandLegend mode="box" />
          <BandChart mode="box" rows={modules} />
          <FiguresTable caption="Modules and categories: your score and the peer distribution" metrics={modules} />
        </Card>
      )}
      <Card title="Factors against peers">
        <div className="space-y-8">
          <BandLegend mode="bars" />
          {factorModules.map((mk) => {
            const rows = withPeers("factor").filter((m) => m.moduleKey === mk);
            return (
              <section key={mk ?? "none"} aria-labelledby={`bm-${mk}`}>
                <h3 id={`bm-${mk}`} className="mb-2 text-sm font-semibold text-slate-900">
                  {moduleName(mk)}
                </h3>
                <BandChart mode="bars" rows={rows} />
                <FiguresTable caption={`${moduleName(mk)}: factor scores against peers`} metrics={rows} />
              </section>
            );
          })}
        </div>
      </Card>
      <p className="text-xs text-slate-500">
        Percentile rank: the share of peers scoring below you, counting ties half (mid-rank), as a whole number (in steps of 5 for groups
        under 20). Quartiles and median: the Harrell–Davis estimator (a weighted mean of all peers&rsquo; scores), rounded to one decimal;
        the 10th and 90th percentiles only for groups of 10 or more. Each institution counts once, with its latest published assessment of
        the round. Some filter combinations are not answered because they differ from another published group by too few institutions.
      </p>
    </>
  );
}
