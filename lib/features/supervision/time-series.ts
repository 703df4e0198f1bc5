// Every reporting institution × round × metric, for the regulator's time-series CSV: the published
// scores only, filtered by the institutions' profile like the sector page (the round filter does not
// apply: a time series has every round).
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { MaturityLevel } from "../../domain/instrument/types.ts";
import { latestFramework, type FrameworkDef } from "../../domain/instrument/index.ts";
import { levelForScore } from "../../domain/scoring/index.ts";
import { displayedScore } from "../../view/results/format.ts";
import { benchmarkMetrics, type MetricKind } from "../benchmark/metrics.ts";
import { loadReporting, matchesFilters } from "./sector-view.ts";
import type { SectorFilters } from "./filters.ts";

export interface TimeSeriesRow {
  institution: string;
  slug: string;
  round: number;
  metricKey: string;
  metricKind: MetricKind;
  metric: string;
  score: number | null;
  level: MaturityLevel | null;
}

export async function sectorTimeSeries(
  db: Db,
  regulatorOrgId: string,
  filters: SectorFilters = {},
  framework: FrameworkDef = latestFramework,
): Promise<TimeSeriesRow[]> {
  const data = await loadReporting(db, regulatorOrgId, framework);
  const metrics = benchmarkMetrics(framework);
  const rounds = [...data.rounds].sort((a, b) => a - b);
  const rows: TimeSeriesRow[] = [];
  for (const inst of data.institutions) {
    if (!matchesFilters(inst, filters)) continue;
    for (const round of rounds) {
      const scores = data.byOrgRound.get(`${inst.id}:${round}`);
      if (!scores) continue;
      metrics.forEach((m, idx) => {
        const score = scores[idx] ?? null;
        rows.push({
          institution: inst.name,
          slug: inst.slug,
          round,
          metricKey: m.key,
          metricKind: m.kind,
          metric: m.name,
          score,
          level: score === null ? null : levelForScore(displayedScore(score)),
        });
      });
    }
  }
  return rows;
}
