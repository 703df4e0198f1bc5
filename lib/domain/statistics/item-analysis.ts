// Per-factor item analysis with PAIRWISE handling of missing answers: every covariance uses all
// respondents who answered both items (R's `cov(x, use = "pairwise")`), so one skipped item no longer
// drops a respondent from the whole factor (the listwise alpha in ./reliability does).
//
// Conventions match psych::alpha (Revelle, psych 2.2.9, default `use = "pairwise"`) and psych::omega /
// psych::fa with `fm = "ml"`:
// - Cronbach's alpha (Cronbach 1951) from the pairwise covariance matrix C:
//     α = k/(k−1) · (1 − tr C / ΣC);  alpha-if-deleted: the same on C without row/column j.
// - corrected item-total correlation (psych's `r.drop`): r_j = (Σ_{i≠j} C_ij) / √(C_jj · Σ_{i,l≠j} C_il),
//   the correlation of item j with the sum of the other items, from C alone.
// - Feldt (1965) confidence interval, "The approximate sampling distribution of Kuder-Richardson
//   reliability coefficient twenty", Psychometrika 30, 357–370 (as psych::alpha.ci):
//     [1 − (1−α)·F_{1−a/2}(n−1, (n−1)(k−1)),  1 − (1−α)·F_{a/2}(n−1, (n−1)(k−1))],
//   n = respondents with at least one answer on the factor.
// - standardised loadings λ from a one-factor maximum-likelihood factor analysis (Lawley & Maxwell
//   1971) of the pairwise correlation matrix R — R's cor(x, use = "pairwise"), pairwise means AND SDs.
//   Fitted with ./cfa; this is the solution of psych::fa(fm = "ml") (which stops ~1e-6 short of the
//   optimum) and of lavaan's standardised solution.
// - McDonald's (1999) omega total as psych::omega computes it: ω_t = 1 − Σ(1 − λ²) / ΣR.
// - composite reliability CR = (Σλ)² / ((Σλ)² + Σ(1 − λ²)) (Raykov 1997; Fornell & Larcker 1981,
//   "Evaluating structural equation models with unobservable variables and measurement error",
//   J. Marketing Research 18(1), 39–50) and average variance extracted AVE = mean(λ²) (ibid.).
// Flags: corrected item-total < 0.30 (Nunnally & Bernstein 1994), alpha-if-deleted > alpha, AVE < 0.50
// and CR < 0.70 (Fornell & Larcker 1981; Hair et al. 2010).

import { oneFactorMl } from "./one-factor-ml";
import { pairwiseMoments } from "./matrix";
import { alphaAndIfDeleted, type RatingMatrix } from "./reliability";
import { fQuantile } from "./special";

export const ITEM_TOTAL_THRESHOLD = 0.3;
export const AVE_THRESHOLD = 0.5;
export const CR_THRESHOLD = 0.7;

export type ItemFlag = "low-item-total" | "alpha-rises-if-deleted";
export type FactorItemFlag = "low-ave" | "low-cr" | "too-few-items-for-loadings" | "improper-loadings";

export interface ItemRow {
  /** 0-based column index. */
  index: number;
  key: string | null;
  /** Respondents who answered the item. */
  n: number;
  /** Corrected item-total correlation (item vs the sum of the other items); null if undefined. */
  itemTotal: number | null;
  alphaIfDeleted: number | null;
  /** Standardised one-factor ML loading; null when fewer than 3 items or the fit failed. */
  loading: number | null;
  flags: ItemFlag[];
}

export interface ConfidenceInterval {
  lower: number;
  upper: number;
  level: number;
}

export interface FactorItemAnalysis {
  /** Always "pairwise": every covariance uses all respondents who answered both items. */
  missing: "pairwise";
  k: number;
  /** Respondents with at least one answer (the n of the Feldt interval). */
  n: number;
  alpha: number | null;
  alphaInterval: ConfidenceInterval | null;
  omegaTotal: number | null;
  compositeReliability: number | null;
  averageVarianceExtracted: number | null;
  items: ItemRow[];
  flags: FactorItemFlag[];
  /** One plain-English sentence, e.g. "Items hang together well (α 0.84, ω 0.86)." */
  reading: string;
}

