"use client";
// One institution's overall index and modules across rounds, for the regulator's drill-down.
import { groupColour, OVERALL_COLOUR } from "@/lib/view/results/level-colours";
import { ScoreTrendChart } from "@/components/results/score-trend-chart";

export function TrendChart({
  rows,
  series,
}: {
  rows: { round: number; scores: Record<string, number | null> }[];
  series: { key: string; name: string }[];
}) {
  const field = (key: string) => key.replace(":", "_");
  const data = rows.map((r) => ({
    label: String(r.round),
    ...Object.fromEntries(series.map((s) => [field(s.key), r.scores[s.key] ?? null])),
  }));
  const lines = series.map((s, i) => ({
    key: field(s.key),
    name: s.key === "overall" ? "Overall index (1–5)" : s.name,
    colour: s.key === "overall" ? OVERALL_COLOUR : groupColour(i - 1),
    width: s.key === "overall" ? 3 : 1.5,
  }));
  return <ScoreTrendChart data={data} series={lines} testId="institution-trend-chart" />;
}
