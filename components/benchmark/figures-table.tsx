import { ChartTable, num, td, th } from "@/components/results/chart-table";
import { formatIndex, formatScore } from "@/lib/view/results/format";
import { formatPeerScore } from "./peer-format";
import type { MetricFigures } from "@/lib/view/benchmark/types";

/** The numbers behind a benchmark chart: own score, percentile rank and the peer distribution. */
export function FiguresTable({ caption, metrics, open = false }: { caption: string; metrics: MetricFigures[]; open?: boolean }) {
  const body = (
    <>
      <thead>
        <tr>
          <th scope="col" className={th}>
            Measure
          </th>
          <th scope="col" className={`${th} text-right`}>
            Your score
          </th>
          <th scope="col" className={`${th} text-right`}>
            Percentile rank
          </th>
          <th scope="col" className={`${th} text-right`}>
            Peer median
          </th>
          <th scope="col" className={`${th} text-right`}>
            Q1
          </th>
          <th scope="col" className={`${th} text-right`}>
            Q3
          </th>
          <th scope="col" className={`${th} text-right`}>
            Spread (IQR)
          </th>
          <th scope="col" className={`${th} text-right`}>
            Peers
          </th>
        </tr>
      </thead>
      <tbody>
        {metrics.map((m) => (
          <tr key={m.key}>
            <th scope="row" className={`${td} font-normal`}>
              {m.name}
            </th>
            <td className={num}>{formatScore(m.own)}</td>
            <td className={num}>{formatIndex(m.percentileRank)}</td>
            <td className={num}>{formatPeerScore(m.peers?.median)}</td>
            <td className={num}>{formatPeerScore(m.peers?.q1)}</td>
            <td className={num}>{formatPeerScore(m.peers?.q3)}</td>
            <td className={num}>{formatPeerScore(m.peers?.iqr)}</td>
            <td className={num}>{m.peers ? m.peers.n : "fewer than K"}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
  if (!open) return <ChartTable caption={caption}>{body}</ChartTable>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] border-collapse text-left text-xs sm:text-sm">
        <caption className="sr-only">{caption}</caption>
        {body}
      </table>
    </div>
  );
}
