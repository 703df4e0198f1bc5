import Link from "next/link";
import { formatScore } from "@/lib/view/results/format";
import type { CarryOverView } from "@/lib/view/results/carry-over";
import { ChangeVerdictBadge, ChangeWithInterval } from "@/components/results/change-verdict";

const COLUMNS: readonly { label: string; numeric?: boolean }[] = [
  { label: "Factor" },
  { label: "Previous", numeric: true },
  { label: "Now", numeric: true },
  { label: "Change (95 % interval)", numeric: true },
  { label: "Verdict" },
  { label: "Done initiatives" },
];

/** Factors with done initiatives: previous score → this score, and improved / unchanged / declined by the stated rule. */
export function CarryOver({ view, orgSlug }: { view: CarryOverView; orgSlug: string }) {
  return (
    <div className="space-y-3 text-sm" data-testid="carry-over">
      <p className="text-slate-700">
        {view.previous ? (
          <>
            Compared with <span className="font-medium">{view.previous.name}</span>, the previous round.{" "}
          </>
        ) : null}
        {view.rule}
      </p>
      {view.message ? (
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-900">{view.message}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">Factors with done initiatives: previous and current score and the change</caption>
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
              {view.rows.map((r) => (
                <tr key={r.factorKey} data-testid={`carry-over-${r.factorKey}`}>
                  <th scope="row" className="py-1.5 pr-3 font-medium text-slate-900">
                    {r.name}
                  </th>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{formatScore(r.previous)}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{formatScore(r.current)}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">
                    <ChangeWithInterval delta={r.delta} lower={r.lower} upper={r.upper} />
                  </td>
                  <td className="py-1.5 pr-3">
                    <ChangeVerdictBadge verdict={r.trend} />
                  </td>
                  <td className="py-1.5 text-xs">
                    {r.initiatives.map((i, n) => (
                      <span key={i.id}>
                        {n > 0 && ", "}
                        <Link href={`/${orgSlug}/plan/${i.id}`} className="text-brand-700 underline">
                          {i.title}
                        </Link>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
