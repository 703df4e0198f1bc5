"use client";
// The overall index and each module across rounds, on the 1–5 scale with the maturity-level bounds. A round
// without figures (below the anonymity threshold) leaves a gap rather than a made-up point.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MATURITY_THRESHOLDS } from "@/lib/domain/scoring/maturity";
import { formatScore } from "@/lib/view/results/format";
import { groupColour, OVERALL_COLOUR } from "@/lib/view/results/level-colours";
import type { RoundHistoryView } from "@/lib/view/results/round-history";

export function RoundHistoryChart({ history }: { history: RoundHistoryView }) {
  const data = history.rows.map((r) => ({ label: r.label, overall: r.overall?.mean ?? null, ...r.modules }));
  const series = [
    { key: "overall", name: "Overall index (1–5)", colour: OVERALL_COLOUR, width: 3 },
    ...history.modules.map((m, i) => ({ key: m.key, name: m.name, colour: groupColour(i), width: 1.5 })),
  ];
  return (
    <div className="h-64 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 256 }}>
        <LineChart data={data} margin={{ top: 12, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis type="number" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={28} tick={{ fontSize: 11 }} />
          {MATURITY_THRESHOLDS.map((t) => (
            <ReferenceLine key={t} y={t} stroke="#cbd5e1" strokeDasharray="3 3" />
          ))}
          <Tooltip formatter={(v) => formatScore(typeof v === "number" ? v : null)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={s.colour}
              strokeWidth={s.width}
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
