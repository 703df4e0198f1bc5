// Cronbach's alpha (Cronbach 1951) on a respondents × items matrix.
// Missing data: listwise deletion — a respondent is used only when every item of the scale has an
// answer (null = missing). This is what SPSS RELIABILITY and R's psych::alpha(use="complete") do, and it
// keeps the item variances and the total-score variance computed on the same people, without which
// alpha can leave [−∞, 1].

export type RatingMatrix = readonly (readonly (number | null)[])[];

export interface AlphaResult {
  /** Coefficient alpha; null when fewer than 2 items, fewer than 2 complete respondents, or zero total variance. */
  alpha: number | null;
  /** Respondents kept after listwise deletion. */
  n: number;
  /** Items in the scale. */
  k: number;
}

/**
 * Item (co)variances of the complete rows of a flat row-major n×k matrix (NaN = missing), as a k×k
 * sample (n − 1) covariance matrix, and the number of complete rows. Alpha and every alpha-if-deleted
 * follow from it without revisiting the rows: the total-score variance is the sum of all its cells,
 * and dropping item j removes row and column j.
 */
function covarianceOfComplete(values: Float64Array, n: number, k: number): { cov: Float64Array; complete: number } {
  const keep = new Uint8Array(n);
  const means = new Float64Array(k);
  let complete = 0;
  for (let r = 0; r < n; r++) {
    let ok = 1;
    for (let j = 0; j < k; j++) if (Number.isNaN(values[r * k + j] as number)) ok = 0;
    keep[r] = ok;
    if (ok === 0) continue;
    complete++;
    for (let j = 0; j < k; j++) means[j] = (means[j] as number) + (values[r * k + j] as number);
  }
  const cov = new Float64Array(k * k);
  if (complete < 2) return { cov, complete };
  for (let j = 0; j < k; j++) means[j] = (means[j] as number) / complete;
  const d = new Float64Array(k);
  for (let r = 0; r < n; r++) {
    if (keep[r] === 0) continue;
    for (let j = 0; j < k; j++) d[j] = (values[r * k + j] as number) - (means[j] as number);
    for (let i = 0; i < k; i++)
      for (let j = i; j < k; j++) cov[i * k + j] = (cov[i * k + j] as number) + (d[i] as number) * (d[j] as number);
  }
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const v = (cov[i * k + j] as number) / (complete - 1);
      cov[i * k + j] = v;
      cov[j * k + i] = v;
    }
  }
  return { cov, complete };
}

/**
 * α = k/(k−1) · (1 − Σ s²ᵢ / s²_total) over the items not `dropped` (−1: none), from a k×k item covariance
 * matrix: the total-score variance is the sum of all its cells. The one implementation of the formula, for
 * the listwise matrix here and the pairwise one of ./item-analysis. Null with fewer than 2 items left, or
 * when the total variance is not a positive finite number.
 */
export function alphaFromCovariance(cov: Float64Array, k: number, dropped: number): number | null {
  const kk = dropped < 0 ? k : k - 1;
  if (kk < 2) return null;
  let itemVar = 0;
  let totalVar = 0;
  for (let i = 0; i < k; i++) {
    if (i === dropped) continue;
    itemVar += cov[i * k + i] as number;
    for (let j = 0; j < k; j++) if (j !== dropped) totalVar += cov[i * k + j] as number;
  }
  // Everyone gave the same total: alpha is 0/0, undefined rather than 1 or 0. The tolerance absorbs
  // rounding in a sum of covariances that is zero in exact arithmetic. A pairwise matrix can also hold a
  // non-finite total (an item pair nobody answered); alpha is undefined then too.
  if (!(totalVar > 1e-12) || !Number.isFinite(totalVar)) return null;
  return (kk / (kk - 1)) * (1 - itemVar / totalVar);
}

/** Alpha and every alpha-if-deleted from one covariance matrix; all null when a cell is not finite. */
export function alphaAndIfDeleted(cov: Float64Array, k: number): { alpha: number | null; ifDeleted: (number | null)[] } {
  const finite = cov.every((v) => Number.isFinite(v));
  return {
    alpha: finite ? alphaFromCovariance(cov, k, -1) : null,
    ifDeleted: Array.from({ length: k }, (_, j) => (finite ? alphaFromCovariance(cov, k, j) : null)),
  };
}

export interface AlphaWithDeletion extends AlphaResult {
  /** Alpha with each item left out in turn, on the same complete cases (as SPSS reports it). */
  ifDeleted: (number | null)[];
}

/**
 * Alpha and alpha-if-item-deleted on a flat row-major n×k matrix, NaN = missing (listwise deletion on
 * the full scale). The fast path used by scoring; `alphaWithItemDeletion` wraps it for nested arrays.
 */
export function alphaWithItemDeletionFlat(values: Float64Array, n: number, k: number): AlphaWithDeletion {
  const { cov, complete } = covarianceOfComplete(values, n, k);
  if (complete < 2 || k === 0) return { alpha: null, n: complete, k, ifDeleted: new Array<number | null>(k).fill(null) };
  return { ...alphaAndIfDeleted(cov, k), n: complete, k };
}

/** Alpha and alpha-if-item-deleted in one pass over the data (listwise deletion on the full scale). */
export function alphaWithItemDeletion(matrix: RatingMatrix): AlphaWithDeletion {
  const k = matrix[0]?.length ?? 0;
  const n = matrix.length;
  const flat = new Float64Array(n * k);
  matrix.forEach((row, r) => {
    for (let j = 0; j < k; j++) {
      const v = row[j];
      flat[r * k + j] = v === null || v === undefined ? NaN : v;
    }
  });
  return alphaWithItemDeletionFlat(flat, n, k);
}

/** Cronbach's alpha of all columns of `matrix` with listwise deletion. */
export function cronbachAlpha(matrix: RatingMatrix): AlphaResult {
  const { alpha, n, k } = alphaWithItemDeletion(matrix);
  return { alpha, n, k };
}

/**
 * Alpha of the scale with each item left out in turn. The complete cases are those complete on the
 * FULL scale (as SPSS does), so the figures are comparable with the full-scale alpha.
 */
export function alphaIfItemDeleted(matrix: RatingMatrix): (number | null)[] {
  return alphaWithItemDeletion(matrix).ifDeleted;
}
