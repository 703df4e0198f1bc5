"use client";

import { ScoreBarChart, type ScoreBarRow } from "@/components/ui/score-bar-chart";
import type { Comparison } from "@/lib/view/portfolio/types";
import { groupColour, OVERALL_COLOUR } from "@/lib/view/results/level-colours";

/** Clients side by side on 1–5 (one bar each) with the market reference, per row of the comparison. */
export function ComparisonChart({ comparison, kinds }: { comparison: Comparison; kinds: ("overall" | "module" | "factor")[] }) {
  const rows = comparison.rows
    .filter((r) => kinds.includes(r.kind))
    .map((r) => {
      const row: ScoreBarRow = { name: r.name, market: r.market };
      comparison.clients.forEach((c, k) => (row[`client:${c.slug}`] = r.scores[k] ?? null));
      return row;
    });
  const series = [
    ...comparison.clients.map((c, k) => ({ dataKey: `client:${c.slug}`, name: c.name, fill: groupColour(k) })),
    { dataKey: "market", name: comparison.market.label, fill: OVERALL_COLOUR },
  ];
  return <ScoreBarChart rows={rows} series={series} labelWidth={132} minHeight={180} testId="comparison-chart" />;
}
