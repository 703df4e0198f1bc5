// Public API of the benchmark maths (pure; see docs/BENCHMARK.md).
export { TIE_TOLERANCE, median, percentileRank, percentileRankFromCounts, quantile7, summarise } from "./distribution";
export type { Distribution } from "./distribution";
export { DEFAULT_MIN_PEERS, checkPeerGroup, minPeersFrom } from "./k-anonymity";
export type { PeerCheck } from "./k-anonymity";
