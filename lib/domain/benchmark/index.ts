// Public API of the benchmark maths (pure; see docs/BENCHMARK.md).
export { TIE_TOLERANCE, median, percentileRank, percentileRankFromCounts, percentileRankSorted, quantile7, summarise, summariseSorted } from "./distribution";
export type { Distribution } from "./distribution";
export { DEFAULT_MIN_PEERS, checkPeerGroup, minPeersFrom } from "./k-anonymity";
export type { PeerCheck } from "./k-anonymity";
