import { useLocale, useTranslations } from "next-intl";
import { ChartTable, num, td, th } from "@/components/results/chart-table";
import { figuresFor } from "@/lib/view/i18n/figures";
import type { MetricFigures } from "@/lib/view/benchmark/types";

/** The numbers behind a benchmark chart: own score, percentile rank and the peer distribution. */
export function FiguresTable({
  caption,
  metrics,
  k,
  open = false,
}: {
  caption: string;
  metrics: MetricFigures[];
  k: number;
  open?: boolean;
}) {
  const t = useTranslations("benchmark.table");
  const fig = figuresFor(useLocale());
  const end = `${th} text-end`;
  const body = (
    <>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t("measure")}
          </th>
          <th scope="col" className={end}>
            {t("yourScore")}
          </th>
          <th scope="col" className={end}>
            {t("percentileRank")}
          </th>
          <th scope="col" className={end}>
            {t("peerMedian")}
          </th>
          <th scope="col" className={end}>
            {t("q1")}
          </th>
          <th scope="col" className={end}>
            {t("q3")}
          </th>
          <th scope="col" className={end}>
            {t("iqr")}
          </th>
          <th scope="col" className={end}>
            {t("peers")}
          </th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((m) => (
          <tr key={m.key}>
            <th scope="row" className={`${td} font-normal`}>
              {m.name}
            </th>
            <td className={num}>{fig.score(m.own)}</td>
            <td className={num}>{fig.index(m.percentileRank)}</td>
            <td className={num}>{fig.peerScore(m.peers?.median)}</td>
            <td className={num}>{fig.peerScore(m.peers?.q1)}</td>
            <td className={num}>{fig.peerScore(m.peers?.q3)}</td>
            <td className={num}>{fig.peerScore(m.peers?.iqr)}</td>
            <td className={num}>{m.peers ? fig.integer(m.peers.n) : t("fewerThanK", { k: fig.integer(k) })}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
  if (!open) return <ChartTable caption={caption}>{body}</ChartTable>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] border-collapse text-start text-xs sm:text-sm">
        <caption className="sr-only">{caption}</caption>
        {body}
      </table>
    </div>
  );
}
