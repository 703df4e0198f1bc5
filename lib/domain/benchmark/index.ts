// Public API of the benchmark maths (pure; see docs/BENCHMARK.md).
export {
  TIE_TOLERANCE,
  median,
  percentileRank,
  percentileRankFromCounts,
  percentileRankSorted,
  quantile7,
  summarise,
  summariseSorted,
} from "./distribution";
export type { Distribution } from "./distribution";
export { DEFAULT_MIN_PEERS, checkPeerGroup, minPeersFrom } from "./k-anonymity";
export type { PeerCheck } from "./k-anonymity";
export { harrellDavisSorted, harrellDavisWeights, incompleteBeta } from "./harrell-davis";
export {
  LARGE_GROUP,
  OVERLAP_REASON,
  RANK_FINE_GROUP,
  answerableCombinations,
  answerableMetrics,
  combinationKey,
  latticeCombinations,
  matches,
  protectedQuantiles,
  publishDistribution,
  publishRank,
  roundScore,
} from "./disclosure";
export type { FilterCombination, PoolMember, PoolMemberScores, PublishedDistribution } from "./disclosure";
