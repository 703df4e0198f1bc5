import { formatGap, formatGroup, formatScore } from "@/lib/view/results/format";
import type { PerceptionGapView } from "@/lib/view/results/types";

/** The perception gap between the first two groups, largest first, with a bar showing its size. */
export function PerceptionGapList({ gap, note, limit = 8 }: { gap: PerceptionGapView | null; note: string | null; limit?: number }) {
  if (gap === null) return <p className="text-sm text-slate-600">{note ?? "No perception gap to show."}</p>;
  const a = formatGroup(gap.groupA);
  const b = formatGroup(gap.groupB);
  const items = gap.items.slice(0, limit);
  const max = Math.max(0.5, ...items.map((g) => g.absGap));
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        Gap = {a} − {b} on the 1–5 scale; positive means {a.toLowerCase()} rate the bank higher. Largest first.
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
            {g.fewRespondents && <p className="mt-0.5 text-xs text-slate-500">Fewer than 5 respondents in a group: treat with caution.</p>}
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
