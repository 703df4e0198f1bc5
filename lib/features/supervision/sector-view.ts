// A regulator's view of the institutions that report to it by a live REGULATOR grant: scores from
// the benchmark pool only (never answers or respondents). Institutions are named, because each one
// granted this regulator access; nobody else appears.
//
// Laggard (stated on the page): an institution whose overall index in the round is at maturity level
// 2 (Developing) or lower, or in the sector's bottom quartile (at or below the type-7 Q1 of the
// reporting institutions' overall scores).
//
// Filters (size band, ownership, region) select institutions by their organisation profile as it is
// now; they apply to the ranking, the heat map, the distributions and the missing list alike.
// Loading is two queries whatever the number of institutions: the live grants, then every published
// entry of those institutions (lib/features/benchmark/pool.ts). No "server-only" marker: bench/sector.ts
// loads this module outside Next (tests/unit/server-only.test.ts).
import type { Db } from "../../platform/db/connect.ts";
import type { SectorRow } from "../../view/supervision/types.ts";
import { latestFramework, MATURITY_LEVEL_NAMES, type FrameworkDef } from "../../domain/instrument/index.ts";
import { levelForScore } from "../../domain/scoring/index.ts";
import { displayedScore } from "../../view/results/format.ts";
import { summarise, type Distribution } from "../../domain/benchmark/index.ts";
import { grantedInstitutions } from "../grants/grants.ts";
import { benchmarkMetrics, type MetricKind } from "../benchmark/metrics.ts";
import { latestEntriesOf } from "../benchmark/pool.ts";
import type { SectorFilters } from "./filters.ts";

export const LAGGARD_LEVEL = 2;

export type { SectorRow };

export interface SectorMetric {
  key: string;
  kind: MetricKind;
  name: string;
  moduleKey: string | null;
  distribution: Distribution | null;
}

/** A reporting institution's public profile (the fields the filters select on). */
export interface ReportingInstitution {
  id: string;
  slug: string;
  name: string;
  ownership: "PRIVATE" | "STATE" | null;
  sizeBand: "SMALL" | "MEDIUM" | "LARGE" | null;
  region: string | null;
}

export interface SectorView {
  frameworkVersion: string;
  round: number | null;
  rounds: number[];
  /** Institutions reporting by a live grant. */
  reporting: number;
  /** The filters applied (round aside), and how many reporting institutions match them. */
  filters: Omit<SectorFilters, "round">;
  matching: number;
  ranking: SectorRow[];
  /** Reporting institutions (matching the filters) without a published assessment in the round. */
  missing: { slug: string; name: string }[];
  metrics: SectorMetric[];
  overallQ1: number | null;
  /** Matching institutions with a published assessment in the round: their score vectors (heat map). */
  scored: { slug: string; name: string; scores: (number | null)[] }[];
}

/** Every reporting institution and its published score vectors per round ("id:round" → scores). */
export interface ReportingData {
  institutions: ReportingInstitution[];
  byOrgRound: Map<string, (number | null)[]>;
  /** Rounds any reporting institution published in, newest first. */
  rounds: number[];
}

export async function loadReporting(db: Db, regulatorOrgId: string, framework: FrameworkDef = latestFramework): Promise<ReportingData> {
  const institutions: ReportingInstitution[] = (await grantedInstitutions(db, regulatorOrgId, "REGULATOR")).map((o) => ({
    id: o.id,
    slug: o.slug,
    name: o.name,
    ownership: o.ownership,
    sizeBand: o.sizeBand,
    region: o.region,
  }));
  const entries = await latestEntriesOf(
    db,
    institutions.map((i) => i.id),
    framework.version,
  );
  // Latest entry per institution and round (the first seen, given the ordering).
  const byOrgRound = new Map<string, (number | null)[]>();
  for (const e of entries) {
    const key = `${e.organizationId}:${e.round}`;
    if (!byOrgRound.has(key)) byOrgRound.set(key, e.scores);
  }
  const rounds = [...new Set(entries.map((e) => e.round))].sort((a, b) => b - a);
  return { institutions, byOrgRound, rounds };
}

export function matchesFilters(i: ReportingInstitution, f: SectorFilters): boolean {
  return (
    (f.ownership === undefined || i.ownership === f.ownership) &&
    (f.sizeBand === undefined || i.sizeBand === f.sizeBand) &&
    (f.region === undefined || i.region === f.region)
  );
}

export async function loadSector(
  db: Db,
  regulatorOrgId: string,
  query: SectorFilters = {},
  framework: FrameworkDef = latestFramework,
): Promise<SectorView> {
  return sectorView(await loadReporting(db, regulatorOrgId, framework), query, framework);
}

/** The sector view of loaded data (pure given the data; the drill-down page reuses the same data). */
export function sectorView(data: ReportingData, query: SectorFilters, framework: FrameworkDef = latestFramework): SectorView {
  const { byOrgRound, rounds } = data;
  const { round: requestedRound, ...filters } = query;
  const round = requestedRound !== undefined && rounds.includes(requestedRound) ? requestedRound : (rounds[0] ?? null);
  const institutions = data.institutions.filter((i) => matchesFilters(i, filters));
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
    reporting: data.institutions.length,
    filters,
    matching: institutions.length,
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
    scored: inRound.map(({ inst, scores }) => ({ slug: inst.slug, name: inst.name, scores })),
  };
}
