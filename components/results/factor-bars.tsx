"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MATURITY_THRESHOLDS } from "@/lib/domain/scoring/maturity";
import { formatGroup, formatScore } from "@/lib/view/results/format";
import type { FactorResult } from "@/lib/view/results/types";
import { groupColour, OVERALL_COLOUR } from "../../lib/view/results/level-colours";

const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** Horizontal grouped bars on 1–5 (each group and all respondents) with the maturity-level bounds. */
export function FactorBars({ factors, groups }: { factors: FactorResult[]; groups: string[] }) {
  const series = groups.filter((g) => factors.some((f) => f.groups.some((x) => x.group === g && x.mean !== null)));
  const data = factors.map((f) => {
    const row: Record<string, string | number | null> = { key: f.key, name: f.name, all: f.mean };
    for (const g of series) row[g] = f.groups.find((x) => x.group === g)?.mean ?? null;
    return row;
  });
  const barsPerFactor = series.length + 1;
  const height = Math.max(160, factors.length * (barsPerFactor * 7 + 16) + 70);
  return (
    <div className="w-full" style={{ height }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 16, right: 12, bottom: 4, left: 0 }} barCategoryGap={6} barGap={1}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="name"
            width={124}
            interval={0}
            tick={{ fontSize: 11, fill: "#334155" }}
            tickFormatter={(v: string) => shorten(v, 20)}
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
          {series.map((g) => (
            <Bar key={g} dataKey={g} name={formatGroup(g)} fill={groupColour(groups.indexOf(g))} isAnimationActive={false} />
          ))}
          <Bar dataKey="all" name="All respondents" fill={OVERALL_COLOUR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
