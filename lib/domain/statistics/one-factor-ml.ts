// One factor, one group: the frequent case of the CFA, fitted by the same estimator on a fast path.
import { cholesky, logDetFromCholesky, multiply, solveLinear } from "./matrix";
import { groupF } from "./ml-discrepancy";

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
    const step = solveLinear(info, grad, q);
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
