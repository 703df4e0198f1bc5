// Confirmatory factor analysis by maximum likelihood, for "instrument health" over pooled data:
// does a module's item set measure the factors it claims to (simple structure: every item loads on
// exactly one factor, factors correlated)?
//
// Model (Jöreskog 1969, "A general approach to confirmatory maximum likelihood factor analysis",
// Psychometrika 34, 183–202): Σ(θ) = ΛΦΛᵀ + Θ, Θ diagonal. Identification as lavaan's
// `cfa(model, std.lv = TRUE)`: factor variances fixed at 1, all loadings free (Rosseel 2012, "lavaan:
// An R package for structural equation modeling", J. Statistical Software 48(2)).
// Fit function F_ML = log|Σ| + tr(SΣ⁻¹) − log|S| − p with S the covariance matrix with divisor N (the
// ML estimate — lavaan's default `likelihood = "normal"`), test statistic χ² = N·F_ML (summed over
// groups: Σ N_g·F_g). Optimiser: Fisher scoring (expected information tr(Σ⁻¹Σ_aΣ⁻¹Σ_b)) with analytic
// gradient tr(GΣ_a), G = Σ⁻¹ − Σ⁻¹SΣ⁻¹, and step halving whenever the step does not lower F or leaves
// Σ non-positive-definite (Lee & Jennrich 1979, "A study of algorithms for covariance structure
// analysis with specific comparisons using factor analysis", Psychometrika 44, 99–113).
//
// Fit indices as lavaan computes them: CFI (Bentler 1990), TLI (Tucker & Lewis 1973), RMSEA (Steiger
// 1990; lavaan's form √max(0, (χ²/N)/df − 1/N), multiplied by √G for G groups), SRMR (Bentler's:
// residuals (s_ij − σ_ij)/√(s_ii·s_jj) over the lower triangle with the diagonal, averaged over groups
// weighted by N_g/N; with several groups lavaan adds a saturated mean structure, whose p zero mean
// residuals enter the SRMR average — reproduced here). Residual variances are not bounded (as in
// lavaan): a negative one is a Heywood case and is reported via `heywood`.

import { cholesky, inverseFromCholesky, logDetFromCholesky, mlCovariance, multiply } from "./matrix";
import { chiSquareSurvival } from "./special";

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

export interface CfaGroupEstimates {
  /** p×m loadings (unstandardised; 0 where an item does not load). */
  loadings: number[][];
  /** Completely standardised loadings (lavaan `std.all`): λ·√φ / √σ_ii. */
  standardizedLoadings: number[][];
  residualVariances: number[];
  /** m×m factor covariance matrix Φ (diagonal 1 unless freed). */
  factorCovariance: number[][];
  /** m×m factor correlations. */
  factorCorrelation: number[][];
  srmr: number;
}

export interface CfaResult {
  converged: boolean;
  iterations: number;
  /** Free parameters. */
  parameters: number;
  fmin: number;
  chisq: number;
  df: number;
  /** Upper-tail chi-square p-value; null when df = 0. */
  pValue: number | null;
  baselineChisq: number;
  baselineDf: number;
  cfi: number | null;
  tli: number | null;
  rmsea: number | null;
  srmr: number;
  groups: CfaGroupEstimates[];
  /** A residual variance ≤ 0 (improper solution). */
  heywood: boolean;
}

interface Param {
  kind: "lambda" | "phi" | "theta";
  /** Item i / factor f for lambda; (f, g) for phi; item i for theta. */
  a: number;
  b: number;
}

interface GroupLayout {
  lam: Int32Array; // p×m → parameter index, −1 = fixed 0
  phi: Int32Array; // m×m → parameter index, −1 = fixed (1 on the diagonal, 0 off)
  theta: Int32Array; // p → parameter index
}

