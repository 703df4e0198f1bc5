"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MATURITY_THRESHOLDS } from "@/lib/domain/scoring/maturity";
import { formatScore } from "@/lib/view/results/format";

export type ScoreBarRow = Record<string, string | number | null> & { name: string };

export interface ScoreBarSeries {
  dataKey: string;
  name: string;
  fill: string;
}

const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/**
 * Horizontal grouped bars on the 1–5 scale, one row per named figure and one bar per series, with the
 * maturity-level bounds dashed. Decorative for screen readers: every chart sits beside its table.
 */
export function ScoreBarChart({
  rows,
  series,
  labelWidth = 124,
  minHeight = 160,
  testId,
}: {
  rows: ScoreBarRow[];
  series: ScoreBarSeries[];
  labelWidth?: number;
  minHeight?: number;
  testId?: string;
}) {
  const height = Math.max(minHeight, rows.length * (series.length * 7 + 16) + 70);
  const labelChars = Math.round(labelWidth / 6);
  return (
    <div className="w-full" style={{ height }} aria-hidden="true" data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        <BarChart data={rows} layout="vertical" margin={{ top: 16, right: 12, bottom: 4, left: 0 }} barCategoryGap={6} barGap={1}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth}
            interval={0}
            tick={{ fontSize: 11, fill: "#334155" }}
            tickFormatter={(v: string) => shorten(v, labelChars)}
          />
          {MATURITY_THRESHOLDS.map((t, i) => (
            <ReferenceLine
              key={t}
              x={t}
              stroke="#94a3b8"
              strokeDasharray="3 3"
              label={{ value: `L${i + 2}`, position: "top", fontSize: 10, fill: "#64748b" }}
            />
          ))}
          <Tooltip formatter={(v) => formatScore(typeof v === "number" ? v : null)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar key={s.dataKey} dataKey={s.dataKey} name={s.name} fill={s.fill} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
