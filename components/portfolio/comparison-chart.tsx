"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MATURITY_THRESHOLDS } from "@/lib/domain/scoring/maturity";
import { formatScore } from "@/lib/view/results/format";
import type { Comparison } from "@/lib/view/portfolio/types";
import { groupColour, OVERALL_COLOUR } from "@/lib/view/results/level-colours";

const shorten = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** Clients side by side on 1–5 (one bar each) with the market reference, per row of the comparison. */
export function ComparisonChart({ comparison, kinds }: { comparison: Comparison; kinds: ("overall" | "module" | "factor")[] }) {
  const rows = comparison.rows.filter((r) => kinds.includes(r.kind));
  const data = rows.map((r) => {
    const row: Record<string, string | number | null> = { name: r.name, market: r.market };
    comparison.clients.forEach((c, k) => (row[c.slug] = r.scores[k] ?? null));
    return row;
  });
  const bars = comparison.clients.length + 1;
  const height = Math.max(180, rows.length * (bars * 7 + 16) + 70);
  return (
    <div className="w-full" style={{ height }} aria-hidden="true" data-testid="comparison-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 16, right: 12, bottom: 4, left: 0 }} barCategoryGap={6} barGap={1}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="name"
            width={132}
            interval={0}
            tick={{ fontSize: 11, fill: "#334155" }}
            tickFormatter={(v: string) => shorten(v, 22)}
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
          {comparison.clients.map((c, k) => (
            <Bar key={c.slug} dataKey={c.slug} name={c.name} fill={groupColour(k)} isAnimationActive={false} />
          ))}
          <Bar dataKey="market" name={comparison.market.label} fill={OVERALL_COLOUR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
