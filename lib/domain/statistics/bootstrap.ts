// Percentile bootstrap (Efron & Tibshirani 1993, ch. 13): resample the n units with replacement,
// recompute the statistic, and take the (1−level)/2 and (1+level)/2 type-7 quantiles of the replicates.

import { mulberry32, resampleIndices } from "./prng";

export const DEFAULT_BOOTSTRAP_SAMPLES = 1000;
export const DEFAULT_BOOTSTRAP_SEED = 0x6d657961; // "meya": any fixed value; stored with results.
export const DEFAULT_CONFIDENCE_LEVEL = 0.95;

export interface BootstrapOptions {
  samples?: number;
  seed?: number;
  /** Coverage of the interval, e.g. 0.95. */
  level?: number;
}

export interface BootstrapInterval {
  lower: number;
  upper: number;
  level: number;
  /** Replicates whose statistic was defined (not null/NaN); the interval uses only these. */
  validSamples: number;
}

/**
 * k-th smallest value (0-based) of arr[from..to), by Hoare quickselect with a median-of-three pivot;
 * reorders the range so that arr[k] is in its sorted place, smaller values left, larger right.
 * Two order statistics per bound cost O(B) instead of the O(B log B) of a full sort.
 */
function selectKth(arr: Float64Array, k: number, from: number, to: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const a = arr[lo] as number;
    const b = arr[mid] as number;
    const c = arr[hi] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((arr[i] as number) < pivot) i++;
      while ((arr[j] as number) > pivot) j--;
      if (i <= j) {
        const t = arr[i] as number;
        arr[i] = arr[j] as number;
        arr[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return arr[k] as number;
}

/** Type-7 quantile of unsorted finite values, reordering `arr` (see quantileSorted for the definition). */
function quantileInPlace(arr: Float64Array, p: number): number {
  const n = arr.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const xlo = selectKth(arr, lo, 0, n);
  if (lo + 1 >= n || h === lo) return xlo;
  // After selection everything right of `lo` is ≥ arr[lo]; the next order statistic is their minimum.
  let xhi = Infinity;
  for (let i = lo + 1; i < n; i++) if ((arr[i] as number) < xhi) xhi = arr[i] as number;
  return xlo + (h - lo) * (xhi - xlo);
}

/** Lower and upper percentile bounds (type-7 quantiles) of replicate values; reorders `replicates`. */
export function percentileInterval(replicates: Float64Array, level: number): { lower: number; upper: number } | null {
  if (replicates.length === 0) return null;
  return { lower: quantileInPlace(replicates, (1 - level) / 2), upper: quantileInPlace(replicates, (1 + level) / 2) };
}

/**
 * Percentile bootstrap interval of `statistic` over n units. `statistic` receives the resampled unit
 * indices (reused buffer: copy it if you keep it) and returns a number or null when undefined for that
 * resample. Deterministic for a given seed. Null when n = 0 or no replicate is defined.
 */
export function percentileBootstrap(
  n: number,
  statistic: (indices: Uint32Array) => number | null,
  options: BootstrapOptions = {},
): BootstrapInterval | null {
  const samples = options.samples ?? DEFAULT_BOOTSTRAP_SAMPLES;
  const level = options.level ?? DEFAULT_CONFIDENCE_LEVEL;
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`samples must be a positive integer, got ${samples}`);
  if (n === 0) return null;
  const rng = mulberry32(options.seed ?? DEFAULT_BOOTSTRAP_SEED);
  const indices = new Uint32Array(n);
  const values = new Float64Array(samples);
  let valid = 0;
  for (let b = 0; b < samples; b++) {
    const s = statistic(resampleIndices(rng, n, indices));
    if (s !== null && Number.isFinite(s)) values[valid++] = s;
  }
  const bounds = percentileInterval(values.subarray(0, valid), level);
  return bounds === null ? null : { ...bounds, level, validSamples: valid };
}
