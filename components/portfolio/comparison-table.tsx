import { formatScore } from "@/lib/view/results/format";
import { levelForScore } from "@/lib/domain/scoring/maturity";
import type { Comparison } from "@/lib/view/portfolio/types";
import { LevelBadge } from "@/components/results/level-badge";
import { num, td, th } from "@/components/results/chart-table";

const KIND_LABEL = { overall: "", module: "Module", factor: "Factor" } as const;

/** The comparison's numbers: one column per client (score and level) and the market reference. */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-left text-xs sm:text-sm" data-testid="comparison-table">
        <caption className="sr-only">Clients side by side on 1–5, with the {comparison.market.label.toLowerCase()}</caption>
        <thead>
          <tr>
            <th className={th} scope="col">
              Measure
            </th>
            {comparison.clients.map((c) => (
              <th key={c.slug} className={`${th} text-right`} scope="col">
                {c.name}
              </th>
            ))}
            <th className={`${th} text-right`} scope="col">
              {comparison.market.label}
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((r) => (
            <tr key={`${r.kind}:${r.key}`} className={r.kind === "factor" ? "" : "bg-slate-50 font-medium"}>
              <th scope="row" className={`${td} ${r.kind === "factor" ? "pl-5 font-normal" : ""}`}>
                {KIND_LABEL[r.kind] && <span className="sr-only">{KIND_LABEL[r.kind]}: </span>}
                {r.name}
              </th>
              {comparison.clients.map((c, k) => {
                const s = r.scores[k] ?? null;
                return (
                  <td key={c.slug} className={num}>
                    <span className="mr-2">{formatScore(s)}</span>
                    {s !== null && <LevelBadge level={levelForScore(s)} />}
                  </td>
                );
              })}
              <td className={num}>{formatScore(r.market)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
