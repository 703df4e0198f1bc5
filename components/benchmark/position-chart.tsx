"use client";
// The bank's position in the peers' overall distribution: the peers' quantile curve (score at the
// 25th, 50th and 75th percentile, and the 10th and 90th in groups of 10 or more; Harrell–Davis, rounded) with the bank's own point on it.
// No single institution's score is drawn.
// Left to right in every language (see band-chart.tsx), with ticks and the axis title in the page's language.
import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, ComposedChart, Line, ReferenceDot, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { figuresFor } from "@/lib/view/i18n/figures";
import type { PublishedDistribution } from "@/lib/domain/benchmark";

export function PositionChart({
  peers,
  own,
  percentileRank,
}: {
  peers: PublishedDistribution;
  own: number | null;
  percentileRank: number | null;
}) {
  const t = useTranslations("benchmark.chart");
  const fig = figuresFor(useLocale());
  const data = [
    { p: 10, score: peers.p10 },
    { p: 25, score: peers.q1 },
    { p: 50, score: peers.median },
    { p: 75, score: peers.q3 },
    { p: 90, score: peers.p90 },
  ].filter((d): d is { p: number; score: number } => d.score !== null); // P10/P90 only for large groups
  return (
    <div className="h-56 w-full" aria-hidden="true" dir="ltr">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 224 }}>
        <ComposedChart data={data} margin={{ top: 12, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis
            dataKey="p"
            type="number"
            domain={[0, 100]}
            ticks={[0, 10, 25, 50, 75, 90, 100]}
            tick={{ fontSize: 11 }}
            tickFormatter={(v: number) => fig.integer(v)}
            label={{ value: t("percentileAxis"), position: "insideBottom", offset: -8, fontSize: 11 }}
          />
          <YAxis
            type="number"
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            width={32}
            tick={{ fontSize: 11 }}
            tickFormatter={(v: number) => fig.integer(v)}
          />
          <Line dataKey="score" stroke="#64748b" strokeWidth={2} dot={{ r: 3, fill: "#64748b" }} isAnimationActive={false} />
          {own !== null && percentileRank !== null && (
            <ReferenceDot x={percentileRank} y={own} r={7} fill="#1f57c0" stroke="#fff" strokeWidth={2} />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
