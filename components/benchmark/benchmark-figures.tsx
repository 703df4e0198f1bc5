import { useLocale, useTranslations } from "next-intl";
import { figuresFor } from "@/lib/view/i18n/figures";
import type { BenchmarkView, MetricFigures } from "@/lib/view/benchmark/types";
import { Card } from "@/components/ui/card";
import { BandChart, BandLegend } from "./band-chart";
import { PositionChart } from "./position-chart";
import { FiguresTable } from "./figures-table";

/** The benchmark's figures for an answered peer group: the overall index, modules and categories, factors. */
export function BenchmarkFigures({ view, groupWords }: { view: Extract<BenchmarkView, { status: "ok" }>; groupWords: string }) {
  const t = useTranslations("benchmark");
  const fig = figuresFor(useLocale());
  const overall = view.metrics.find((m) => m.kind === "overall") as MetricFigures;
  const withPeers = (kind: MetricFigures["kind"]) => view.metrics.filter((m) => m.kind === kind && m.peers !== null);
  const modules = [...withPeers("module"), ...withPeers("category")];
  const factorModules = [...new Set(withPeers("factor").map((m) => m.moduleKey))];
  const moduleName = (key: string | null) => view.metrics.find((m) => m.key === `module:${key}`)?.name ?? key ?? "";
  const round = view.round === null ? "" : fig.integer(view.round);
  return (
    <>
      {!view.hasOwnScores && <p className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("noOwnScores", { round })}</p>}
      <Card title={t("overallTitle", { round })}>
        <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
          <dl className="grid grid-cols-2 gap-3 text-sm lg:grid-cols-1" data-testid="overall-figures">
            <div>
              <dt className="text-slate-600">{t("peers")}</dt>
              <dd className="text-lg font-semibold" data-testid="peer-count">
                {groupWords
                  ? t("peerCountWithGroup", { count: view.peerCount, group: groupWords })
                  : t("peerCount", { count: view.peerCount })}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("yourScore")}</dt>
              <dd className="text-lg font-semibold">{fig.score(overall.own)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("yourRank")}</dt>
              <dd className="text-lg font-semibold">{fig.index(overall.percentileRank)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("peerMedianRange")}</dt>
              <dd className="text-lg font-semibold">
                {t("medianWithRange", {
                  median: fig.peerScore(overall.peers?.median),
                  q1: fig.peerScore(overall.peers?.q1),
                  q3: fig.peerScore(overall.peers?.q3),
                })}
              </dd>
            </div>
          </dl>
          <div>
            {overall.peers && <PositionChart peers={overall.peers} own={overall.own} percentileRank={overall.percentileRank} />}
            <p className="text-xs text-slate-600">{t("positionNote")}</p>
            <FiguresTable caption={t("overallCaption")} metrics={[overall]} k={view.k} />
          </div>
        </div>
      </Card>
      {modules.length > 0 && (
        <Card title={t("modulesTitle")}>
          <BandLegend mode="box" />
          <BandChart mode="box" rows={modules} />
          <FiguresTable caption={t("modulesCaption")} metrics={modules} k={view.k} />
        </Card>
      )}
      <Card title={t("factorsTitle")}>
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
                <FiguresTable caption={t("factorsCaption", { module: moduleName(mk) })} metrics={rows} k={view.k} />
              </section>
            );
          })}
        </div>
      </Card>
      <p className="text-xs text-slate-500">{t("method")}</p>
    </>
  );
}
