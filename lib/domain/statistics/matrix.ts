// Small dense linear algebra on row-major Float64Array square matrices (p ≤ a few dozen: the items of
// one module). Only what the covariance-based statistics need: covariance matrices with pairwise
// deletion, Cholesky factorisation, inverse, log-determinant and solving a linear system.

/** A p×p matrix stored row-major. */
export interface SquareMatrix {
  p: number;
  data: Float64Array;
}

export interface PairwiseCovariance {
  /** p×p covariance matrix; cell (i, j) uses the respondents who answered both i and j. */
  cov: Float64Array;
  /** p×p counts of respondents behind each cell (diagonal: answered the item). */
  counts: Float64Array;
  p: number;
}

/**
 * Pairwise-complete covariance AND correlation matrices in one pass. For each pair (i, j) the rows
 * where both are present give the count, the means, the covariance (divisor count − 1; R's
 * `cov(x, use = "pairwise")`) and the correlation with both SDs over the same rows (R's
 * `cor(x, use = "pairwise")` — not cov2cor of the covariance matrix, whose diagonal uses every answer).
 * Sums are accumulated on values shifted by each column's first observed value, which keeps the
 * one-pass formulas accurate. Cells with fewer than 2 rows (or no variance, for r) are NaN.
 */
export function pairwiseMoments(values: Float64Array, n: number, p: number): PairwiseCovariance & { corr: Float64Array } {
  // Column-major, shifted copy so the pair loops run over contiguous memory.
  const cols = new Float64Array(n * p);
  for (let j = 0; j < p; j++) {
    let shift = NaN;
    for (let r = 0; r < n; r++) {
      const v = values[r * p + j] as number;
      if (shift !== shift && v === v) shift = v;
      cols[j * n + r] = v - shift;
    }
  }
  const cov = new Float64Array(p * p);
  const corr = new Float64Array(p * p);
  const counts = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    const oi = i * n;
    for (let j = i; j < p; j++) {
      const oj = j * n;
      let c = 0;
      let sa = 0;
      let sb = 0;
      let saa = 0;
      let sbb = 0;
      let sab = 0;
      for (let r = 0; r < n; r++) {
        const a = cols[oi + r] as number;
        const b = cols[oj + r] as number;
        if (a !== a || b !== b) continue;
        c++;
        sa += a;
        sb += b;
        saa += a * a;
        sbb += b * b;
        sab += a * b;
      }
      let v = NaN;
      let rr = NaN;
      if (c >= 2) {
        const cab = sab - (sa * sb) / c;
        const caa = saa - (sa * sa) / c;
        const cbb = sbb - (sb * sb) / c;
        v = cab / (c - 1);
        const d = Math.sqrt(caa * cbb);
        rr = i === j ? 1 : d > 0 ? cab / d : NaN;
      }
      cov[i * p + j] = v;
      cov[j * p + i] = v;
      corr[i * p + j] = rr;
      corr[j * p + i] = rr;
      counts[i * p + j] = c;
      counts[j * p + i] = c;
    }
  }
  return { cov, corr, counts, p };
}

/** Pairwise-complete covariance matrix (R's `cov(x, use = "pairwise")`); see `pairwiseMoments`. */
export function pairwiseCovariance(values: Float64Array, n: number, p: number): PairwiseCovariance {
  const { cov, counts } = pairwiseMoments(values, n, p);
  return { cov, counts, p };
}

/** Correlation matrix from a covariance matrix (NaN where a variance is not positive). */
export function covarianceToCorrelation(cov: Float64Array, p: number): Float64Array {
  const r = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      const d = Math.sqrt((cov[i * p + i] as number) * (cov[j * p + j] as number));
      r[i * p + j] = i === j ? 1 : d > 0 ? (cov[i * p + j] as number) / d : NaN;
    }
  }
  return r;
}

/** Lower-triangular Cholesky factor L (A = LLᵀ), or null when A is not (numerically) positive definite. */
export function cholesky(a: Float64Array, p: number): Float64Array | null {
  const l = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j] as number;
    for (let k = 0; k < j; k++) d -= (l[j * p + k] as number) ** 2;
    if (!(d > 0) || !Number.isFinite(d)) return null;
    const ljj = Math.sqrt(d);
    l[j * p + j] = ljj;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * p + k] as number) * (l[j * p + k] as number);
      l[i * p + j] = s / ljj;
    }
  }
  return l;
}

/** log |A| from its Cholesky factor. */
export function logDetFromCholesky(l: Float64Array, p: number): number {
  let s = 0;
  for (let i = 0; i < p; i++) s += Math.log(l[i * p + i] as number);
  return 2 * s;
}

