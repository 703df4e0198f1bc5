// Bands for the OVERALL index and each MODULE from the stratified bootstrap-t (lib/domain/statistics/
// stratified-bootstrap.ts), to replace the percentile bootstrap's overall and module bands (§8) — the
// percentile band under-covers at small n (≈ 83 % at n = 5, bench/coverage.ts). Each respondent gets a
// composite through exactly the aggregation of §3 applied to their own factor scores (categories,
// modules, overall; NaN-skipping), and the band is for the mean of those composites, resampled within
// respondent groups. With complete answers the mean of composites equals the reported score (the
// aggregation is linear); with gaps the two can differ slightly, so the band carries its own estimate.
// Per-factor bands are not computed here: 41 of them cost ~30 ms, over the scoring budget.

import { stratifiedMeanIntervals, type StratifiedBootstrapOptions, type StratifiedInterval } from "../statistics/stratified-bootstrap";
import { aggregate, createAggregateBuffers } from "./aggregate";
import type { PreparedResponses } from "./prepare";

export interface CompositeIntervals {
  overall: StratifiedInterval;
  modules: { moduleKey: string; interval: StratifiedInterval }[];
}

export function compositeIntervals(prep: PreparedResponses, options: StratifiedBootstrapOptions = {}): CompositeIntervals {
  const { plan, factorScores, respondents } = prep;
  const n = respondents.length;
  const nF = plan.factors.length;
  const nM = plan.modules.length;
  const columns = Array.from({ length: nM + 1 }, () => new Float64Array(n));
  const buf = createAggregateBuffers(plan);
  for (let r = 0; r < n; r++) {
    const overall = aggregate(plan, factorScores.subarray(r * nF, (r + 1) * nF), buf);
    for (let m = 0; m < nM; m++) (columns[m] as Float64Array)[r] = buf.modules[m] as number;
    (columns[nM] as Float64Array)[r] = overall;
  }
  const intervals = stratifiedMeanIntervals(
    columns,
    respondents.map((r) => r.group),
    options,
  );
  return {
    overall: intervals[nM] as StratifiedInterval,
    modules: plan.modules.map((m, i) => ({ moduleKey: m.key, interval: intervals[i] as StratifiedInterval })),
  };
}