/** Feldt (1965) interval for coefficient alpha from n respondents and k items; null when undefined. */
export function feldtInterval(alpha: number, n: number, k: number, level = 0.95): ConfidenceInterval | null {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  if (!(n >= 2) || !(k >= 2) || !Number.isFinite(alpha)) return null;
  const d1 = n - 1;
  const d2 = (n - 1) * (k - 1);
  const a = 1 - level;
  return { lower: 1 - (1 - alpha) * fQuantile(1 - a / 2, d1, d2), upper: 1 - (1 - alpha) * fQuantile(a / 2, d1, d2), level };
}

/**
 * Pairwise alpha and alpha-if-deleted only (no loadings), cheap enough for every results page: the
 * figures of the reliability table, on the same respondents as the factor score (everyone who answered).
 */
export function pairwiseAlphaFlat(
  values: Float64Array,
  n: number,
  k: number,
): { alpha: number | null; ifDeleted: (number | null)[]; minPairN: number } {
  const { cov, counts } = pairwiseMoments(values, n, k);
  let minPairN = k > 0 ? Infinity : 0;
  for (const c of counts) if (c < minPairN) minPairN = c;
  return { ...alphaAndIfDeleted(cov, k), minPairN: Number.isFinite(minPairN) ? minPairN : 0 };
}

export interface OneFactorLoadings {
  loadings: number[];
  uniquenesses: number[];
  converged: boolean;
  /** Some uniqueness ≤ 0 (Heywood case). */
  improper: boolean;
}

/**
 * Standardised loadings of a one-factor ML factor analysis of a k×k correlation matrix (psych::fa with
 * fm = "ml", nfactors = 1). Null with k < 3 (not identified) or when R is not positive definite.
 */
export function oneFactorLoadings(corr: Float64Array, k: number): OneFactorLoadings | null {
  if (k < 3) return null;
  const fit = oneFactorMl(corr, k);
  if (fit === null) return null;
  // Standardise by the model-implied SDs (lavaan std.all; equal to 1 at an ML optimum on R).
  const loadings = Array.from(fit.loadings, (l, i) => l / Math.sqrt(l * l + (fit.residualVariances[i] as number)));
  return {
    loadings,
    uniquenesses: loadings.map((l) => 1 - l * l),
    converged: fit.converged,
    improper: Array.from(fit.residualVariances).some((v) => v <= 0),
  };
}

function fmt(x: number): string {
  return x.toFixed(2);
}

function readingFor(alpha: number | null, omega: number | null, items: readonly ItemRow[]): string {
  if (alpha === null) return "Not enough answers to judge whether the items hang together.";
  const fig = omega === null ? `α ${fmt(alpha)}` : `α ${fmt(alpha)}, ω ${fmt(omega)}`;
  let s: string;
  if (alpha >= 0.8) s = `Items hang together well (${fig})`;
  else if (alpha >= 0.7) s = `Items hang together acceptably (${fig})`;
  else if (alpha >= 0.6) s = `Items hang together only loosely (${fig})`;
  else s = `Items do not hang together (${fig}); the factor score mixes different things`;
  const weak = items.filter((it) => it.flags.length > 0).map((it) => it.key ?? `item ${it.index + 1}`);
  if (weak.length === 1) s += `; ${weak[0]} fits poorly`;
  else if (weak.length > 1) s += `; ${weak.join(", ")} fit poorly`;
  return `${s}.`;
}

export interface ItemAnalysisOptions {
  /** Item keys for the reading and rows. */
  keys?: readonly string[];
  /** Feldt interval level (default 0.95). */
  level?: number;
}

