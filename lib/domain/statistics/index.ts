// Public API of the pure statistics helpers (no framework imports; see docs/SCORING.md).
export { mean, sampleVariance, sampleSd, quantile, quantileSorted, median } from "./descriptive";
export { cronbachAlpha, alphaIfItemDeleted, alphaWithItemDeletion, alphaWithItemDeletionFlat } from "./reliability";
export type { AlphaResult, AlphaWithDeletion, RatingMatrix } from "./reliability";
export { rwg, rwgJ, rwgJStar, uniformNullVariance } from "./agreement";
export { mulberry32, randomInt, resampleIndices } from "./prng";
export type { Rng } from "./prng";
export {
  percentileBootstrap,
  percentileInterval,
  DEFAULT_BOOTSTRAP_SAMPLES,
  DEFAULT_BOOTSTRAP_SEED,
  DEFAULT_CONFIDENCE_LEVEL,
} from "./bootstrap";
export type { BootstrapOptions, BootstrapInterval } from "./bootstrap";
export {
  lnGamma,
  lnBeta,
  incompleteBeta,
  incompleteBetaInverse,
  incompleteGammaP,
  incompleteGammaQ,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTTwoSidedP,
  studentTQuantile,
  fCdf,
  fQuantile,
  chiSquareCdf,
  chiSquareSurvival,
} from "./special";
export { pairwiseMoments, pairwiseCovariance, pairwiseCorrelation, covarianceToCorrelation, mlCovariance } from "./matrix";
export type { PairwiseCovariance } from "./matrix";
export {
  itemAnalysis,
  itemAnalysisFlat,
  feldtInterval,
  oneFactorLoadings,
  ITEM_TOTAL_THRESHOLD,
  AVE_THRESHOLD,
  CR_THRESHOLD,
} from "./item-analysis";
export type {
  FactorItemAnalysis,
  ItemRow,
  ItemFlag,
  FactorItemFlag,
  ConfidenceInterval,
  OneFactorLoadings,
  ItemAnalysisOptions,
} from "./item-analysis";
export { htmt, htmtFromCorrelation, fornellLarcker, HTMT_THRESHOLD } from "./validity";
export type { HtmtResult, HtmtPair, FornellLarckerResult, FornellLarckerPair } from "./validity";
export { icc } from "./multilevel";
export type { IccResult } from "./multilevel";
export {
  stratifiedMeanInterval,
  stratifiedMeanIntervals,
  MIN_INTERVAL_RESPONDENTS,
  MIN_STRATUM,
  LIKERT_RANGE,
} from "./stratified-bootstrap";
export type { StratifiedInterval, StratifiedBootstrapOptions, IntervalWithheldReason } from "./stratified-bootstrap";
export { welchTTest, hedgesG, benjaminiHochberg, compareGroups, FDR_LEVEL } from "./group-tests";
export type { WelchResult, HedgesG, FactorComparison, FactorComparisonInput } from "./group-tests";
export {
  rawAgreement,
  gwetAc1,
  krippendorffAlphaNominal,
  ssimLetterAgreement,
  ssimPanelAgreement,
  leaveOneExpertOut,
  aggregatedLevels,
} from "./panel-agreement";
export type { NominalUnit, Ac1Result, AgreementFigures, SsimPanelAgreement, LeaveOneOutStability, LevelsOf } from "./panel-agreement";
export { fitCfa, cfaFromData } from "./cfa";
export { metricInvariance, metricInvarianceFromCovariances } from "./cfa-invariance";
export { oneFactorMl } from "./one-factor-ml";
export type { CfaSpec, CfaGroupInput, CfaResult, CfaGroupEstimates } from "./cfa";
export type { MetricInvarianceResult } from "./cfa-invariance";
export type { OneFactorMlFit } from "./one-factor-ml";
export {
  contentValidity,
  itemContentValidity,
  chanceAgreement,
  kappaReading,
  I_CVI_THRESHOLD,
  S_CVI_AVE_THRESHOLD,
  LYNN_SMALL_PANEL,
} from "./content-validity";
export type { RelevanceRating, ItemRatings, ItemContentValidity, ContentValidity, KappaReading } from "./content-validity";
