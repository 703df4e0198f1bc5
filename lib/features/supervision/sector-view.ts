// A regulator's view of the institutions that report to it by a live REGULATOR grant: scores from
// the benchmark pool only (never answers or respondents). Institutions are named, because each one
// granted this regulator access; nobody else appears.
//
// Laggard (stated on the page): an institution whose overall index in the round is at maturity level
// 2 (Developing) or lower, or in the sector's bottom quartile (at or below the type-7 Q1 of the
// reporting institutions' overall scores).
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { SectorRow } from "../../view/supervision/types.ts";
import { latestFramework, MATURITY_LEVEL_NAMES, type FrameworkDef } from "../../domain/instrument/index.ts";
import { levelForScore } from "../../domain/scoring/index.ts";
import { displayedScore } from "../../view/results/format.ts";
import { summarise, type Distribution } from "../../domain/benchmark/index.ts";
import { grantedInstitutions } from "../grants/grants.ts";
import { benchmarkMetrics, type MetricKind } from "../benchmark/metrics.ts";
import { latestEntriesOf } from "../benchmark/pool.ts";

export const LAGGARD_LEVEL = 2;

export type { SectorRow };

export interface SectorMetric {
  key: string;
  kind: MetricKind;
  name: string;
  moduleKey: string | null;
  distribution: Distribution | null;
}

export interface SectorView {
  frameworkVersion: string;
  round: number | null;
  rounds: number[];
  /** Institutions reporting by a live grant. */
  reporting: number;
  ranking: SectorRow[];
  /** Reporting institutions without a published assessment in the round. */
  missing: { slug: string; name: string }[];
  metrics: SectorMetric[];
  overallQ1: number | null;
}

export async function loadSector(
  db: Db,
  regulatorOrgId: string,
  requestedRound?: number,
  framework: FrameworkDef = latestFramework,
): Promise<SectorView> {
  const institutions = await grantedInstitutions(db, regulatorOrgId, "REGULATOR");
  const entries = await latestEntriesOf(
    db,
    institutions.map((i) => i.id),
    framework.version,
  );
  const rounds = [...new Set(entries.map((e) => e.round))].sort((a, b) => b - a);
  const round = requestedRound !== undefined && rounds.includes(requestedRound) ? requestedRound : (rounds[0] ?? null);
  // Latest entry per institution and round (the first seen, given the ordering).
  const byOrgRound = new Map<string, (number | null)[]>();
  for (const e of entries) {
    const key = `${e.organizationId}:${e.round}`;
    if (!byOrgRound.has(key)) byOrgRound.set(key, e.scores);
  }
  const metricDefs = benchmarkMetrics(framework);
  const inRound =
    round === null
      ? []
      : institutions.flatMap((inst) => {
          const scores = byOrgRound.get(`${inst.id}:${round}`);
          return scores ? [{ inst, scores }] : [];
        });
  const scored = inRound.filter((r) => typeof r.scores[0] === "number");
  const overallDist = summarise(scored.map((r) => r.scores[0] as number));
  const overallQ1 = overallDist?.q1 ?? null;

  const ranking: SectorRow[] = scored
    .map(({ inst, scores }) => {
      const overall = scores[0] as number;
      // The level of the figure as displayed (docs/SCORING.md): 2.5999 is shown as 2.60, so it is level 3.
      const level = levelForScore(displayedScore(overall));
      const prevRound = rounds.find((r) => round !== null && r < round && typeof byOrgRound.get(`${inst.id}:${r}`)?.[0] === "number");
      const previous =
        prevRound === undefined ? null : { round: prevRound, overall: byOrgRound.get(`${inst.id}:${prevRound}`)?.[0] as number };
      const lowLevel = level <= LAGGARD_LEVEL;
      const bottomQuartile = overallQ1 !== null && overall <= overallQ1 + 1e-9;
      const reasons = [
        lowLevel ? `level ${level} ${MATURITY_LEVEL_NAMES[level]}` : null,
        bottomQuartile ? "bottom quartile of the sector" : null,
      ].filter(Boolean);
      return {
        rank: 0,
        slug: inst.slug,
        name: inst.name,
        overall,
        level,
        levelName: MATURITY_LEVEL_NAMES[level],
        previous,
        change: previous ? overall - previous.overall : null,
        laggard: reasons.length > 0,
        laggardReason: reasons.length ? reasons.join("; ") : null,
      };
    })
    .sort((a, b) => b.overall - a.overall || a.name.localeCompare(b.name))
    .map((row, i) => ({ ...row, rank: i + 1 }));

  const scoredIds = new Set(scored.map((r) => r.inst.id));
  return {
    frameworkVersion: framework.version,
    round,
    rounds,
    reporting: institutions.length,
    ranking,
    missing: institutions.filter((i) => !scoredIds.has(i.id)).map((i) => ({ slug: i.slug, name: i.name })),
    metrics: metricDefs.map((m, idx) => ({
      key: m.key,
      kind: m.kind,
      name: m.name,
      moduleKey: m.moduleKey,
      distribution: summarise(inRound.flatMap((r) => (typeof r.scores[idx] === "number" ? [r.scores[idx] as number] : []))),
    })),
    overallQ1,
  };
}
