"use client";
// Scores across rounds on the 1–5 scale with the maturity-level bounds (dashed): the overall index bold,
// modules (or other series) thin. A round without a figure leaves a gap rather than a made-up point.
// Decorative: the table beside it has the numbers.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MATURITY_THRESHOLDS } from "@/lib/domain/scoring/maturity";
import { formatScore } from "@/lib/view/results/format";

export interface TrendSeries {
  /** The data field of the series (no ":"; Recharts reads it as a path). */
  key: string;
  name: string;
  colour: string;
  width: number;
}

export function ScoreTrendChart({
  data,
  series,
  testId,
}: {
  data: ({ label: string } & Record<string, number | string | null>)[];
  series: TrendSeries[];
  testId?: string;
}) {
  return (
    <div className="h-64 w-full" aria-hidden="true" data-testid={testId}>
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