/** Item analysis of a flat row-major n×k matrix of scored answers (NaN = missing), pairwise. */
export function itemAnalysisFlat(values: Float64Array, n: number, k: number, options: ItemAnalysisOptions = {}): FactorItemAnalysis {
  const { cov, corr, counts } = pairwiseMoments(values, n, k);
  let respondents = 0;
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < k; j++) {
      if ((values[r * k + j] as number) === (values[r * k + j] as number)) {
        respondents++;
        break;
      }
    }
  }
  const finite = cov.every((v) => Number.isFinite(v));
  // The same alpha and alpha-if-deleted as pairwiseAlphaFlat (the reliability table), from one implementation.
  const { alpha, ifDeleted } = alphaAndIfDeleted(cov, k);
  const fa = corr.every((v) => Number.isFinite(v)) ? oneFactorLoadings(corr, k) : null;

  const items: ItemRow[] = [];
  for (let j = 0; j < k; j++) {
    let itemTotal: number | null = null;
    if (finite && k >= 2) {
      let c = 0;
      let v = 0;
      for (let i = 0; i < k; i++) {
        if (i !== j) c += cov[i * k + j] as number;
        for (let l = 0; l < k; l++) if (i !== j && l !== j) v += cov[i * k + l] as number;
      }
      const d = Math.sqrt((cov[j * k + j] as number) * v);
      itemTotal = d > 0 ? c / d : null;
    }
    const alphaIfDeleted = ifDeleted[j] ?? null;
    const flags: ItemFlag[] = [];
    if (itemTotal !== null && itemTotal < ITEM_TOTAL_THRESHOLD) flags.push("low-item-total");
    if (alpha !== null && alphaIfDeleted !== null && alphaIfDeleted > alpha) flags.push("alpha-rises-if-deleted");
    items.push({
      index: j,
      key: options.keys?.[j] ?? null,
      n: counts[j * k + j] as number,
      itemTotal,
      alphaIfDeleted,
      loading: fa?.loadings[j] ?? null,
      flags,
    });
  }

  let omegaTotal: number | null = null;
  let cr: number | null = null;
  let ave: number | null = null;
  const flags: FactorItemFlag[] = [];
  if (fa !== null) {
    let sumL = 0;
    let sumU = 0;
    let sumL2 = 0;
    let sumR = 0;
    for (let j = 0; j < k; j++) {
      const l = fa.loadings[j] as number;
      sumL += l;
      sumL2 += l * l;
      sumU += fa.uniquenesses[j] as number;
    }
    for (const r of corr) sumR += r;
    omegaTotal = 1 - sumU / sumR;
    cr = (sumL * sumL) / (sumL * sumL + sumU);
    ave = sumL2 / k;
    if (ave < AVE_THRESHOLD) flags.push("low-ave");
    if (cr < CR_THRESHOLD) flags.push("low-cr");
    if (fa.improper) flags.push("improper-loadings");
  } else if (k < 3) flags.push("too-few-items-for-loadings");

  return {
    missing: "pairwise",
    k,
    n: respondents,
    alpha,
    alphaInterval: alpha === null ? null : feldtInterval(alpha, respondents, k, options.level ?? 0.95),
    omegaTotal,
    compositeReliability: cr,
    averageVarianceExtracted: ave,
    items,
    flags,
    reading: readingFor(alpha, omegaTotal, items),
  };
}

/** Item analysis of respondents × items (null = missing), pairwise. See the module comment. */
export function itemAnalysis(matrix: RatingMatrix, options: ItemAnalysisOptions = {}): FactorItemAnalysis {
  const k = matrix[0]?.length ?? 0;
  const n = matrix.length;
  const flat = new Float64Array(n * k);
  matrix.forEach((row, r) => {
    for (let j = 0; j < k; j++) {
      const v = row[j];
      flat[r * k + j] = v === null || v === undefined ? NaN : v;
    }
  });
  return itemAnalysisFlat(flat, n, k, options);
}
