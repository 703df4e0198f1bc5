import { formatGap, formatGroup, formatScore, formatStat } from "@/lib/view/results/format";

const formatQ = (q: number | null) => (q === null ? "–" : q < 0.001 ? "< 0.001" : q.toFixed(3));
import type { PerceptionGapView } from "@/lib/view/results/types";

/** The perception gap between the first two groups: gaps that stand out from noise first, each labelled, with a bar for its size. */
export function PerceptionGapList({ gap, note, limit = 8 }: { gap: PerceptionGapView | null; note: string | null; limit?: number }) {
  if (gap === null) return <p className="text-sm text-slate-600">{note ?? "No perception gap to show."}</p>;
  const a = formatGroup(gap.groupA);
  const b = formatGroup(gap.groupB);
  const items = gap.items.slice(0, limit);
  const max = Math.max(0.5, ...items.map((g) => g.absGap));
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        Gap = {a} − {b} on the 1–5 scale; positive means {a.toLowerCase()} rate the bank higher.{" "}
        <span data-testid="gap-summary">
          {gap.distinguishableCount === 0
            ? "No gap stands out from the noise of sampling: with groups of this size, differences like these arise by chance."
            : `${gap.distinguishableCount} ${gap.distinguishableCount === 1 ? "gap stands" : "gaps stand"} out from the noise (listed first); the rest could be chance.`}
        </span>
      </p>
      <ol className="space-y-2">
        {items.map((g) => (
          <li key={g.factorKey} className="text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-medium text-slate-900">{g.name}</span>
              <span className="tabular-nums text-slate-800">
                <span className="font-semibold">{formatGap(g.gap)}</span>
                <span className="text-slate-600">
                  {" "}
                  ({a} {formatScore(g.scoreA)}, {b} {formatScore(g.scoreB)})
                </span>
              </span>
            </div>
            <div className="mt-1 h-1.5 w-full rounded bg-slate-100" aria-hidden="true">
              <div
                className={`h-1.5 rounded ${g.gap >= 0 ? "bg-brand-500" : "bg-amber-500"}`}
                style={{ width: `${(g.absGap / max) * 100}%` }}
              />
            </div>
            <p className="mt-0.5 text-xs text-slate-500" data-classification={g.test.classification}>
              {g.test.classification === "distinguishable"
                ? `Stands out from noise (Hedges\u2019 g ${formatStat(g.test.hedgesG)}, q ${formatQ(g.test.q)})`
                : g.test.classification === "not-distinguishable"
                  ? "Could be chance"
                  : "Not tested: too few answers in a group"}
              {g.fewRespondents ? " · fewer than 5 respondents in a group" : ""}
            </p>
          </li>
        ))}
      </ol>
      {gap.items.length > items.length && (
        <p className="text-xs text-slate-500">
          {gap.items.length - items.length} smaller gaps not shown; the factor table has every group score.
        </p>
      )}
    </div>
  );
}
