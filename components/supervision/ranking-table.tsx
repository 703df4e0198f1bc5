import { num, td, th } from "@/components/results/chart-table";
import { LevelBadge } from "@/components/results/level-badge";
import { formatGap, formatScore } from "@/lib/view/results/format";
import type { SectorRow } from "@/lib/view/supervision/types";

/** Institutions by overall index, with laggard flags and the change since their previous round. */
export function RankingTable({ rows }: { rows: SectorRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm" data-testid="sector-ranking">
        <caption className="sr-only">Reporting institutions ranked by overall maturity index</caption>
        <thead>
          <tr>
            <th scope="col" className={`${th} text-right`}>
              Rank
            </th>
            <th scope="col" className={th}>
              Institution
            </th>
            <th scope="col" className={`${th} text-right`}>
              Overall (1–5)
            </th>
            <th scope="col" className={th}>
              Level
            </th>
            <th scope="col" className={`${th} text-right`}>
              Change since previous round
            </th>
            <th scope="col" className={th}>
              Flag
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} className={r.laggard ? "bg-amber-50" : undefined}>
              <td className={num}>{r.rank}</td>
              <th scope="row" className={`${td} font-medium`}>
                {r.name}
              </th>
              <td className={num}>{formatScore(r.overall)}</td>
              <td className={td}>
                <LevelBadge level={r.level} />
              </td>
              <td className={num}>
                {r.change === null || !r.previous
                  ? "first round"
                  : `${formatGap(r.change)} (${r.previous.round}: ${formatScore(r.previous.overall)})`}
              </td>
              <td className={td}>{r.laggard ? <span className="font-medium text-amber-900">Laggard: {r.laggardReason}</span> : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
