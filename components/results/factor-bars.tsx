"use client";

import { ScoreBarChart, type ScoreBarRow } from "@/components/ui/score-bar-chart";
import { formatGroup } from "@/lib/view/results/format";
import type { FactorResult } from "@/lib/view/results/types";
import { groupColour, OVERALL_COLOUR } from "@/lib/view/results/level-colours";

/** Horizontal grouped bars on 1–5 (each group and all respondents) with the maturity-level bounds. */
export function FactorBars({ factors, groups }: { factors: FactorResult[]; groups: string[] }) {
  const shown = groups.filter((g) => factors.some((f) => f.groups.some((x) => x.group === g && x.mean !== null)));
  const rows = factors.map((f) => {
    const row: ScoreBarRow = { name: f.name, all: f.mean };
    for (const g of shown) row[g] = f.groups.find((x) => x.group === g)?.mean ?? null;
    return row;
  });
  const series = [
    ...shown.map((g) => ({ dataKey: g, name: formatGroup(g), fill: groupColour(groups.indexOf(g)) })),
    { dataKey: "all", name: "All respondents", fill: OVERALL_COLOUR },
  ];
  return <ScoreBarChart rows={rows} series={series} />;
}
