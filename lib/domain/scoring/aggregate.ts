// Factor means → category → module → overall. Used for point estimates and, unchanged, inside every
// bootstrap replicate, so the interval describes exactly the statistic that is reported.
//
// Conventions (docs/SCORING.md §3): a category is the unweighted mean of its factors; a module is the
// unweighted mean of its units (its categories, and any factor without a category); the overall index is
// the unweighted mean of the included modules. Missing (NaN) parts are skipped; all missing → NaN.

import type { ScoringPlan } from "./plan";

export interface AggregateBuffers {
  categories: Float64Array;
  modules: Float64Array;
}

export function createAggregateBuffers(plan: ScoringPlan): AggregateBuffers {
  return { categories: new Float64Array(plan.categories.length), modules: new Float64Array(plan.modules.length) };
}

function meanOf(values: Float64Array, indexes: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (const i of indexes) {
    const v = values[i] as number;
    if (v === v) {
      sum += v;
      n++;
    }
  }
  return n > 0 ? sum / n : NaN;
}

/** Fills `buf` with category and module means and returns the overall index (NaN when nothing scored). */
export function aggregate(plan: ScoringPlan, factorMeans: Float64Array, buf: AggregateBuffers): number {
  plan.categories.forEach((c, i) => {
    buf.categories[i] = meanOf(factorMeans, c.factorIndexes);
  });
  let overallSum = 0;
  let overallN = 0;
  plan.modules.forEach((m, mi) => {
    let sum = 0;
    let n = 0;
    for (const u of m.units) {
      const v = (u.kind === "category" ? buf.categories[u.index] : factorMeans[u.index]) as number;
      if (v === v) {
        sum += v;
        n++;
      }
    }
    const mod = n > 0 ? sum / n : NaN;
    buf.modules[mi] = mod;
    if (mod === mod) {
      overallSum += mod;
      overallN++;
    }
  });
  return overallN > 0 ? overallSum / overallN : NaN;
}
