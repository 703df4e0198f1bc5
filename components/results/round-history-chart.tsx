"use client";
// The overall index and each module across the organisation's rounds (a round below the anonymity
// threshold has no figures and leaves a gap).
import { groupColour, OVERALL_COLOUR } from "@/lib/view/results/level-colours";
import type { RoundHistoryView } from "@/lib/view/results/round-history";
import { ScoreTrendChart } from "./score-trend-chart";

export function RoundHistoryChart({ history }: { history: RoundHistoryView }) {
  const data = history.rows.map((r) => ({ label: r.label, overall: r.overall?.mean ?? null, ...r.modules }));
  const series = [
    { key: "overall", name: "Overall index (1–5)", colour: OVERALL_COLOUR, width: 3 },
    ...history.modules.map((m, i) => ({ key: m.key, name: m.name, colour: groupColour(i), width: 1.5 })),
  ];
  return <ScoreTrendChart data={data} series={series} />;
}
