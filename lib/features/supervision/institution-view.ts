// One reporting institution as its regulator sees it (/[org]/sector/[bank]): its published scores per
// module, category and factor with their level, its trend across rounds, and its position in the
// sector's distribution. Scores from the benchmark pool only: no answers, no respondents, no counts
// of respondents. Reachable only through a live REGULATOR grant to this regulator; anything else
// (no grant, a revoked one, an unknown slug, a caller that is not a regulator) is the same "not found".
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { AccessError, type OrgContext, type SessionUser } from "../../platform/access/access.ts";
import type { MaturityLevel } from "../../domain/instrument/types.ts";
import { latestFramework, MATURITY_LEVEL_NAMES, type FrameworkDef } from "../../domain/instrument/index.ts";
import { levelForScore } from "../../domain/scoring/index.ts";
import { percentileRank, type Distribution } from "../../domain/benchmark/index.ts";
import { displayedScore } from "../../view/results/format.ts";
import { grantedInstitutionBySlug } from "../grants/grants.ts";
import { guardOrg } from "../access/guard.ts";
import { SECTOR } from "../access/requirements.ts";
import { benchmarkMetrics, type MetricKind } from "../benchmark/metrics.ts";
import { loadReporting, sectorView, type ReportingInstitution } from "./sector-view.ts";

/** The institution behind a live REGULATOR grant to this regulator, or "not found". */
export async function sectorInstitution(db: Db, regulator: { id: string; kind: string }, bankSlug: string) {
  const bank = regulator.kind === "REGULATOR" ? await grantedInstitutionBySlug(db, regulator.id, "REGULATOR", bankSlug) : null;
  if (!bank) throw new AccessError("not-found", "Not found.");
  return bank;
}

/** The sector guard, then the grant: what the drill-down page and its tests run. */
export async function resolveSectorInstitution(
  db: Db,
  user: SessionUser | null,
  orgSlug: string,
  bankSlug: string,
): Promise<OrgContext & { bank: { id: string; slug: string; name: string } }> {
  const ctx = await guardOrg(db, { user }, orgSlug, SECTOR);
  const bank = await sectorInstitution(db, ctx.org, bankSlug);
  return { ...ctx, bank: { id: bank.id, slug: bank.slug, name: bank.name } };
}

export interface InstitutionMetric {
  key: string;
  kind: MetricKind;
  name: string;
  moduleKey: string | null;
  score: number | null;
  level: MaturityLevel | null;
  levelName: string | null;
  /** The institution's score in its previous published round, and the change since. */
  previous: number | null;
  change: number | null;
  /** The reporting institutions' distribution of this metric in the round (this institution included). */
  sector: Distribution | null;
  /** Mid-rank percentile rank (0–100) of the score among the reporting institutions. */
  percentileRank: number | null;
}

export interface InstitutionTrendRow {
  round: number;
  /** Metric key → score (overall and modules). */
  scores: Record<string, number | null>;
}

export interface InstitutionView {
  institution: Omit<ReportingInstitution, "id">;
  frameworkVersion: string;
  /** Rounds in which this institution published, newest first. */
  rounds: number[];
  /** The round shown (the requested one if it published in it, else its latest), null if it never published. */
  round: number | null;
  previousRound: number | null;
  /** Reporting institutions with a score in the round. */
  sectorSize: number;
  /** The sector ranking's position of this institution (1 = highest overall) in the round. */
  rank: number | null;
  metrics: InstitutionMetric[];
  /** Overall and modules per round, oldest first. */
  trendSeries: { key: string; name: string }[];
  trend: InstitutionTrendRow[];
}

export async function loadSectorInstitution(
  db: Db,
  regulatorOrgId: string,
  bank: { id: string },
  requestedRound?: number,
  framework: FrameworkDef = latestFramework,
): Promise<InstitutionView> {
  const data = await loadReporting(db, regulatorOrgId, framework);
  const inst = data.institutions.find((i) => i.id === bank.id);
  if (!inst) throw new AccessError("not-found", "Not found.");
  const metricDefs = benchmarkMetrics(framework);
  const own = (round: number) => data.byOrgRound.get(`${inst.id}:${round}`);
  const rounds = data.rounds.filter((r) => own(r) !== undefined);
  const round = requestedRound !== undefined && rounds.includes(requestedRound) ? requestedRound : (rounds[0] ?? null);
  const previousRound = round === null ? null : (rounds.find((r) => r < round) ?? null);
  // The whole sector (no filters) in the round: distributions and the ranking.
  const sector = round === null ? null : sectorView(data, { round }, framework);
  const peers = (idx: number) =>
    round === null
      ? []
      : data.institutions.flatMap((i) => {
          const v = data.byOrgRound.get(`${i.id}:${round}`)?.[idx];
          return typeof v === "number" ? [v] : [];
        });
  const scores = round === null ? undefined : own(round);
  const prevScores = previousRound === null ? undefined : own(previousRound);
  const metrics = metricDefs.map((m, idx): InstitutionMetric => {
    const score = scores?.[idx] ?? null;
    const previous = prevScores?.[idx] ?? null;
    const level = score === null ? null : levelForScore(displayedScore(score));
    return {
      key: m.key,
      kind: m.kind,
      name: m.name,
      moduleKey: m.moduleKey,
      score,
      level,
      levelName: level === null ? null : MATURITY_LEVEL_NAMES[level],
      previous,
      change: score !== null && previous !== null ? score - previous : null,
      sector: sector?.metrics[idx]?.distribution ?? null,
      percentileRank: score === null ? null : percentileRank(peers(idx), score),
    };
  });
  const trendMetrics = metricDefs.flatMap((m, idx) => (m.kind === "overall" || m.kind === "module" ? [{ m, idx }] : []));
  const trend = [...rounds]
    .sort((a, b) => a - b)
    .map((r) => ({ round: r, scores: Object.fromEntries(trendMetrics.map(({ m, idx }) => [m.key, own(r)?.[idx] ?? null])) }));
  // Modules this institution never measured stay out of the chart.
  const trendSeries = trendMetrics
    .filter(({ m }) => trend.some((t) => t.scores[m.key] !== null))
    .map(({ m }) => ({ key: m.key, name: m.name }));
  const { id: _id, ...institution } = inst;
  return {
    institution,
    frameworkVersion: framework.version,
    rounds,
    round,
    previousRound,
    sectorSize: sector?.ranking.length ?? 0,
    rank: sector?.ranking.find((r) => r.slug === inst.slug)?.rank ?? null,
    metrics,
    trendSeries,
    trend,
  };
}
