import { formatScore } from "@/lib/view/results/format";
import type { ChangeRow, RoundChangeOutcome } from "@/lib/view/results/round-change";
import { ChangeVerdictBadge, ChangeWithInterval } from "./change-verdict";

const COLUMNS: readonly { label: string; numeric?: boolean }[] = [
  { label: "Measure" },
  { label: "Previous", numeric: true },
  { label: "Now", numeric: true },
  { label: "Change (95 % interval)", numeric: true },
  { label: "Verdict" },
];

/** On a phone: one card per measure, the figures under its name, so nothing needs sideways scrolling. */
function ChangeCards({ rows }: { rows: readonly ChangeRow[] }) {
  return (
    <ul className="divide-y divide-slate-100 sm:hidden">
      {rows.map((r) => (
        <li key={`${r.kind}:${r.key}`} className="py-2">
          <p className="font-medium text-slate-900">{r.name}</p>
          <p className="mt-0.5 flex flex-wrap gap-x-3 text-slate-700 tabular-nums">
            <span>
              {COLUMNS[1]!.label} {formatScore(r.before)}
            </span>
            <span>
              {COLUMNS[2]!.label} {formatScore(r.after)}
            </span>
            <span>
              <ChangeWithInterval delta={r.delta} lower={r.lower} upper={r.upper} />
            </span>
          </p>
          <div className="mt-1">
            <ChangeVerdictBadge verdict={r.verdict} reason={r.reason} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function ChangeRows({ rows, caption }: { rows: readonly ChangeRow[]; caption: string }) {
  return (
    <>
      <ChangeCards rows={rows} />
      <div className="hidden overflow-x-auto sm:block">
        <table className="w-full min-w-[34rem] text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="text-xs text-slate-500">
            <tr>
              {COLUMNS.map((c, n) => (
                <th
                  key={c.label}
                  scope="col"
                  className={`py-1 font-medium ${n < COLUMNS.length - 1 ? "pr-3" : ""} ${c.numeric ? "text-right" : ""}`}
                >
                  {c.label}
                </th>
              ))}
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
                  <ChangeWithInterval delta={r.delta} lower={r.lower} upper={r.upper} />
                </td>
                <td className="py-1.5">
                  <ChangeVerdictBadge verdict={r.verdict} reason={r.reason} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
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
