// A bank's benchmark against the peer group it chose: per metric its own score, percentile rank,
// the peer median, quartiles and spread — or no figures and the reason when the group is smaller
// than K institutions (k-anonymity) or when the filter combination is not answerable (overlap
// control). The bank's own institution is never in its peer group. This is the ONE place where the
// disclosure policy of lib/domain/benchmark/disclosure.ts is applied: the page, API v1, the PDF and
// the consultancy portfolio's market median all read their figures from loadBenchmark.
// Plain JSON-safe data: it travels to client charts.
import type { Db } from "../../platform/db/connect.ts";
import type { Organization } from "../../platform/db/generated/client.ts";
import { getFramework, latestFramework } from "../../domain/instrument/index.ts";
import { OVERLAP_REASON, answerableMetrics, checkPeerGroup, combinationKey, minPeersFrom } from "../../domain/benchmark/index.ts";
import { benchmarkMetrics } from "./metrics.ts";
import type { BenchmarkView, MetricFigures, PeerFilters } from "../../view/benchmark/types.ts";
import { aggregatePeers, ownScores, peerVectors, poolRegions, poolRounds } from "./peer-query.ts";
import { poolOverlap } from "./overlap.ts";
import { env } from "../../platform/env.ts";

export type { BenchmarkView, MetricFigures };

export const minPeers = () => minPeersFrom(env().MEYAR_BENCHMARK_MIN_PEERS);

export async function loadBenchmark(db: Db, org: Pick<Organization, "id">, filters: PeerFilters, k = minPeers()): Promise<BenchmarkView> {
  const [latestOwn, roundsByVersion] = await Promise.all([
    db.benchmarkEntry.findFirst({
      where: { organizationId: org.id, latestInRound: true },
      orderBy: [{ round: "desc" }, { publishedAt: "desc" }],
      select: { frameworkVersion: true, round: true },
    }),
    poolRounds(db, latestFramework.version),
  ]);
  const framework = getFramework(latestOwn?.frameworkVersion ?? latestFramework.version) ?? latestFramework;
  const rounds = framework.version === latestFramework.version ? roundsByVersion : await poolRounds(db, framework.version);
  const round = filters.round ?? latestOwn?.round ?? rounds[0] ?? null;
  const base = { frameworkVersion: framework.version, round, rounds, filters: { ...filters, round: round ?? undefined }, k };
  if (round === null) {
    return {
      ...base,
      regions: [],
      hasOwnScores: false,
      status: "suppressed",
      reason: "The benchmark pool has no published assessments yet.",
      reasonCode: "no-pool",
    };
  }
  const metricDefs = benchmarkMetrics(framework);
  const checkK = checkPeerGroup(0, k).k;
  const [own, vectors, regions, overlap] = await Promise.all([
    ownScores(db, org.id, framework.version, round),
    peerVectors(db, { frameworkVersion: framework.version, round, selfOrgId: org.id, filters }),
    poolRegions(db, framework.version, round, k),
    poolOverlap(db, framework.version, round, checkK),
  ]);
  const common = { ...base, regions, hasOwnScores: own !== null };
  // Overlap control first: an unanswerable combination yields no figures, whatever its size.
  const answerable = overlap.lattices.get("")!;
  const combination = combinationKey({ ownership: filters.ownership, sizeBand: filters.sizeBand, region: filters.region });
  if (vectors.length >= checkK && !answerable.has(combination))
    return { ...common, status: "suppressed", reason: OVERLAP_REASON(checkK), reasonCode: "overlap" };
  const aggregates = aggregatePeers(vectors, metricDefs.length, own);
  // The group's size: institutions with an overall score (metric 0). Decided before any figure is built.
  const peerCount = aggregates.find((a) => a.index === 0)?.peers.n ?? 0;
  const check = checkPeerGroup(peerCount, k);
  if (!check.ok) return { ...common, status: "suppressed", reason: check.reason, reasonCode: "too-few" };

  const byIndex = new Map(aggregates.map((a) => [a.index, a]));
  // The same overlap control per metric, among the institutions that have a score for it.
  const answerableFor = answerableMetrics(overlap.members, metricDefs.length, combination, checkK, overlap.lattices);
  const metrics = metricDefs.map((m, i): MetricFigures => {
    const agg = byIndex.get(i);
    const enough = agg !== undefined && agg.peers.n >= check.k && answerableFor[i] === true;
    return {
      key: m.key,
      kind: m.kind,
      name: m.name,
      moduleKey: m.moduleKey,
      categoryKey: m.categoryKey,
      own: own?.[i] ?? null,
      percentileRank: enough ? agg.percentileRank : null,
      peers: enough ? agg.peers : null,
    };
  });
  return { ...common, status: "ok", peerCount, metrics };
}
