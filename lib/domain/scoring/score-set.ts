// Scores for one set of respondents (everyone, or one group).
// A factor's score is the mean over respondents of each respondent's own factor score (the mean of the
// items they answered). Every respondent weighs the same whatever the number of items they answered;
// pooling all answers instead would let a respondent who answered more items count for more.

import { aggregate, createAggregateBuffers } from "./aggregate";
import { scoreValue } from "./maturity";
import { STATUS_ANSWERED, STATUS_DONT_KNOW, type PreparedResponses } from "./prepare";
import type { CategoryScore, Coverage, FactorScore, ModuleScore, ScoreSet } from "./types";

interface Counts {
  expected: number;
  answered: number;
  dontKnow: number;
}

export function toCoverage(c: Counts): Coverage {
  const skipped = c.expected - c.answered - c.dontKnow;
  return {
    expected: c.expected,
    answered: c.answered,
    dontKnow: c.dontKnow,
    skipped,
    answeredShare: c.expected > 0 ? c.answered / c.expected : null,
    dontKnowShare: c.expected > 0 ? c.dontKnow / c.expected : null,
  };
}

function addCounts(target: Counts, add: Counts): void {
  target.expected += add.expected;
  target.answered += add.answered;
  target.dontKnow += add.dontKnow;
}

export function computeScoreSet(prep: PreparedResponses, respondentIndexes: readonly number[]): ScoreSet {
  const { plan, status, factorScores } = prep;
  const nItems = plan.items.length;
  const nFactors = plan.factors.length;
  const means = new Float64Array(nFactors);
  const counts: Counts[] = [];

  const factorPartial = plan.factors.map((f, fi) => {
    let sum = 0;
    let n = 0;
    const values: number[] = [];
    const c: Counts = { expected: respondentIndexes.length * f.itemCount, answered: 0, dontKnow: 0 };
    for (const ri of respondentIndexes) {
      const v = factorScores[ri * nFactors + fi] as number;
      if (v === v) {
        sum += v;
        n++;
        values.push(v);
      }
      for (let ii = f.itemStart; ii < f.itemStart + f.itemCount; ii++) {
        const s = status[ri * nItems + ii];
        if (s === STATUS_ANSWERED) c.answered++;
        else if (s === STATUS_DONT_KNOW) c.dontKnow++;
      }
    }
    const mean = n > 0 ? sum / n : NaN;
    means[fi] = mean;
    counts.push(c);
    let sd: number | null = null;
    if (n >= 2) {
      let ss = 0;
      for (const v of values) ss += (v - mean) * (v - mean);
      sd = Math.sqrt(ss / (n - 1));
    }
    return { n, sd };
  });

  const buf = createAggregateBuffers(plan);
  const overall = aggregate(plan, means, buf);

  const factors: FactorScore[] = plan.factors.map((f, fi) => ({
    key: f.key,
    name: f.name,
    moduleKey: f.moduleKey,
    categoryKey: f.categoryKey,
    ...scoreValue(means[fi] ?? null),
    respondents: factorPartial[fi]?.n ?? 0,
    sd: factorPartial[fi]?.sd ?? null,
    coverage: toCoverage(counts[fi] ?? { expected: 0, answered: 0, dontKnow: 0 }),
  }));

  const categories: CategoryScore[] = plan.categories.map((c, ci) => ({
    key: c.key,
    moduleKey: c.moduleKey,
    factorKeys: c.factorIndexes.map((fi) => plan.factors[fi]?.key ?? ""),
    ...scoreValue(buf.categories[ci] ?? null),
  }));

  const total: Counts = { expected: 0, answered: 0, dontKnow: 0 };
  const modules: ModuleScore[] = plan.modules.map((m, mi) => {
    const c: Counts = { expected: 0, answered: 0, dontKnow: 0 };
    for (const fi of m.factorIndexes) {
      const cf = counts[fi];
      if (cf !== undefined) addCounts(c, cf);
    }
    addCounts(total, c);
    return { key: m.key, name: m.name, ...scoreValue(buf.modules[mi] ?? null), coverage: toCoverage(c) };
  });

  return {
    respondents: respondentIndexes.length,
    factors,
    categories,
    modules,
    overall: { ...scoreValue(overall), coverage: toCoverage(total) },
  };
}