/** Solve A x = b given A's Cholesky factor (b is not modified). */
export function choleskySolve(l: Float64Array, p: number, b: Float64Array): Float64Array {
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * p + k] as number) * (y[k] as number);
    y[i] = s / (l[i * p + i] as number);
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < p; k++) s -= (l[k * p + i] as number) * (x[k] as number);
    x[i] = s / (l[i * p + i] as number);
  }
  return x;
}

/** Inverse of a symmetric positive-definite matrix from its Cholesky factor. */
export function inverseFromCholesky(l: Float64Array, p: number): Float64Array {
  const inv = new Float64Array(p * p);
  const e = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    e.fill(0);
    e[j] = 1;
    const col = choleskySolve(l, p, e);
    for (let i = 0; i < p; i++) inv[i * p + j] = col[i] as number;
  }
  // Symmetrise away rounding.
  for (let i = 0; i < p; i++) {
    for (let j = i + 1; j < p; j++) {
      const v = 0.5 * ((inv[i * p + j] as number) + (inv[j * p + i] as number));
      inv[i * p + j] = v;
      inv[j * p + i] = v;
    }
  }
  return inv;
}

/** C = A·B for p×p matrices. */
export function multiply(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const c = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let k = 0; k < p; k++) {
      const aik = a[i * p + k] as number;
      if (aik === 0) continue;
      for (let j = 0; j < p; j++) c[i * p + j] = (c[i * p + j] as number) + aik * (b[k * p + j] as number);
    }
  }
  return c;
}

/** Sub-matrix of rows/columns `idx`. */
export function subMatrix(a: Float64Array, p: number, idx: readonly number[]): Float64Array {
  const q = idx.length;
  const out = new Float64Array(q * q);
  for (let i = 0; i < q; i++) for (let j = 0; j < q; j++) out[i * q + j] = a[(idx[i] as number) * p + (idx[j] as number)] as number;
  return out;
}

/** Covariance matrix with divisor N (the maximum-likelihood estimate, as lavaan uses) of complete rows. */
export function mlCovariance(rows: readonly (readonly number[])[]): { cov: Float64Array; p: number; n: number } {
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  const means = new Float64Array(p);
  for (const r of rows) for (let j = 0; j < p; j++) means[j] = (means[j] as number) + (r[j] as number) / n;
  const cov = new Float64Array(p * p);
  for (const r of rows) {
    for (let i = 0; i < p; i++) {
      const di = (r[i] as number) - (means[i] as number);
      for (let j = i; j < p; j++) cov[i * p + j] = (cov[i * p + j] as number) + di * ((r[j] as number) - (means[j] as number));
    }
  }
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      const v = (cov[i * p + j] as number) / n;
      cov[i * p + j] = v;
      cov[j * p + i] = v;
    }
  }
  return { cov, p, n };
}

/** Pairwise-complete correlation matrix (R's `cor(x, use = "pairwise")`); see `pairwiseMoments`. */
export function pairwiseCorrelation(values: Float64Array, n: number, p: number): Float64Array {
  return pairwiseMoments(values, n, p).corr;
}

/** Solve the symmetric system A x = b (Gaussian elimination with partial pivoting); null if singular. */
export function solveLinear(a: Float64Array, b: Float64Array, q: number): Float64Array | null {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let c = 0; c < q; c++) {
    let piv = c;
    for (let r = c + 1; r < q; r++) if (Math.abs(m[r * q + c] as number) > Math.abs(m[piv * q + c] as number)) piv = r;
    const pv = m[piv * q + c] as number;
    if (Math.abs(pv) < 1e-300) return null;
    if (piv !== c) {
      for (let j = 0; j < q; j++) {
        const t = m[c * q + j] as number;
        m[c * q + j] = m[piv * q + j] as number;
        m[piv * q + j] = t;
      }
      const t = x[c] as number;
      x[c] = x[piv] as number;
      x[piv] = t;
    }
    for (let r = c + 1; r < q; r++) {
      const fct = (m[r * q + c] as number) / pv;
      if (fct === 0) continue;
      for (let j = c; j < q; j++) m[r * q + j] = (m[r * q + j] as number) - fct * (m[c * q + j] as number);
      x[r] = (x[r] as number) - fct * (x[c] as number);
    }
  }
  for (let r = q - 1; r >= 0; r--) {
    let s = x[r] as number;
    for (let j = r + 1; j < q; j++) s -= (m[r * q + j] as number) * (x[j] as number);
    x[r] = s / (m[r * q + r] as number);
  }
  return x;
}
