// What the benchmark page and its components show: built by lib/features/benchmark/benchmark-view.ts.
import type { PublishedDistribution } from "../../domain/benchmark/index.ts";

export type MetricKind = "overall" | "module" | "category" | "factor";

/** Peer-group filters from the URL (validated by lib/features/benchmark/filters.ts). */
export interface PeerFilters {
  ownership?: "PRIVATE" | "STATE";
  sizeBand?: "SMALL" | "MEDIUM" | "LARGE";
  region?: string;
  round?: number;
}

export interface MetricFigures {
  key: string;
  kind: MetricKind;
  name: string;
  moduleKey: string | null;
  categoryKey: string | null;
  /** The bank's own score on 1–5 in the round; null when it has none. */
  own: number | null;
  /** Mid-rank percentile rank of `own` among the peers (0–100), rounded (integer; steps of 5 in small groups). */
  percentileRank: number | null;
  /** Peer distribution as published (rounded, Harrell–Davis); null when fewer than K peers have this metric. */
  peers: PublishedDistribution | null;
}

export type BenchmarkView = {
  frameworkVersion: string;
  round: number | null;
  rounds: number[];
  regions: string[];
  filters: PeerFilters;
  k: number;
  /** Whether the bank has a published assessment in this round. */
  hasOwnScores: boolean;
} & (
  | { status: "ok"; peerCount: number; metrics: MetricFigures[] }
  | {
      status: "suppressed";
      /** Why, in English (API v1); pages say it in their language from `reasonCode`. */
      reason: string;
      reasonCode: SuppressedReason;
    }
);

/** Why no figures: an empty pool, a group under K, or a group too close to another published one. */
export type SuppressedReason = "no-pool" | "too-few" | "overlap";
