// The maximum-likelihood discrepancy shared by the CFA fits (Jöreskog 1969): F_ML = log|Σ| + tr(SΣ⁻¹) − log|S| − p.
import { cholesky, inverseFromCholesky, logDetFromCholesky } from "./matrix";

/** Discrepancy F_ML of one group, or Infinity when Σ is not positive definite. */
export function groupF(sigma: Float64Array, s: Float64Array, logDetS: number, p: number): { f: number; inv: Float64Array | null } {
  const l = cholesky(sigma, p);
  if (l === null) return { f: Infinity, inv: null };
  const inv = inverseFromCholesky(l, p);
  let tr = 0;
  for (let k = 0; k < p * p; k++) tr += (s[k] as number) * (inv[k] as number);
  return { f: logDetFromCholesky(l, p) + tr - logDetS - p, inv };
}

/** Rows with every variable present (NaN/null = missing): CFA here is on complete cases. */
export function completeRows(rows: readonly (readonly (number | null)[])[]): number[][] {
  const out: number[][] = [];
  for (const r of rows) if (r.every((v) => v !== null && v === v)) out.push(r as number[]);
  return out;
}
