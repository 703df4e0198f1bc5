// Inter-rater agreement for a single target (here: the bank, rated by its own respondents).
// James, Demaree & Wolf (1984), "Estimating within-group interrater reliability with and without
// response bias", J. Applied Psychology 69(1) 85–98; conventions as in LeBreton & Senter (2008),
// "Answers to 20 questions about interrater reliability and interrater agreement", ORM 11(4) 815–852.

import { mean, sampleVariance } from "./descriptive";

/** Variance of the uniform ("no agreement") null distribution over A options: σ²_EU = (A² − 1) / 12. */
export function uniformNullVariance(options: number): number {
  if (!Number.isInteger(options) || options < 2) throw new RangeError(`options must be an integer ≥ 2, got ${options}`);
  return (options * options - 1) / 12;
}

/**
 * Single-item agreement rwg = 1 − s²_x / σ²_EU (s²_x = sample variance of the raters' answers).
 * Null with fewer than 2 ratings. When s²_x > σ²_EU (more disagreement than random answering) the raw
 * value is negative; following LeBreton & Senter (2008, Q11) it is truncated to 0.
 */
export function rwg(ratings: readonly number[], options = 5): number | null {
  const s2 = sampleVariance(ratings);
  if (s2 === null) return null;
  return Math.max(0, 1 - s2 / uniformNullVariance(options));
}

/**
 * Multi-item agreement (James et al. 1984, eq. 4):
 *   rwg(J) = J·(1 − s̄²/σ²_EU) / ( J·(1 − s̄²/σ²_EU) + s̄²/σ²_EU )
 * where s̄² is the mean of the J item variances. Each item's variance uses the raters who answered that
 * item (pairwise, not listwise: agreement does not need complete rows). Items with fewer than 2 answers
 * are left out of J. When s̄² ≥ σ²_EU the value is set to 0 (LeBreton & Senter 2008, Q11), which also
 * avoids the formula's pole.
 */
export function rwgJ(itemRatings: readonly (readonly number[])[], options = 5): number | null {
  const variances: number[] = [];
  for (const item of itemRatings) {
    const v = sampleVariance(item);
    if (v !== null) variances.push(v);
  }
  const meanVar = mean(variances);
  if (meanVar === null) return null;
  const ratio = meanVar / uniformNullVariance(options);
  if (ratio >= 1) return 0;
  const j = variances.length;
  return (j * (1 - ratio)) / (j * (1 - ratio) + ratio);
}

/**
 * Lindell's r*wg(J) (Lindell, Brandt & Whitney 1999, "A revised index of interrater agreement for
 * multi-item ratings of a single target", Applied Psychological Measurement 23(2), 127–135, eq. 6):
 *   r*wg(J) = 1 − s̄² / σ²_EU
 * — the mean item variance against the uniform null WITHOUT the Spearman–Brown step-up of rwg(J), so it
 * does not grow towards 1 just because a factor has many items (James et al.'s rwg(J) is lenient for
 * J ≥ 4). Not truncated: it lies in [1 − σ²_max/σ²_EU, 1], negative when answers are more polarised than
 * random. Item variances are pairwise, as in `rwgJ`; null when no item has 2 answers.
 */
export function rwgJStar(itemRatings: readonly (readonly number[])[], options = 5): number | null {
  const variances: number[] = [];
  for (const item of itemRatings) {
    const v = sampleVariance(item);
    if (v !== null) variances.push(v);
  }
  const meanVar = mean(variances);
  if (meanVar === null) return null;
  return 1 - meanVar / uniformNullVariance(options);
}
