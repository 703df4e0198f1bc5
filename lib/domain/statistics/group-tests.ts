// Are two respondent groups (e.g. managers and employees) distinguishable on a factor, beyond noise?
// - Welch's t-test (Welch 1947, "The generalization of 'Student's' problem when several different
//   population variances are involved", Biometrika 34, 28–35), Welch–Satterthwaite df, two-sided p from
//   the Student t distribution (R's t.test(var.equal = FALSE)).
// - Hedges' g, the small-sample-corrected standardised mean difference (Hedges & Olkin 1985,
//   Statistical Methods for Meta-Analysis, ch. 5): d = (m₁ − m₂)/s_pooled,
//   J = 1 − 3/(4(n₁ + n₂) − 9), g = J·d, Var(g) ≈ (n₁ + n₂)/(n₁n₂) + g²/(2(n₁ + n₂)), interval g ± z·√Var.
// - Benjamini & Hochberg (1995), "Controlling the false discovery rate", JRSS B 57, 289–300: step-up
//   adjusted p-values (R's p.adjust(method = "BH")) across the factors compared; a factor is
//   "distinguishable from noise" when its BH q < 0.05.

import { mean, sampleVariance } from "./descriptive";
import { normalQuantile, studentTTwoSidedP } from "./special";

export interface WelchResult {
  t: number;
  df: number;
  p: number;
  meanDifference: number;
}

/** Welch's two-sample t-test; null when either group has fewer than 2 values or both variances are 0. */
export function welchTTest(a: readonly number[], b: readonly number[]): WelchResult | null {
  const va = sampleVariance(a);
  const vb = sampleVariance(b);
  if (va === null || vb === null) return null;
  const sa = va / a.length;
  const sb = vb / b.length;
  const se2 = sa + sb;
  if (!(se2 > 0)) return null;
  const diff = (mean(a) as number) - (mean(b) as number);
  const t = diff / Math.sqrt(se2);
  const df = (se2 * se2) / ((sa * sa) / (a.length - 1) + (sb * sb) / (b.length - 1));
  return { t, df, p: studentTTwoSidedP(t, df), meanDifference: diff };
}

export interface HedgesG {
  g: number;
  lower: number;
  upper: number;
  level: number;
}

/** Hedges' g (a − b) with its Hedges & Olkin large-sample interval; null when undefined. */
export function hedgesG(a: readonly number[], b: readonly number[], level = 0.95): HedgesG | null {
  const n1 = a.length;
  const n2 = b.length;
  const va = sampleVariance(a);
  const vb = sampleVariance(b);
  if (va === null || vb === null) return null;
  const sp = Math.sqrt(((n1 - 1) * va + (n2 - 1) * vb) / (n1 + n2 - 2));
  if (!(sp > 0)) return null;
  const d = ((mean(a) as number) - (mean(b) as number)) / sp;
  const g = (1 - 3 / (4 * (n1 + n2) - 9)) * d;
  const v = (n1 + n2) / (n1 * n2) + (g * g) / (2 * (n1 + n2));
  const z = normalQuantile((1 + level) / 2);
  return { g, lower: g - z * Math.sqrt(v), upper: g + z * Math.sqrt(v), level };
}

/**
 * Benjamini–Hochberg adjusted p-values, in the input order: q₍ᵢ₎ = min_{j ≥ i} min(1, m·p₍ⱼ₎/j) over the
 * ascending order. Null entries (tests not run) are kept null and not counted in m.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const idx = pValues.map((p, i) => ({ p, i })).filter((x): x is { p: number; i: number } => x.p !== null && Number.isFinite(x.p));
  const m = idx.length;
  idx.sort((x, y) => x.p - y.p);
  const out = new Array<number | null>(pValues.length).fill(null);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const e = idx[r] as { p: number; i: number };
    running = Math.min(running, (m * e.p) / (r + 1));
    out[e.i] = Math.min(1, running);
  }
  return out;
}

export const FDR_LEVEL = 0.05;

export interface FactorComparisonInput {
  key: string;
  /** Respondent scores of group A and group B on the factor. */
  a: readonly number[];
  b: readonly number[];
}

export interface FactorComparison {
  key: string;
  nA: number;
  nB: number;
  meanA: number | null;
  meanB: number | null;
  welch: WelchResult | null;
  hedges: HedgesG | null;
  /** BH-adjusted p across the compared factors. */
  q: number | null;
  /** q < 0.05: the groups' difference on this factor is distinguishable from noise. */
  classification: "distinguishable" | "not-distinguishable" | "not-tested";
}

/** Welch + Hedges' g per factor, BH across factors, and the distinguishable-from-noise call. */
export function compareGroups(factors: readonly FactorComparisonInput[], fdr = FDR_LEVEL): FactorComparison[] {
  const tests = factors.map((f) => welchTTest(f.a, f.b));
  const q = benjaminiHochberg(tests.map((t) => t?.p ?? null));
  return factors.map((f, i) => {
    const qi = q[i] ?? null;
    return {
      key: f.key,
      nA: f.a.length,
      nB: f.b.length,
      meanA: mean(f.a),
      meanB: mean(f.b),
      welch: tests[i] ?? null,
      hedges: hedgesG(f.a, f.b),
      q: qi,
      classification: qi === null ? "not-tested" : qi < fdr ? "distinguishable" : "not-distinguishable",
    };
  });
}