function buildLayout(spec: CfaSpec): { layouts: GroupLayout[]; params: Param[][]; q: number; m: number } {
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

interface GroupState {
  lambda: Float64Array; // p×m
  phi: Float64Array; // m×m
  theta: Float64Array; // p
  sigma: Float64Array;
}

function groupState(layout: GroupLayout, x: Float64Array, p: number, m: number): GroupState {
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

/** Discrepancy F_ML of one group, or Infinity when Σ is not positive definite. */
function groupF(sigma: Float64Array, s: Float64Array, logDetS: number, p: number): { f: number; inv: Float64Array | null } {
  const l = cholesky(sigma, p);
  if (l === null) return { f: Infinity, inv: null };
  const inv = inverseFromCholesky(l, p);
  let tr = 0;
  for (let k = 0; k < p * p; k++) tr += (s[k] as number) * (inv[k] as number);
  return { f: logDetFromCholesky(l, p) + tr - logDetS - p, inv };
}

/** dΣ/dθ_k for the group (dense p×p), or null when parameter k does not enter the group. */
function sigmaDerivative(layout: GroupLayout, st: GroupState, k: number, p: number, m: number): Float64Array | null {
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

/** Solve the symmetric system A x = b (Gaussian elimination with partial pivoting); null if singular. */
function solve(a: Float64Array, b: Float64Array, q: number): Float64Array | null {
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

/**
 * Bentler's SRMR of one group. With a (saturated) mean structure the p mean residuals are zero but are
 * counted among the residuals, as lavaan does for multi-group models (where `meanstructure` is on).
 */
function srmrOf(s: Float64Array, sigma: Float64Array, p: number, meanStructure: boolean): number {
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

/** Fit a simple-structure CFA (one or more correlated factors, one or more groups) by ML. */
export function fitCfa(spec: CfaSpec): CfaResult {
  const { p, groups } = spec;
  if (spec.factorOf.length !== p) throw new RangeError(`factorOf has ${spec.factorOf.length} entries for ${p} variables`);
  if (groups.length === 0) throw new RangeError("at least one group is needed");
  const { layouts, q, m } = buildLayout(spec);
  const nTotal = groups.reduce((s, g) => s + g.n, 0);
  const weights = groups.map((g) => g.n / nTotal);
  const logDetS = groups.map((g) => {
    const l = cholesky(g.cov, p);
    if (l === null) throw new RangeError("sample covariance matrix is not positive definite");
    return logDetFromCholesky(l, p);
  });

  // Start values: loadings √(½ s_ii), residuals ½ s_ii, correlations 0, free variances 1.
  const x = new Float64Array(q);
  layouts.forEach((lay, g) => {
    const s = (groups[g] as CfaGroupInput).cov;
    for (let i = 0; i < p; i++) {
      const sii = s[i * p + i] as number;
      for (let f = 0; f < m; f++) {
        const idx = lay.lam[i * m + f] as number;
        if (idx >= 0 && x[idx] === 0) x[idx] = Math.sqrt(0.5 * sii);
      }
      x[lay.theta[i] as number] = 0.5 * sii;
    }
    for (let f = 0; f < m; f++) {
      const idx = lay.phi[f * m + f] as number;
      if (idx >= 0) x[idx] = 1;
    }
  });

  const evaluate = (theta: Float64Array) => {
    let f = 0;
    const states: GroupState[] = [];
    const invs: Float64Array[] = [];
    for (let g = 0; g < groups.length; g++) {
      const st = groupState(layouts[g] as GroupLayout, theta, p, m);
      const r = groupF(st.sigma, (groups[g] as CfaGroupInput).cov, logDetS[g] as number, p);
      if (r.inv === null) return { f: Infinity, states, invs };
      f += (weights[g] as number) * r.f;
      states.push(st);
      invs.push(r.inv);
    }
    return { f, states, invs };
  };

  let cur = evaluate(x);
  let converged = false;
  let iterations = 0;
  const maxIt = spec.maxIterations ?? 500;
  for (; iterations < maxIt; iterations++) {
    const grad = new Float64Array(q);
    const info = new Float64Array(q * q);
    for (let g = 0; g < groups.length; g++) {
      const st = cur.states[g] as GroupState;
      const inv = cur.invs[g] as Float64Array;
      const s = (groups[g] as CfaGroupInput).cov;
      const w = weights[g] as number;
      // G = Σ⁻¹ − Σ⁻¹ S Σ⁻¹
      const isi = multiply(multiply(inv, s, p), inv, p);
      const A: (Float64Array | null)[] = [];
      for (let k = 0; k < q; k++) {
        const d = sigmaDerivative(layouts[g] as GroupLayout, st, k, p, m);
        if (d === null) {
          A.push(null);
          continue;
        }
        let gk = 0;
        for (let c = 0; c < p * p; c++) gk += ((inv[c] as number) - (isi[c] as number)) * (d[c] as number);
        grad[k] = (grad[k] as number) + w * gk;
        A.push(multiply(inv, d, p));
      }
      for (let a = 0; a < q; a++) {
        const Aa = A[a];
        if (!Aa) continue;
        for (let b = 0; b <= a; b++) {
          const Ab = A[b];
          if (!Ab) continue;
          let t = 0;
          for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) t += (Aa[i * p + j] as number) * (Ab[j * p + i] as number);
          info[a * q + b] = (info[a * q + b] as number) + w * t;
          if (a !== b) info[b * q + a] = (info[b * q + a] as number) + w * t;
        }
      }
    }
    let gmax = 0;
    for (let k = 0; k < q; k++) gmax = Math.max(gmax, Math.abs(grad[k] as number));
    if (gmax < 1e-10) {
      converged = true;
      break;
    }
    const step = solve(info, grad, q);
    if (step === null) break;
    let t = 1;
    let accepted = false;
    for (let h = 0; h < 40; h++) {
      const trial = new Float64Array(q);
      for (let k = 0; k < q; k++) trial[k] = (x[k] as number) - t * (step[k] as number);
      const ev = evaluate(trial);
      if (ev.f < cur.f + 1e-14 * Math.abs(cur.f)) {
        x.set(trial);
        const improvement = cur.f - ev.f;
        cur = ev;
        accepted = true;
        if (improvement >= 0 && improvement < 1e-15 && gmax < 1e-6) converged = true;
        break;
      }
      t /= 2;
    }
    if (!accepted || converged) {
      converged = converged || gmax < 1e-6;
      break;
    }
  }

  // Sign convention: each factor's loadings sum to ≥ 0 (std.lv leaves the sign free).
  const groupsOut: CfaGroupEstimates[] = [];
  let heywood = false;
  let srmr = 0;
  let chisq = 0;
  let baselineChisq = 0;
  for (let g = 0; g < groups.length; g++) {
    const st = cur.states[g] as GroupState;
    const s = (groups[g] as CfaGroupInput).cov;
    const ng = (groups[g] as CfaGroupInput).n;
    const sign = new Float64Array(m).fill(1);
    // Use group 0's signs for every group so equal loadings stay equal.
    const ref = (cur.states[0] as GroupState).lambda;
    for (let f = 0; f < m; f++) {
      let sum = 0;
      for (let i = 0; i < p; i++) sum += ref[i * m + f] as number;
      if (sum < 0) sign[f] = -1;
    }
    const loadings: number[][] = [];
    const standardized: number[][] = [];
    for (let i = 0; i < p; i++) {
      const row: number[] = [];
      const srow: number[] = [];
      const sd = Math.sqrt(st.sigma[i * p + i] as number);
      for (let f = 0; f < m; f++) {
        const l = (sign[f] as number) * (st.lambda[i * m + f] as number);
        row.push(l);
        srow.push((l * Math.sqrt(st.phi[f * m + f] as number)) / sd);
      }
      loadings.push(row);
      standardized.push(srow);
    }
    const factorCovariance: number[][] = [];
    const factorCorrelation: number[][] = [];
    for (let f = 0; f < m; f++) {
      const row: number[] = [];
      const crow: number[] = [];
      for (let h = 0; h < m; h++) {
        const v = (sign[f] as number) * (sign[h] as number) * (st.phi[f * m + h] as number);
        row.push(v);
        crow.push(v / Math.sqrt((st.phi[f * m + f] as number) * (st.phi[h * m + h] as number)));
      }
      factorCovariance.push(row);
      factorCorrelation.push(crow);
    }
    const residualVariances = Array.from(st.theta);
    if (residualVariances.some((v) => v <= 0)) heywood = true;
    const gs = srmrOf(s, st.sigma, p, groups.length > 1);
    srmr += (weights[g] as number) * gs;
    const gf = groupF(st.sigma, s, logDetS[g] as number, p).f;
    chisq += ng * gf;
    let sumLogDiag = 0;
    for (let i = 0; i < p; i++) sumLogDiag += Math.log(s[i * p + i] as number);
    baselineChisq += ng * (sumLogDiag - (logDetS[g] as number));
    groupsOut.push({ loadings, standardizedLoadings: standardized, residualVariances, factorCovariance, factorCorrelation, srmr: gs });
  }
  const G = groups.length;
  const df = G * ((p * (p + 1)) / 2) - q;
  const baselineDf = G * ((p * (p - 1)) / 2);
  const dChi = Math.max(chisq - df, 0);
  const cfiDen = Math.max(chisq - df, baselineChisq - baselineDf, 0);
  const cfi = cfiDen > 0 ? 1 - dChi / cfiDen : df > 0 ? 1 : null;
  const tli = df > 0 && baselineDf > 0 ? (baselineChisq / baselineDf - chisq / df) / (baselineChisq / baselineDf - 1) : null;
  const rmsea = df > 0 ? Math.sqrt(G) * Math.sqrt(Math.max(0, chisq / nTotal / df - 1 / nTotal)) : null;
  return {
    converged,
    iterations,
    parameters: q,
    fmin: cur.f / 2,
    chisq,
    df,
    pValue: df > 0 ? chiSquareSurvival(chisq, df) : null,
    baselineChisq,
    baselineDf,
    cfi,
    tli,
    rmsea,
    srmr,
    groups: groupsOut,
    heywood,
  };
}

/** Rows with every variable present (NaN/null = missing): CFA here is on complete cases. */
function completeRows(rows: readonly (readonly (number | null)[])[]): number[][] {
  const out: number[][] = [];
  for (const r of rows) if (r.every((v) => v !== null && v === v)) out.push(r as number[]);
  return out;
}

/**
 * CFA on raw data (respondents × items; null/NaN = missing → listwise deletion, lavaan's default
 * `missing = "listwise"`), from the N-divisor covariance matrix. `factorOf` defaults to one factor.
 */
export function cfaFromData(rows: readonly (readonly (number | null)[])[], factorOf?: readonly number[]): CfaResult {
  const complete = completeRows(rows);
  const { cov, p, n } = mlCovariance(complete);
  return fitCfa({ p, factorOf: factorOf ?? new Array<number>(p).fill(0), groups: [{ cov, n }] });
}

export interface MetricInvarianceResult {
  configural: CfaResult;
  metric: CfaResult;
  /** χ²(metric) − χ²(configural), its df and upper-tail p (likelihood-ratio test of equal loadings). */
  chisqDiff: number;
  dfDiff: number;
  pValue: number;
  /** ΔCFI = CFI(metric) − CFI(configural); Cheung & Rensvold (2002) read ΔCFI ≥ −0.01 as invariant. */
  cfiDiff: number | null;
  /** p ≥ 0.05 and ΔCFI ≥ −0.01 (or CFI undefined). */
  invariant: boolean;
}

/**
 * Two-group metric (weak) invariance (Meredith 1993; Vandenberg & Lance 2000): configural model (same
 * pattern, all parameters free per group) against equal loadings (factor variances free in the second
 * group), compared by the chi-square difference test, and ΔCFI (Cheung & Rensvold 2002, SEM 9(2),
 * 233–255). Matches lavaan `cfa(..., group = "g", std.lv = TRUE)` without and with
 * `group.equal = "loadings"` (no mean structure: intercepts are not compared — that is scalar invariance).
 */
export function metricInvariance(
  groupA: readonly (readonly (number | null)[])[],
  groupB: readonly (readonly (number | null)[])[],
  factorOf?: readonly number[],
): MetricInvarianceResult {
  const a = mlCovariance(completeRows(groupA));
  const b = mlCovariance(completeRows(groupB));
  return metricInvarianceFromCovariances({ cov: a.cov, n: a.n }, { cov: b.cov, n: b.n }, a.p, factorOf);
}

/** The same test from two N-divisor covariance matrices (for pooled moments that never hold the rows). */
export function metricInvarianceFromCovariances(
  a: CfaGroupInput,
  b: CfaGroupInput,
  p: number,
  factorOf?: readonly number[],
): MetricInvarianceResult {
  const pattern = factorOf ?? new Array<number>(p).fill(0);
  const groups = [a, b];
  const configural = fitCfa({ p, factorOf: pattern, groups });
  const metric = fitCfa({ p, factorOf: pattern, groups, equalLoadings: true });
  const chisqDiff = metric.chisq - configural.chisq;
  const dfDiff = metric.df - configural.df;
  const pValue = chiSquareSurvival(Math.max(0, chisqDiff), dfDiff);
  const cfiDiff = metric.cfi !== null && configural.cfi !== null ? metric.cfi - configural.cfi : null;
  return { configural, metric, chisqDiff, dfDiff, pValue, cfiDiff, invariant: pValue >= 0.05 && (cfiDiff === null || cfiDiff >= -0.01) };
}

export interface OneFactorMlFit {
  /** Unstandardised loadings λ and residual variances ψ of Σ = λλᵀ + diag(ψ). */
  loadings: Float64Array;
  residualVariances: Float64Array;
  /** F_ML at the solution. */
  f: number;
  iterations: number;
  converged: boolean;
}

/**
 * Fast path for the most frequent case — one factor, one group — with the same estimator as `fitCfa`
 * (Fisher scoring on F_ML, step halving) but closed-form gradient and information, O(p²) per step
 * besides one Cholesky factorisation. With M = Σ⁻¹, u = Mλ, c = λᵀMλ and G = M − MSM:
 *   ∂F/∂λ_i = 2(Gλ)_i,  ∂F/∂ψ_i = G_ii;
 *   I(λ_i, λ_j) = 2(u_i u_j + c·M_ij),  I(λ_i, ψ_j) = 2M_ij u_j,  I(ψ_i, ψ_j) = M_ij².
 * Null when S is not positive definite. The sign is fixed so that Σλ ≥ 0.
 */
export function oneFactorMl(s: Float64Array, p: number, maxIterations = 200): OneFactorMlFit | null {
  const ls = cholesky(s, p);
  if (ls === null) return null;
  const logDetS = logDetFromCholesky(ls, p);
  const q = 2 * p;
  const x = new Float64Array(q);
  for (let i = 0; i < p; i++) {
    const sii = s[i * p + i] as number;
    x[i] = Math.sqrt(0.5 * sii);
    x[p + i] = 0.5 * sii;
  }
  const sigma = new Float64Array(p * p);
  const evaluate = (theta: Float64Array): { f: number; inv: Float64Array | null } => {
    for (let i = 0; i < p; i++)
      for (let j = 0; j < p; j++) sigma[i * p + j] = (theta[i] as number) * (theta[j] as number) + (i === j ? (theta[p + i] as number) : 0);
    return groupF(sigma, s, logDetS, p);
  };
  let cur = evaluate(x);
  if (cur.inv === null) return null;
  let converged = false;
  let it = 0;
  const grad = new Float64Array(q);
  const info = new Float64Array(q * q);
  const u = new Float64Array(p);
  const trial = new Float64Array(q);
  for (; it < maxIterations; it++) {
    const m = cur.inv as Float64Array;
    const msm = multiply(multiply(m, s, p), m, p);
    let c = 0;
    for (let i = 0; i < p; i++) {
      let ui = 0;
      for (let j = 0; j < p; j++) ui += (m[i * p + j] as number) * (x[j] as number);
      u[i] = ui;
      c += (x[i] as number) * ui;
    }
    let gmax = 0;
    for (let i = 0; i < p; i++) {
      let gl = 0;
      for (let j = 0; j < p; j++) gl += ((m[i * p + j] as number) - (msm[i * p + j] as number)) * (x[j] as number);
      grad[i] = 2 * gl;
      grad[p + i] = (m[i * p + i] as number) - (msm[i * p + i] as number);
      gmax = Math.max(gmax, Math.abs(grad[i] as number), Math.abs(grad[p + i] as number));
    }
    if (gmax < 1e-10) {
      converged = true;
      break;
    }
    for (let i = 0; i < p; i++)
      for (let j = 0; j < p; j++) {
        const mij = m[i * p + j] as number;
        info[i * q + j] = 2 * ((u[i] as number) * (u[j] as number) + c * mij);
        info[i * q + p + j] = 2 * mij * (u[j] as number);
        info[(p + j) * q + i] = 2 * mij * (u[j] as number);
        info[(p + i) * q + p + j] = mij * mij;
      }
    const step = solve(info, grad, q);
    if (step === null) break;
    let t = 1;
    let accepted = false;
    for (let h = 0; h < 40; h++) {
      for (let k = 0; k < q; k++) trial[k] = (x[k] as number) - t * (step[k] as number);
      const ev = evaluate(trial);
      if (ev.inv !== null && ev.f < cur.f + 1e-14 * Math.abs(cur.f)) {
        x.set(trial);
        // At the floating-point floor of F further steps change nothing: stop.
        if (cur.f - ev.f < 1e-15 && gmax < 1e-6) converged = true;
        cur = ev;
        accepted = true;
        break;
      }
      t /= 2;
    }
    if (!accepted || converged) {
      converged = converged || gmax < 1e-6;
      break;
    }
  }
  let sum = 0;
  for (let i = 0; i < p; i++) sum += x[i] as number;
  const loadings = x.slice(0, p);
  if (sum < 0) for (let i = 0; i < p; i++) loadings[i] = -(loadings[i] as number);
  return { loadings, residualVariances: x.slice(p), f: cur.f, iterations: it, converged };
}
