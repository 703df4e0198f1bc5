// Peer-distribution figures on plain numbers (pure). Definitions, stated once:
// - Quantiles: Hyndman & Fan type 7 (R's default, Excel's QUARTILE.INC/PERCENTILE.INC, PostgreSQL's
//   percentile_cont): h = (n − 1)·p, linear interpolation between the order statistics around h.
// - Percentile rank (mid-rank): PR(x) = 100 · (B + E/2) / N, where B peers score below x, E score
//   exactly x and N is the number of peers. Ties count half, so PR is symmetric and never 0 or 100 by
//   a tie alone.
// - Spread: the interquartile range Q3 − Q1.
import { quantileSorted } from "../statistics/descriptive";

/** Scores equal within this tolerance count as ties (scores are means of Likert answers). */
export const TIE_TOLERANCE = 1e-9;

function sortedFinite(values: readonly number[]): Float64Array {
  return Float64Array.from(values.filter((v) => Number.isFinite(v))).sort();
}

/** Type-7 quantile; null for no values. */
export function quantile7(values: readonly number[], p: number): number | null {
  return quantileSorted(sortedFinite(values), p);
}

export function median(values: readonly number[]): number | null {
  return quantile7(values, 0.5);
}

/** Mid-rank percentile rank (0–100) of `x` among `peers`; null when there are no peers. */
export function percentileRank(peers: readonly number[], x: number): number | null {
  let below = 0;
  let equal = 0;
  let n = 0;
  for (const v of peers) {
    if (!Number.isFinite(v)) continue;
    n++;
    if (Math.abs(v - x) <= TIE_TOLERANCE) equal++;
    else if (v < x) below++;
  }
  return percentileRankFromCounts(below, equal, n);
}

/** The same definition from counts, for figures aggregated by the database. */
export function percentileRankFromCounts(below: number, equal: number, n: number): number | null {
  return n === 0 ? null : (100 * (below + equal / 2)) / n;
}

export interface Distribution {
  n: number;
  /** 10th percentile: the box plot's lower whisker (never the minimum, which is one institution's score). */
  p10: number;
  q1: number;
  median: number;
  q3: number;
  p90: number;
  /** Q3 − Q1. */
  iqr: number;
}

/** Type-7 summary of a distribution; null for no values. */
export function summarise(values: readonly number[]): Distribution | null {
  return summariseSorted(sortedFinite(values));
}

/** The same from values already sorted ascending (all finite), without copying. */
export function summariseSorted(sorted: Float64Array): Distribution | null {
  if (sorted.length === 0) return null;
  const q = (p: number) => quantileSorted(sorted, p) as number;
  const q1 = q(0.25);
  const q3 = q(0.75);
  return { n: sorted.length, p10: q(0.1), q1, median: q(0.5), q3, p90: q(0.9), iqr: q3 - q1 };
}

/** First index whose value is not below `bound` (sorted ascending). */
function lowerBound(sorted: Float64Array, bound: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < bound) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mid-rank percentile rank among values sorted ascending (binary search; same definition as percentileRank). */
export function percentileRankSorted(sorted: Float64Array, x: number): number | null {
  const below = lowerBound(sorted, x - TIE_TOLERANCE);
  // Values within the tolerance above x are ties too: count up to the first value beyond x + tolerance.
  let end = lowerBound(sorted, x + TIE_TOLERANCE);
  while (end < sorted.length && Math.abs((sorted[end] as number) - x) <= TIE_TOLERANCE) end++;
  return percentileRankFromCounts(below, end - below, sorted.length);
}
