import { FLAG_EXPLANATIONS, FLAG_LABELS } from "@/lib/view/results/reliability-view";
import { formatShare, formatStat } from "@/lib/view/results/format";
import type { ReliabilityFlag, ReliabilityRow } from "@/lib/view/results/types";
import { num, td, th } from "./chart-table";

/** Cronbach's alpha, agreement rwg(J), n and coverage per factor, with flags explained in plain words. */
export function ReliabilityTable({ rows }: { rows: ReliabilityRow[] }) {
  const present = [...new Set(rows.flatMap((r) => r.flags))] as ReliabilityFlag[];
  const flagged = rows.filter((r) => r.flags.length > 0).length;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {flagged === 0
          ? "No factor is flagged: the statements hang together and respondents broadly agree."
          : `${flagged} of ${rows.length} factors are flagged. Their scores are still shown; read them with care.`}
      </p>
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-left text-xs sm:text-sm">
          <caption className="sr-only">Reliability and agreement per factor</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                Factor
              </th>
              <th scope="col" className={`${th} text-right`}>
                Alpha
              </th>
              <th scope="col" className={`${th} text-right`}>
                Agreement (rwg)
              </th>
              <th scope="col" className={`${th} text-right`}>
                n complete / answering
              </th>
              <th scope="col" className={`${th} text-right`}>
                Answered
              </th>
              <th scope="col" className={th}>
                Flags
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.factorKey} className={r.flags.length > 0 ? "bg-amber-50" : undefined}>
                <th scope="row" className={`${td} font-normal`}>
                  {r.name}
                </th>
                <td className={num}>{formatStat(r.alpha)}</td>
                <td className={num}>{formatStat(r.rwgJ)}</td>
                <td className={num}>
                  {r.n} / {r.respondents}
                </td>
                <td className={num}>{formatShare(r.answeredShare)}</td>
                <td className={td}>
                  {r.flags.length === 0 ? (
                    <span className="text-slate-500">OK</span>
                  ) : (
                    <ul className="flex flex-wrap gap-1">
                      {r.flags.map((f, i) => (
                        <li key={f} title={r.explanations[i]} className="rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
                          {FLAG_LABELS[f]}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {present.length > 0 && (
        <dl className="space-y-1 text-xs text-slate-700 sm:text-sm">
          {present.map((f) => (
            <div key={f}>
              <dt className="inline font-semibold">{FLAG_LABELS[f]}: </dt>
              <dd className="inline">{FLAG_EXPLANATIONS[f]}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="text-xs text-slate-500">
        Alpha (Cronbach) says whether a factor&rsquo;s statements measure one thing (0.70 or more is good); agreement (rwg) says whether
        respondents share one view of the bank (0.70 or more is good).
      </p>
    </div>
  );
}
