// The CFA model's layout and its model-implied covariance Σ(θ) = ΛΦΛᵀ + Θ with the derivatives
// Fisher scoring needs (see cfa.ts for the method and its sources), and Bentler's SRMR of one group.

export interface CfaGroupInput {
  /** p×p covariance matrix with divisor N (see `mlCovariance`). */
  cov: Float64Array;
  n: number;
}

export interface CfaSpec {
  /** Observed variables. */
  p: number;
  /** Factor (0-based) each item loads on; factors are 0..m−1 with m = max + 1. */
  factorOf: readonly number[];
  groups: readonly CfaGroupInput[];
  /** Constrain loadings equal across groups (metric invariance; group ≥ 2 factor variances are then free). */
  equalLoadings?: boolean;
  maxIterations?: number;
}

interface Param {
  kind: "lambda" | "phi" | "theta";
  /** Item i / factor f for lambda; (f, g) for phi; item i for theta. */
  a: number;
  b: number;
}

export interface GroupLayout {
  lam: Int32Array; // p×m → parameter index, −1 = fixed 0
  phi: Int32Array; // m×m → parameter index, −1 = fixed (1 on the diagonal, 0 off)
  theta: Int32Array; // p → parameter index
}

export function buildLayout(spec: CfaSpec): { layouts: GroupLayout[]; params: Param[][]; q: number; m: number } {
  const { p, factorOf, groups } = spec;
  const m = Math.max(...factorOf) + 1;
  let q = 0;
  const params: Param[][] = []; // params[k] = the (group-specific) meanings of global parameter k, one per group using it
  const layouts: GroupLayout[] = [];
  let sharedLam: Int32Array | null = null;
  groups.forEach((_, g) => {
    const lam = new Int32Array(p * m).fill(-1);
    const phi = new Int32Array(m * m).fill(-1);
    const theta = new Int32Array(p).fill(-1);
    if (spec.equalLoadings === true && sharedLam !== null) lam.set(sharedLam);
    else {
      for (let i = 0; i < p; i++) {
        lam[i * m + (factorOf[i] as number)] = q;
        params.push([]);
        q++;
      }
      if (spec.equalLoadings === true) sharedLam = lam;
    }
    for (let f = 0; f < m; f++) {
      for (let h = 0; h < f; h++) {
        phi[f * m + h] = q;
        phi[h * m + f] = q;
        params.push([]);
        q++;
      }
      if (spec.equalLoadings === true && g > 0) {
        phi[f * m + f] = q;
        params.push([]);
        q++;
      }
    }
    for (let i = 0; i < p; i++) {
      theta[i] = q;
      params.push([]);
      q++;
    }
    layouts.push({ lam, phi, theta });
  });
  return { layouts, params, q, m };
}

export interface GroupState {
  lambda: Float64Array; // p×m
  phi: Float64Array; // m×m
  theta: Float64Array; // p
  sigma: Float64Array;
}

export function groupState(layout: GroupLayout, x: Float64Array, p: number, m: number): GroupState {
  const lambda = new Float64Array(p * m);
  const phi = new Float64Array(m * m);
  const theta = new Float64Array(p);
  for (let k = 0; k < p * m; k++) {
    const idx = layout.lam[k] as number;
    lambda[k] = idx >= 0 ? (x[idx] as number) : 0;
  }
  for (let f = 0; f < m; f++) {
    for (let h = 0; h < m; h++) {
      const idx = layout.phi[f * m + h] as number;
      phi[f * m + h] = idx >= 0 ? (x[idx] as number) : f === h ? 1 : 0;
    }
  }
  for (let i = 0; i < p; i++) theta[i] = x[layout.theta[i] as number] as number;
  // Σ = ΛΦΛᵀ + Θ
  const lp = new Float64Array(p * m);
  for (let i = 0; i < p; i++)
    for (let f = 0; f < m; f++) {
      let s = 0;
      for (let h = 0; h < m; h++) s += (lambda[i * m + h] as number) * (phi[h * m + f] as number);
      lp[i * m + f] = s;
    }
  const sigma = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let f = 0; f < m; f++) s += (lp[i * m + f] as number) * (lambda[j * m + f] as number);
      if (i === j) s += theta[i] as number;
      sigma[i * p + j] = s;
      sigma[j * p + i] = s;
    }
  return { lambda, phi, theta, sigma };
}

/** dΣ/dθ_k for the group (dense p×p), or null when parameter k does not enter the group. */
export function sigmaDerivative(layout: GroupLayout, st: GroupState, k: number, p: number, m: number): Float64Array | null {
  const d = new Float64Array(p * p);
  let used = false;
  // Loadings: dΣ/dλ_if = e_i uᵀ + u e_iᵀ with u = Λ Φ[:, f].
  for (let i = 0; i < p; i++)
    for (let f = 0; f < m; f++) {
      if (layout.lam[i * m + f] !== k) continue;
      used = true;
      for (let j = 0; j < p; j++) {
        let u = 0;
        for (let h = 0; h < m; h++) u += (st.lambda[j * m + h] as number) * (st.phi[h * m + f] as number);
        d[i * p + j] = (d[i * p + j] as number) + u;
        d[j * p + i] = (d[j * p + i] as number) + u;
      }
    }
  // Factor (co)variances: dΣ/dφ_fh = Λ_f Λ_hᵀ (+ transpose when f ≠ h).
  for (let f = 0; f < m; f++)
    for (let h = 0; h <= f; h++) {
      if (layout.phi[f * m + h] !== k) continue;
      used = true;
      for (let i = 0; i < p; i++)
        for (let j = 0; j < p; j++) {
          const v = (st.lambda[i * m + f] as number) * (st.lambda[j * m + h] as number);
          d[i * p + j] = (d[i * p + j] as number) + (f === h ? v : v + (st.lambda[i * m + h] as number) * (st.lambda[j * m + f] as number));
        }
    }
  for (let i = 0; i < p; i++) {
    if (layout.theta[i] !== k) continue;
    used = true;
    d[i * p + i] = (d[i * p + i] as number) + 1;
  }
  return used ? d : null;
}

/**
 * Bentler's SRMR of one group. With a (saturated) mean structure the p mean residuals are zero but are
 * counted among the residuals, as lavaan does for multi-group models (where `meanstructure` is on).
 */
export function srmrOf(s: Float64Array, sigma: Float64Array, p: number, meanStructure: boolean): number {
  let ss = 0;
  let count = 0;
  for (let i = 0; i < p; i++)
    for (let j = 0; j <= i; j++) {
      // Bentler's form: residual standardised by the OBSERVED standard deviations.
      const res =
        ((s[i * p + j] as number) - (sigma[i * p + j] as number)) / Math.sqrt((s[i * p + i] as number) * (s[j * p + j] as number));
      ss += res * res;
      count++;
    }
  return Math.sqrt(ss / (meanStructure ? count + p : count));
}
