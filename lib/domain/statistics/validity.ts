// Discriminant validity between the factors of a module: do two factors measure different things?
//
// - HTMT, the heterotrait–monotrait ratio (Henseler, Ringle & Sarstedt 2015, "A new criterion for
//   assessing discriminant validity in variance-based structural equation modeling", J. Academy of
//   Marketing Science 43, 115–135, eq. 6): the mean correlation between items of different factors
//   divided by the geometric mean of the mean within-factor item correlations. Correlations are
//   pairwise (all respondents who answered both items; R's cor(use = "pairwise")) and taken as
//   they are — items must already be scored in the same direction (reverse items recoded). HTMT > 0.85 is flagged (ibid., HTMT.85).
// - Fornell–Larcker criterion (Fornell & Larcker 1981, J. Marketing Research 18(1), 39–50): each
//   factor's √AVE must exceed its correlation with every other factor.

import { pairwiseCorrelation } from "./matrix";
import type { RatingMatrix } from "./reliability";

export const HTMT_THRESHOLD = 0.85;

export interface HtmtPair {
  a: number;
  b: number;
  htmt: number | null;
  /** htmt > threshold: the two factors are not empirically distinct. */
  flagged: boolean;
}

export interface HtmtResult {
  /** Symmetric factor × factor matrix (1 on the diagonal; null where undefined). */
  matrix: (number | null)[][];
  pairs: HtmtPair[];
  threshold: number;
}

/**
 * HTMT from a p×p item correlation matrix and the factor of each item (0..m−1). A ratio is null when
 * a factor has fewer than 2 items (no monotrait correlation) or a mean monotrait correlation ≤ 0.
 */
export function htmtFromCorrelation(corr: Float64Array, p: number, factorOf: readonly number[], threshold = HTMT_THRESHOLD): HtmtResult {
  const m = Math.max(-1, ...factorOf) + 1;
  const mono = new Array<number | null>(m).fill(null);
  for (let f = 0; f < m; f++) {
    let s = 0;
    let c = 0;
    for (let i = 0; i < p; i++)
      for (let j = 0; j < i; j++)
        if (factorOf[i] === f && factorOf[j] === f) {
          s += corr[i * p + j] as number;
          c++;
        }
    mono[f] = c > 0 ? s / c : null;
  }
  const matrix: (number | null)[][] = Array.from({ length: m }, (_, f) => Array.from({ length: m }, (_, g) => (f === g ? 1 : null)));
  const pairs: HtmtPair[] = [];
  for (let f = 0; f < m; f++)
    for (let g = f + 1; g < m; g++) {
      let s = 0;
      let c = 0;
      for (let i = 0; i < p; i++)
        for (let j = 0; j < p; j++)
          if (factorOf[i] === f && factorOf[j] === g) {
            s += corr[i * p + j] as number;
            c++;
          }
      const mf = mono[f] ?? null;
      const mg = mono[g] ?? null;
      const value = c > 0 && mf !== null && mg !== null && mf > 0 && mg > 0 && Number.isFinite(s) ? s / c / Math.sqrt(mf * mg) : null;
      (matrix[f] as (number | null)[])[g] = value;
      (matrix[g] as (number | null)[])[f] = value;
      pairs.push({ a: f, b: g, htmt: value, flagged: value !== null && value > threshold });
    }
  return { matrix, pairs, threshold };
}

/**
 * HTMT between factors given as item blocks over the SAME respondents (row r of every block is the
 * same person; null = missing).
 */
export function htmt(blocks: readonly RatingMatrix[], threshold = HTMT_THRESHOLD): HtmtResult {
  const n = blocks[0]?.length ?? 0;
  const factorOf: number[] = [];
  blocks.forEach((b, f) => {
    if (b.length !== n) throw new RangeError(`block ${f} has ${b.length} rows, expected ${n}`);
    const k = b[0]?.length ?? 0;
    for (let j = 0; j < k; j++) factorOf.push(f);
  });
  const p = factorOf.length;
  const flat = new Float64Array(n * p);
  for (let r = 0; r < n; r++) {
    let c = 0;
    for (const b of blocks) {
      const row = b[r] ?? [];
      const k = b[0]?.length ?? 0;
      for (let j = 0; j < k; j++) {
        const v = row[j];
        flat[r * p + c++] = v === null || v === undefined ? NaN : v;
      }
    }
  }
  return htmtFromCorrelation(pairwiseCorrelation(flat, n, p), p, factorOf, threshold);
}

export interface FornellLarckerPair {
  a: number;
  b: number;
  correlation: number;
  sqrtAveA: number | null;
  sqrtAveB: number | null;
  /** √AVE of both factors exceeds |correlation|; null when an AVE is unknown. */
  passes: boolean | null;
}

export interface FornellLarckerResult {
  pairs: FornellLarckerPair[];
  /** Every pair passes (null if any is unknown and none fails). */
  passes: boolean | null;
}

/**
 * Fornell–Larcker check from each factor's AVE and the factor correlation matrix (e.g. the latent
 * correlations of a multi-factor CFA, `fitCfa(...).groups[0].factorCorrelation`).
 */
export function fornellLarcker(ave: readonly (number | null)[], correlation: readonly (readonly number[])[]): FornellLarckerResult {
  const m = ave.length;
  const pairs: FornellLarckerPair[] = [];
  for (let a = 0; a < m; a++)
    for (let b = a + 1; b < m; b++) {
      const r = correlation[a]?.[b] ?? NaN;
      const va = ave[a];
      const vb = ave[b];
      const sa = va === null || va === undefined || va < 0 ? null : Math.sqrt(va);
      const sb = vb === null || vb === undefined || vb < 0 ? null : Math.sqrt(vb);
      const passes = sa === null || sb === null || !Number.isFinite(r) ? null : sa > Math.abs(r) && sb > Math.abs(r);
      pairs.push({ a, b, correlation: r, sqrtAveA: sa, sqrtAveB: sb, passes });
    }
  const fails = pairs.some((p) => p.passes === false);
  const unknown = pairs.some((p) => p.passes === null);
  return { pairs, passes: fails ? false : unknown ? null : true };
}
