// Issue 14's statistics on one assessment's prepared answers, in one pure call: per factor pairwise
// item analysis (alpha with Feldt interval, omega, CR, AVE, item-total, flags, reading) and Lindell's
// r*wg(J); stratified bootstrap-t bands for every factor mean; HTMT between the factors of each module;
// and, when two groups are named, Welch / Hedges' g / Benjamini–Hochberg per factor. Not called by
// scoreAssessment (so its timing is unchanged); the server can call it beside it. Methods and sources:
// docs/SCORING.md §11 and lib/domain/statistics/.

import { rwgJStar } from "../statistics/agreement";
import { compareGroups, type FactorComparison } from "../statistics/group-tests";
import { itemAnalysisFlat, type FactorItemAnalysis } from "../statistics/item-analysis";
import { pairwiseCorrelation } from "../statistics/matrix";
import { stratifiedMeanIntervals, type StratifiedBootstrapOptions, type StratifiedInterval } from "../statistics/stratified-bootstrap";
import { htmtFromCorrelation, type HtmtResult } from "../statistics/validity";
import { factorItemMatrix, type PreparedResponses } from "./prepare";
import { LIKERT_OPTIONS } from "./reliability";

export interface FactorInstrumentStatistics {
  factorKey: string;
  items: FactorItemAnalysis;
  /** Lindell, Brandt & Whitney (1999) r*wg(J), beside the existing rwg(J). */
  rwgJStar: number | null;
  /** Stratified (by respondent group) bootstrap-t band for the factor mean, or why it is withheld; null when not asked for. */
  interval: StratifiedInterval | null;
}

export interface ModuleValidity {
  moduleKey: string;
  factorKeys: string[];
  htmt: HtmtResult;
}

export interface InstrumentStatistics {
  factors: FactorInstrumentStatistics[];
  modules: ModuleValidity[];
  /** Per factor group comparison (groups[0] − groups[1]); null when no pair was asked for. */
  groupComparison: { groupA: string; groupB: string; factors: FactorComparison[] } | null;
}

export interface InstrumentStatisticsOptions {
  bootstrap?: StratifiedBootstrapOptions;
  /** False skips the 41 per-factor bands (~30 ms at 500 × 164, over the scoring budget). Default true. */
  factorBands?: boolean;
  /** Compare these two respondent groups per factor. */
  compare?: readonly [string, string];
}

export function computeInstrumentStatistics(prep: PreparedResponses, options: InstrumentStatisticsOptions = {}): InstrumentStatistics {
  const { plan, scored, factorScores, respondents } = prep;
  const n = respondents.length;
  const nItems = plan.items.length;
  const nF = plan.factors.length;
  const groups = respondents.map((r) => r.group);

  const columns = plan.factors.map((_, fi) => {
    const col = new Float64Array(n);
    for (let r = 0; r < n; r++) col[r] = factorScores[r * nF + fi] as number;
    return col;
  });
  const intervals = options.factorBands === false ? null : stratifiedMeanIntervals(columns, groups, options.bootstrap ?? {});

  const factors = plan.factors.map((f, fi): FactorInstrumentStatistics => {
    const { k, flat, columns: itemColumns } = factorItemMatrix(prep, fi);
    const keys = plan.items.slice(f.itemStart, f.itemStart + k).map((it) => it.key);
    return {
      factorKey: f.key,
      items: itemAnalysisFlat(flat, n, k, { keys }),
      rwgJStar: rwgJStar(itemColumns, LIKERT_OPTIONS),
      interval: intervals === null ? null : (intervals[fi] as StratifiedInterval),
    };
  });

  const modules = plan.modules.map((m): ModuleValidity => {
    const factorOf: number[] = [];
    const itemIdx: number[] = [];
    m.factorIndexes.forEach((fi, local) => {
      const f = plan.factors[fi];
      if (f === undefined) return;
      for (let j = 0; j < f.itemCount; j++) {
        factorOf.push(local);
        itemIdx.push(f.itemStart + j);
      }
    });
    const p = itemIdx.length;
    const flat = new Float64Array(n * p);
    for (let r = 0; r < n; r++) for (let c = 0; c < p; c++) flat[r * p + c] = scored[r * nItems + (itemIdx[c] as number)] as number;
    return {
      moduleKey: m.key,
      factorKeys: m.factorIndexes.map((fi) => plan.factors[fi]?.key ?? ""),
      htmt: htmtFromCorrelation(pairwiseCorrelation(flat, n, p), p, factorOf),
    };
  });

  let groupComparison: InstrumentStatistics["groupComparison"] = null;
  if (options.compare !== undefined) {
    const [groupA, groupB] = options.compare;
    const input = plan.factors.map((f, fi) => {
      const a: number[] = [];
      const b: number[] = [];
      for (let r = 0; r < n; r++) {
        const v = factorScores[r * nF + fi] as number;
        if (v !== v) continue;
        if (groups[r] === groupA) a.push(v);
        else if (groups[r] === groupB) b.push(v);
      }
      return { key: f.key, a, b };
    });
    groupComparison = { groupA, groupB, factors: compareGroups(input) };
  }
  return { factors, modules, groupComparison };
}
