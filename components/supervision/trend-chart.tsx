"use client";
// One institution's overall index and modules across rounds, on the 1–5 scale with the maturity-level
// bounds (dashed). A round without a figure leaves a gap. Decorative: the table beside it has the numbers.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MATURITY_THRESHOLDS } from "@/lib/domain/scoring/maturity";
import { formatScore } from "@/lib/view/results/format";
import { groupColour, OVERALL_COLOUR } from "@/lib/view/results/level-colours";

export function TrendChart({
  rows,
  series,
}: {
  rows: { round: number; scores: Record<string, number | null> }[];
  series: { key: string; name: string }[];
}) {
  const data = rows.map((r) => ({
    label: String(r.round),
    ...Object.fromEntries(series.map((s) => [s.key.replace(":", "_"), r.scores[s.key]])),
  }));
  return (
    <div className="h-64 w-full" aria-hidden="true" data-testid="institution-trend-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 256 }}>
        <LineChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} padding={{ left: 32, right: 32 }} />
          <YAxis type="number" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={28} tick={{ fontSize: 11 }} />
          {MATURITY_THRESHOLDS.map((t) => (
            <ReferenceLine key={t} y={t} stroke="#cbd5e1" strokeDasharray="3 3" />
          ))}
          <Tooltip formatter={(v) => formatScore(typeof v === "number" ? v : null)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key.replace(":", "_")}
              name={s.key === "overall" ? "Overall index (1–5)" : s.name}
              stroke={s.key === "overall" ? OVERALL_COLOUR : groupColour(i - 1)}
              strokeWidth={s.key === "overall" ? 3 : 1.5}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
