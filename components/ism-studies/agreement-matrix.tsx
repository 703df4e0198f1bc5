import type { AggregatedSsim } from "@/lib/domain/ism";
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
