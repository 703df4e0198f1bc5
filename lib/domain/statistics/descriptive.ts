// Descriptive statistics on plain number arrays. Empty input gives null, never NaN,
// so callers are forced to decide what "no data" means for them.

/** Arithmetic mean; null for an empty array. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample variance with the n − 1 (Bessel) denominator; null when n < 2. */
export function sampleVariance(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const m = mean(values) as number;
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return ss / (n - 1);
}

/** Sample standard deviation (square root of the n − 1 variance); null when n < 2. */
export function sampleSd(values: readonly number[]): number | null {
  const v = sampleVariance(values);
  return v === null ? null : Math.sqrt(v);
}

/**
 * Quantile of already-sorted (ascending) values, Hyndman & Fan (1996) type 7 — the default of R's
 * `quantile()` and of NumPy: h = (n − 1)·p, Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) with
 * 0-based x. Accepts any array-like so the bootstrap can pass a sorted Float64Array without copying.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile probability must be in [0, 1], got ${p}`);
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const xlo = sorted[lo] as number;
  const xhi = sorted[hi] as number;
  return xlo + (h - lo) * (xhi - xlo);
}

/** Type-7 quantile of unsorted values (copies and sorts); null for an empty array. */
export function quantile(values: readonly number[], p: number): number | null {
  const sorted = Float64Array.from(values).sort();
  return quantileSorted(sorted, p);
}

/** Median (type-7 quantile at 0.5, i.e. the usual middle value or mean of the two middle values). */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}
