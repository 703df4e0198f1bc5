import Link from "next/link";
import { ChartTable, num, td, th } from "./chart-table";
import { RoundHistoryChart } from "./round-history-chart";
import { formatIndex, formatLevel, formatScore } from "@/lib/view/results/format";
import type { RoundHistoryView } from "@/lib/view/results/round-history";

/** The overview's history: the overall index and modules of every round, a chart and its table. */
export function RoundHistory({ history, orgSlug }: { history: RoundHistoryView; orgSlug: string }) {
  if (history.rows.length === 0)
    return <p className="text-sm text-slate-600">No closed assessment yet: the history starts with the first closed round.</p>;
  return (
    <div className="space-y-3" data-testid="round-history">
      <p className="text-sm text-slate-700">
        Each closed or published assessment, oldest first, with the figures of its results page (1–5 scale; dashed lines mark where each
        maturity level starts).
      </p>
      {history.rows.some((r) => r.overall !== null) && <RoundHistoryChart history={history} />}
      {history.notes.map((n) => (
        <p key={n} className="text-xs text-amber-900">
          {n}
        </p>
      ))}
      <ChartTable caption="Overall index and modules of every round" summary="Show as table">
        <thead>
          <tr>
            <th scope="col" className={th}>
              Round
            </th>
            <th scope="col" className={`${th} text-end`}>
              Overall (1–5)
            </th>
            <th scope="col" className={`${th} text-end`}>
              Index (0–100)
            </th>
            <th scope="col" className={th}>
              Level
            </th>
            {history.modules.map((m) => (
              <th key={m.key} scope="col" className={`${th} text-end`}>
                {m.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.rows.map((r) => (
            <tr key={r.assessmentId} data-testid={`history-row-${r.assessmentId}`}>
              <th scope="row" className={`${td} font-normal`}>
                <Link href={`/${orgSlug}/assessments/${r.assessmentId}/results`} className="text-brand-700 underline">
                  {r.name}
                </Link>{" "}
                <span className="text-slate-500">
                  ({r.label}
                  {r.published ? ", published" : ""})
                </span>
              </th>
              {r.overall ? (
                <>
                  <td className={num}>{formatScore(r.overall.mean)}</td>
                  <td className={num}>{formatIndex(r.overall.percent)}</td>
                  <td className={td}>{formatLevel(r.overall.level)}</td>
                  {history.modules.map((m) => (
                    <td key={m.key} className={num}>
                      {formatScore(r.modules[m.key])}
                    </td>
                  ))}
                </>
              ) : (
                <td className={`${td} text-slate-600`} colSpan={3 + history.modules.length}>
                  {r.withheldReason}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </div>
  );
}
