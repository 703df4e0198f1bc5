import type { WhatIfRow, WhatIfView } from "@/lib/view/scenario/what-if";
import { formatScore } from "@/lib/view/results/format";

function PeerCell({ row }: { row: WhatIfRow }) {
  if (!row.peers) return <>–</>;
  const { current, projected } = row.peers;
  if (!projected) return <>–</>;
  return <>{current && current.label !== projected.label ? `${current.label} → ${projected.label}` : projected.label}</>;
}

function Rows({ rows, heading }: { rows: WhatIfRow[]; heading: string }) {
  if (rows.length === 0) return null;
  return (
    <>
      <tr>
        <th colSpan={4} scope="colgroup" className="bg-slate-50 px-2 py-1 text-left text-xs font-semibold uppercase text-slate-600">
          {heading}
        </th>
      </tr>
      {rows.map((r) => (
        <tr key={r.key} className={r.changed ? "bg-brand-50" : undefined} data-testid={`what-if-row-${r.key}`}>
          <th scope="row" className="px-2 py-1 text-left font-normal">
            {r.name}
          </th>
          <td className="px-2 py-1 tabular-nums">
            {formatScore(r.current)} (L{r.currentLevel ?? "–"})
          </td>
          <td className="px-2 py-1 font-medium tabular-nums">
            {formatScore(r.projected)} (L{r.projectedLevel ?? "–"})
          </td>
          <td className="px-2 py-1 text-xs text-slate-700">
            <PeerCell row={r} />
          </td>
        </tr>
      ))}
    </>
  );
}

/** Current and projected scores of the overall index, the modules, the categories and the changed factors. */
export function ProjectionTable({ view }: { view: WhatIfView }) {
  const changedFactors = view.factors.filter((f) => f.changed);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[28rem] text-sm" data-testid="what-if-table">
        <caption className="sr-only">Current and projected scores (1–5) with maturity level and peer position</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
            <th scope="col" className="px-2 py-1">
              Score
            </th>
            <th scope="col" className="px-2 py-1">
              Current
            </th>
            <th scope="col" className="px-2 py-1">
              Projected
            </th>
            <th scope="col" className="px-2 py-1">
              Among peers
            </th>
          </tr>
        </thead>
        <tbody>
          <Rows heading="Overall" rows={[view.overall]} />
          <Rows heading="Modules" rows={view.modules} />
          <Rows heading="Categories" rows={view.categories} />
          <Rows heading="Factors with a target that lifts them" rows={changedFactors} />
        </tbody>
      </table>
    </div>
  );
}
