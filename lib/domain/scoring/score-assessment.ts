// Entry point: everything the server shows about one assessment's answers, in one pure call.

import type { FrameworkDef, ModuleKey } from "../instrument/types";
import type { BootstrapOptions } from "../statistics/bootstrap";
import { bootstrapIntervals, type Interval, type IntervalSet } from "./bootstrap-ci";
import { factorMeanIntervals, type FactorIntervalOptions } from "./factor-intervals";
import type { StratifiedBootstrapOptions } from "../statistics/stratified-bootstrap";
import { compositeIntervals, type CompositeIntervals } from "./composite-intervals";
import { computeInstrumentStatistics, type InstrumentStatistics, type InstrumentStatisticsOptions } from "./instrument-statistics";
import { buildPlan } from "./plan";
import { prepareResponses } from "./prepare";
import { computeReliability, type FactorReliability } from "./reliability";
import { computeScoreSet } from "./score-set";
import type { GroupScoreSet, ResponseInput, ScoreSet } from "./types";

export interface ScoreAssessmentInput {
  framework: FrameworkDef;
  /** Modules included in the assessment (optional modules may be left out). */
  modules: readonly ModuleKey[];
  responses: readonly ResponseInput[];
}

export interface ScoreAssessmentOptions {
  /** Bootstrap settings, or false to skip the intervals (e.g. for a live progress view). */
  bootstrap?: BootstrapOptions | false;
  /**
   * Overall and module bands by the stratified bootstrap-t (docs/SCORING.md §11.5), meant to replace
   * the percentile bootstrap's overall and module bands (then pass `bootstrap: false`). Off by default.
   */
  compositeBands?: StratifiedBootstrapOptions | false;
  /** Student-t bands for each factor's mean (docs/SCORING.md §8); off by default. */
  factorIntervals?: FactorIntervalOptions | false;
  /** Issue 14's measurement-quality statistics from the same answers (docs/SCORING.md §11); off by default. */
  statistics?: InstrumentStatisticsOptions | false;
}

export interface AssessmentScores {
  frameworkVersion: string;
  modules: ModuleKey[];
  /** All respondents together. */
  overall: ScoreSet;
  /** One entry per group that has respondents, sorted by group name. */
  groups: GroupScoreSet[];
  reliability: FactorReliability[];
  /** Bootstrap intervals on all respondents; null when disabled. */
  intervals: IntervalSet | null;
  /** Stratified bootstrap-t bands for the overall index and each module; null unless asked for. */
  bands: CompositeIntervals | null;
  /** Student-t bands per factor key (null where withheld); null unless asked for. */
  factorIntervals: Record<string, Interval | null> | null;
  /** Item analysis, r*wg(J), HTMT and the group comparison; null unless asked for. */
  statistics: InstrumentStatistics | null;
}

export function scoreAssessment(input: ScoreAssessmentInput, options: ScoreAssessmentOptions = {}): AssessmentScores {
  const plan = buildPlan(input.framework, input.modules);
  const prep = prepareResponses(plan, input.responses);
  const all = prep.respondents.map((_, i) => i);

  const byGroup = new Map<string, number[]>();
  prep.respondents.forEach((r, i) => {
    const list = byGroup.get(r.group);
    if (list === undefined) byGroup.set(r.group, [i]);
    else list.push(i);
  });
  const groupNames = [...byGroup.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  return {
    frameworkVersion: plan.frameworkVersion,
    modules: plan.modules.map((m) => m.key),
    overall: computeScoreSet(prep, all),
    groups: groupNames.map((group) => ({ group, ...computeScoreSet(prep, byGroup.get(group) ?? []) })),
    reliability: computeReliability(prep),
    intervals: options.bootstrap === false ? null : bootstrapIntervals(prep, options.bootstrap ?? {}),
    bands:
      options.compositeBands === undefined || options.compositeBands === false ? null : compositeIntervals(prep, options.compositeBands),
    factorIntervals:
      options.factorIntervals === undefined || options.factorIntervals === false
        ? null
        : factorMeanIntervals(prep, options.factorIntervals),
    statistics:
      options.statistics === undefined || options.statistics === false ? null : computeInstrumentStatistics(prep, options.statistics),
  };
}
