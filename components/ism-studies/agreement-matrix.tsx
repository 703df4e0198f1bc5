import type { AggregatedSsim } from "@/lib/domain/ism";
import type { AgreementRow, PanelAgreementView } from "@/lib/view/ism/panel-agreement";
import { formatShare } from "@/lib/view/results/format";

const LETTER_MEANING: Record<string, string> = { V: "row drives column", A: "column drives row", X: "both", O: "neither" };

/** The aggregated SSIM as an upper triangle: each cell's letter, the share of experts who gave it, and the votes. */
export function AgreementMatrix({ aggregate, names }: { aggregate: AggregatedSsim; names: string[] }) {
  const n = names.length;
  const cellAt = new Map(aggregate.cells.map((c) => [`${c.i}:${c.j}`, c]));
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-xs" data-testid="agreement-matrix">
        <caption className="sr-only">
          Aggregated SSIM: letter per pair (V row drives column, A column drives row, X both, O neither) and the share of experts agreeing
        </caption>
        <thead>
          <tr>
            <th className="p-1" scope="col">
              <span className="sr-only">Factor</span>
            </th>
            {names.map(
              (name, j) =>
                j > 0 && (
                  <th key={name} scope="col" className="p-1 text-left font-medium text-slate-600" title={name}>
                    {j + 1}
                  </th>
                ),
            )}
          </tr>
        </thead>
        <tbody>
          {names.slice(0, n - 1).map((name, i) => (
            <tr key={name}>
              <th scope="row" className="whitespace-nowrap p-1 pr-2 text-left font-medium text-slate-700">
                {i + 1}. {name}
              </th>
              {names.map((colName, j) => {
                if (j === 0) return null;
                const c = cellAt.get(`${i}:${j}`);
                if (!c) return <td key={colName} className="p-1" />;
                const tone = c.agreement >= 0.75 ? "bg-emerald-50" : c.agreement >= 0.5 ? "bg-amber-50" : "bg-red-50";
                return (
                  <td
                    key={colName}
                    className={`border border-slate-200 p-1 text-center ${tone}`}
                    title={`${name} × ${colName}: ${LETTER_MEANING[c.letter]} · votes V ${c.votes.V}, A ${c.votes.A}, X ${c.votes.X}, O ${c.votes.O}`}
                    data-cell={`${i}-${j}`}
                  >
                    <span className="block font-semibold">{c.letter}</span>
                    <span className="block text-[10px] text-slate-600">{formatShare(c.agreement)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const fig = (v: number | null) => (v === null ? "–" : v.toFixed(2));

/** Agreement beyond chance, three ways, on the letters and on the directions; then each factor's level stability. */
export function PanelAgreement({ panel }: { panel: PanelAgreementView }) {
  const rows: [string, AgreementRow][] = [
    ["Letters (V, A, X, O)", panel.letters],
    ["Directions (i→j, j→i)", panel.directions],
  ];
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-800" data-testid="agreement-reading">
        {panel.reading}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="panel-agreement">
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="py-1">Judged on</th>
              <th>Raw agreement</th>
              <th>Fleiss&rsquo; kappa</th>
              <th>Gwet&rsquo;s AC1</th>
              <th>Krippendorff&rsquo;s alpha</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {rows.map(([label, r]) => (
              <tr key={label} data-testid={label.startsWith("Letters") ? "agreement-letters" : "agreement-directions"}>
                <td className="py-1">{label}</td>
                <td>{r.raw === null ? "–" : formatShare(r.raw)}</td>
                <td data-figure="kappa">{fig(r.fleissKappa)}</td>
                <td data-figure="ac1">{fig(r.ac1)}</td>
                <td data-figure="alpha">{fig(r.krippendorffAlpha)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-600">
        Direction-aware: each letter is two yes/no judgements (does row drive column? does column drive row?), so V against X agrees on one
        of them. Kappa falls when one letter dominates even if experts agree; AC1 (Gwet 2008) allows for that; alpha (Krippendorff 2011) is
        the content-analysis standard.
      </p>
      {panel.stability ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Level stability when one expert is left out</summary>
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-left text-xs" data-testid="level-stability">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1">Factor</th>
                  <th>Level</th>
                  <th>Runs where the level changes</th>
                  <th>Largest shift</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 tabular-nums">
                {panel.stability.map((s) => (
                  <tr key={s.name}>
                    <td className="py-1">{s.name}</td>
                    <td>{s.level}</td>
                    <td>{formatShare(s.changeRate)}</td>
                    <td>{s.maxShift === 0 ? "none" : `${s.maxShift} level${s.maxShift > 1 ? "s" : ""}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : (
        <p className="text-xs text-slate-600">Level stability needs at least three finished experts.</p>
      )}
    </div>
  );
}
