// Priority of a factor = gap × foundation weight × benchmark factor (docs/ROADMAP.md §2).

import type { Hierarchy } from "./hierarchy";
import type { PriorityBreakdown } from "./types";

/** Foundation weight of a factor that is not in the ISM model: the midpoint, neither pushed nor held back. */
export const NEUTRAL_FOUNDATION_WEIGHT = 0.5;
/** Width of the 1–5 scale; a factor 4 points below the peer median doubles its priority. */
export const SCALE_WIDTH = 4;

export function computePriority(
  gap: number,
  h: Hierarchy,
  ismIndex: number | undefined,
  score: number,
  median: number | undefined,
): PriorityBreakdown {
  let depthWeight: number | null = null;
  let drivingWeight: number | null = null;
  let foundationWeight = NEUTRAL_FOUNDATION_WEIGHT;
  if (ismIndex !== undefined) {
    depthWeight = (h.levels[ismIndex] ?? 0) / h.levelCount;
    // Clamp: a model whose driving power excludes self, or a hand-edited one, cannot exceed 1.
    drivingWeight = Math.min(1, (h.drivingPower[ismIndex] ?? 0) / h.n);
    foundationWeight = (depthWeight + drivingWeight) / 2;
  }
  const belowMedian = median === undefined ? 0 : Math.max(0, median - score);
  const benchmarkFactor = 1 + belowMedian / SCALE_WIDTH;
  return {
    gap,
    depthWeight,
    drivingWeight,
    foundationWeight,
    benchmarkMedian: median ?? null,
    belowMedian,
    benchmarkFactor,
    value: gap * foundationWeight * benchmarkFactor,
  };
}
