// Public API of the scoring engine (pure; see docs/SCORING.md).
export { scoreAssessment } from "./score-assessment";
export type { ScoreAssessmentInput, ScoreAssessmentOptions, AssessmentScores } from "./score-assessment";
export type { ResponseInput, Coverage, FactorScore, CategoryScore, ModuleScore, ScoreSet, GroupScoreSet } from "./types";
export { MATURITY_THRESHOLDS, THRESHOLD_TOLERANCE, levelForScore, toPercent, scoreValue } from "./maturity";
export type { ScoreValue } from "./maturity";
export { ScoringInputError, isScoringInputError } from "./errors";
export type { ScoringErrorCode } from "./errors";
export { perceptionGap, DEFAULT_GAP_TOP } from "./perception-gap";
export type { PerceptionGap, FactorGap } from "./perception-gap";
export {
  computeReliability,
  ALPHA_THRESHOLD,
  MIN_RELIABILITY_RESPONDENTS,
  LOW_COVERAGE_THRESHOLD,
  AGREEMENT_THRESHOLD,
  LIKERT_OPTIONS,
} from "./reliability";
export type { FactorReliability, ItemStatistics, ReliabilityFlag } from "./reliability";
export { bootstrapIntervals } from "./bootstrap-ci";
export type { Interval, IntervalSet } from "./bootstrap-ci";
// Lower-level building blocks, for callers that score many subsets of one assessment.
export { buildPlan } from "./plan";
export type { ScoringPlan } from "./plan";
export { prepareResponses } from "./prepare";
export type { PreparedResponses } from "./prepare";
export { computeScoreSet } from "./score-set";
export { computeInstrumentStatistics } from "./instrument-statistics";
export type {
  InstrumentStatistics,
  InstrumentStatisticsOptions,
  FactorInstrumentStatistics,
  ModuleValidity,
} from "./instrument-statistics";
