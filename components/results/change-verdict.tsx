import { formatGap } from "@/lib/view/results/format";
import { VERDICT_LABELS, type ChangeVerdict } from "@/lib/view/results/round-change";

const VERDICT_STYLE: Record<ChangeVerdict, string> = {
  improved: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  unchanged: "bg-slate-50 text-slate-700 ring-slate-200",
  declined: "bg-red-50 text-red-800 ring-red-200",
  "not-comparable": "bg-white text-slate-500 ring-slate-200",
};

const ARROW: Record<ChangeVerdict, string> = { improved: "▲", unchanged: "■", declined: "▼", "not-comparable": "–" };

/** Improved / No clear change / Declined / Not comparable, as a badge; `reason` explains a missing verdict. */
export function ChangeVerdictBadge({ verdict, reason }: { verdict: ChangeVerdict; reason?: string | null }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs ring-1 ${VERDICT_STYLE[verdict]}`}
      title={reason ?? undefined}
    >
      <span aria-hidden="true">{ARROW[verdict]}</span>
      {VERDICT_LABELS[verdict]}
    </span>
  );
}

/** "+0.42 (+0.18 to +0.66)": the change and, when there is one, its interval. */
export function ChangeWithInterval({ delta, lower, upper }: { delta: number | null; lower: number | null; upper: number | null }) {
  return (
    <>
      {formatGap(delta)}
      {lower !== null && upper !== null && (
        <span className="text-slate-500">
          {" "}
          ({formatGap(lower)} to {formatGap(upper)})
        </span>
      )}
    </>
  );
}
