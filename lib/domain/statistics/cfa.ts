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

import { cholesky, logDetFromCholesky, mlCovariance, multiply, solveLinear } from "./matrix";
import { completeRows, groupF } from "./ml-discrepancy";
import { chiSquareSurvival } from "./special";
import {
  buildLayout,
  groupState,
  sigmaDerivative,
  srmrOf,
  type CfaGroupInput,
  type CfaSpec,
  type GroupLayout,
  type GroupState,
} from "./cfa-model.ts";

export type { CfaGroupInput, CfaSpec };

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
    const step = solveLinear(info, grad, q);
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

/**
 * CFA on raw data (respondents × items; null/NaN = missing → listwise deletion, lavaan's default
 * `missing = "listwise"`), from the N-divisor covariance matrix. `factorOf` defaults to one factor.
 */
export function cfaFromData(rows: readonly (readonly (number | null)[])[], factorOf?: readonly number[]): CfaResult {
  const complete = completeRows(rows);
  const { cov, p, n } = mlCovariance(complete);
  return fitCfa({ p, factorOf: factorOf ?? new Array<number>(p).fill(0), groups: [{ cov, n }] });
}
