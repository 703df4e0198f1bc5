// Percentile bootstrap (Efron & Tibshirani 1993, ch. 13): resample the n units with replacement,
// recompute the statistic, and take the (1−level)/2 and (1+level)/2 type-7 quantiles of the replicates.

import { quantileSorted } from "./descriptive";
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

/** Lower and upper percentile bounds of replicate values (mutates: sorts `replicates` in place). */
export function percentileInterval(replicates: Float64Array, level: number): { lower: number; upper: number } | null {
  replicates.sort();
  const lower = quantileSorted(replicates, (1 - level) / 2);
  const upper = quantileSorted(replicates, (1 + level) / 2);
  return lower === null || upper === null ? null : { lower, upper };
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
