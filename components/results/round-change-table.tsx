import { formatScore } from "@/lib/view/results/format";
import { VERDICT_LABELS, type ChangeRow, type ChangeVerdict, type RoundChangeOutcome } from "@/lib/view/results/round-change";

const VERDICT_STYLE: Record<ChangeVerdict, string> = {
  improved: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  unchanged: "bg-slate-50 text-slate-700 ring-slate-200",
  declined: "bg-red-50 text-red-800 ring-red-200",
  "not-comparable": "bg-white text-slate-500 ring-slate-200",
};

const signed = (v: number | null) => (v === null ? "–" : `${v > 0 ? "+" : ""}${v.toFixed(2)}`);

function ChangeRows({ rows, caption }: { rows: readonly ChangeRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[34rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Measure
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Previous
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Now
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              Change (95 % interval)
            </th>
            <th scope="col" className="py-1 font-medium">
              Verdict
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={`${r.kind}:${r.key}`} data-testid={`change-${r.kind}-${r.key}`}>
              <th scope="row" className="py-1.5 pr-3 font-medium text-slate-900">
                {r.name}
              </th>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatScore(r.before)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">{formatScore(r.after)}</td>
              <td className="py-1.5 pr-3 text-right tabular-nums">
                {signed(r.delta)}
                {r.lower !== null && r.upper !== null && (
                  <span className="text-slate-500">
                    {" "}
                    ({signed(r.lower)} to {signed(r.upper)})
                  </span>
                )}
              </td>
              <td className="py-1.5" title={r.reason ?? undefined}>
                <span className={`inline-flex rounded-full px-2 py-0.5 text-xs ring-1 ${VERDICT_STYLE[r.verdict]}`}>
                  {VERDICT_LABELS[r.verdict]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Change since the previous round: overall, modules and categories in view; every factor one click away. */
export function RoundChangeTable({ outcome }: { outcome: RoundChangeOutcome }) {
  if (outcome.status === "none") return <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900">{outcome.message}</p>;
  const { view } = outcome;
  return (
    <div className="space-y-3 text-sm" data-testid="round-change">
      <p className="text-slate-700">
        Compared with <span className="font-medium">{view.previous.name}</span>. {view.rule}
      </p>
      {view.scopeNote && <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">{view.scopeNote}</p>}
      <ChangeRows
        rows={[view.overall, ...view.modules, ...view.categories]}
        caption="Change of the overall index, modules and categories"
      />
      <details>
        <summary className="cursor-pointer text-brand-700 underline">Change of every factor ({view.factors.length})</summary>
        <ChangeRows rows={view.factors} caption="Change of every factor" />
      </details>
    </div>
  );
}
