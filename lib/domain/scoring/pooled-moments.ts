// Sufficient statistics for covariance-based models over a pool too large to hold as rows: the count,
// sums and cross-products of complete rows (listwise deletion, as lavaan's default). Values are shifted
// by the Likert midpoint before summing so that the one-pass formula s_ij = (Σxy − ΣxΣy/n)/n keeps its
// precision for hundreds of thousands of answers on a 1–5 scale.

const SHIFT = 3;

export class PooledMoments {
  n = 0;
  private readonly sum: Float64Array;
  private readonly cross: Float64Array;

  constructor(readonly p: number) {
    this.sum = new Float64Array(p);
    this.cross = new Float64Array(p * p);
  }

  /** Adds one row if every value is present (NaN = missing); returns whether it was added. */
  addComplete(values: Float64Array, offset: number, indexes?: readonly number[]): boolean {
    const p = this.p;
    const row = new Float64Array(p);
    for (let j = 0; j < p; j++) {
      const v = values[offset + (indexes === undefined ? j : (indexes[j] as number))] as number;
      if (v !== v) return false;
      row[j] = v - SHIFT;
    }
    this.n++;
    for (let i = 0; i < p; i++) {
      const xi = row[i] as number;
      this.sum[i] = (this.sum[i] as number) + xi;
      const base = i * p;
      for (let j = i; j < p; j++) this.cross[base + j] = (this.cross[base + j] as number) + xi * (row[j] as number);
    }
    return true;
  }

  /** The p×p covariance matrix with divisor n (the ML estimate `fitCfa` expects). */
  covariance(): Float64Array {
    const { p, n } = this;
    const cov = new Float64Array(p * p);
    for (let i = 0; i < p; i++) {
      for (let j = i; j < p; j++) {
        const v = ((this.cross[i * p + j] as number) - ((this.sum[i] as number) * (this.sum[j] as number)) / n) / n;
        cov[i * p + j] = v;
        cov[j * p + i] = v;
      }
    }
    return cov;
  }
}

/** Per-cluster (bank) counts, sums and sums of squares for a one-way ANOVA without the raw values. */
export class ClusterMoments {
  private readonly clusters = new Map<string, { n: number; s: number; ss: number }>();

  add(cluster: string, value: number): void {
    if (value !== value) return;
    const c = this.clusters.get(cluster) ?? { n: 0, s: 0, ss: 0 };
    c.n++;
    c.s += value;
    c.ss += value * value;
    this.clusters.set(cluster, c);
  }

  /**
   * ICC(1) and ICC(2) as `icc()` in lib/domain/statistics/multilevel.ts computes them from the raw
   * values (Bliese 2000; k = mean cluster size), here from the per-cluster moments. Null with fewer than
   * 2 clusters, no within-cluster degrees of freedom, or MSB ≤ 0.
   */
  icc(): { icc1: number; icc2: number; clusters: number; n: number; k: number } | null {
    let n = 0;
    let total = 0;
    for (const c of this.clusters.values()) {
      n += c.n;
      total += c.s;
    }
    const g = this.clusters.size;
    if (g < 2 || n - g < 1) return null;
    const grand = total / n;
    let ssb = 0;
    let ssw = 0;
    for (const c of this.clusters.values()) {
      const m = c.s / c.n;
      ssb += c.n * (m - grand) ** 2;
      ssw += Math.max(0, c.ss - c.n * m * m);
    }
    const msb = ssb / (g - 1);
    const msw = ssw / (n - g);
    if (!(msb > 0)) return null;
    const k = n / g;
    return { icc1: (msb - msw) / (msb + (k - 1) * msw), icc2: (msb - msw) / msb, clusters: g, n, k };
  }
}
