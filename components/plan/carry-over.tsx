import Link from "next/link";
import { formatScore } from "@/lib/view/results/format";
import { TREND_LABELS, type CarryOverRow, type CarryOverView } from "@/lib/view/results/carry-over";

const TREND_STYLE: Record<CarryOverRow["trend"], string> = {
  improved: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  unchanged: "bg-slate-50 text-slate-700 ring-slate-200",
  declined: "bg-red-50 text-red-800 ring-red-200",
  "not-comparable": "bg-white text-slate-500 ring-slate-200",
};

const ARROW: Record<CarryOverRow["trend"], string> = { improved: "▲", unchanged: "■", declined: "▼", "not-comparable": "–" };

const COLUMNS: readonly { label: string; numeric?: boolean }[] = [
  { label: "Factor" },
  { label: "Previous", numeric: true },
  { label: "Now", numeric: true },
  { label: "Change", numeric: true },
  { label: "Verdict" },
  { label: "Done initiatives" },
];

function signed(delta: number | null): string {
  if (delta === null) return "–";
  const s = delta.toFixed(2);
  return delta > 0 ? `+${s}` : s;
}

/** Factors with done initiatives: previous score → this score, and improved / unchanged / declined by the stated rule. */
export function CarryOver({ view, orgSlug }: { view: CarryOverView; orgSlug: string }) {
  return (
    <div className="space-y-3 text-sm" data-testid="carry-over">
      <p className="text-slate-700">
        {view.previous ? (
          <>
            Compared with <span className="font-medium">{view.previous.name}</span>, the previous assessment on the same framework
            version.{" "}
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
                  <td className="py-1.5 pr-3 text-right tabular-nums">{signed(r.delta)}</td>
                  <td className="py-1.5 pr-3">
                    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs ring-1 ${TREND_STYLE[r.trend]}`}>
                      <span aria-hidden="true">{ARROW[r.trend]}</span>
                      {TREND_LABELS[r.trend]}
                    </span>
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
