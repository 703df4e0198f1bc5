// Fleiss' kappa: chance-corrected agreement of a fixed number of raters who each put every
// subject in one of k categories. counts[s][c] = raters who put subject s in category c.

/**
 * Returns κ = (P̄ − P̄e) / (1 − P̄e), or null when it is undefined: no subjects, fewer than
 * two raters, unequal rater counts, or P̄e = 1 (every rating in one category, so there is
 * no disagreement left for chance to explain).
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number | null {
  const first = counts[0];
  if (!first) return null;
  const raters = first.reduce((s, v) => s + v, 0);
  if (raters < 2) return null;
  const k = first.length;
  const totals = new Array<number>(k).fill(0);
  let sumP = 0;
  for (const row of counts) {
    if (row.length !== k || row.reduce((s, v) => s + v, 0) !== raters) return null;
    let squares = 0;
    row.forEach((v, c) => {
      squares += v * v;
      totals[c] = (totals[c] ?? 0) + v;
    });
    sumP += (squares - raters) / (raters * (raters - 1));
  }
  const pBar = sumP / counts.length;
  const all = counts.length * raters;
  const pE = totals.reduce((s, t) => s + (t / all) ** 2, 0);
  if (Math.abs(1 - pE) < 1e-12) return null;
  return (pBar - pE) / (1 - pE);
}
