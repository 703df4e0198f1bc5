// Public surface of the ISM engine. Pure: no I/O (the CLI lives beside it, not here).

export * from "./types";
export { parseSsim, ssimToMatrix, matrixToSsim, validateMatrix, letterFor } from "./ssim";
export { analyseSsim, analyseMatrix, transitiveClosure, type AnalyseOptions } from "./analyse";
export { micmacThreshold, quadrantOf } from "./micmac";
export { fleissKappa } from "./agreement";
export { aggregateSsims, type AggregationRule, type AggregatedSsim, type CellAgreement } from "./aggregate";
export { feedbackArcSet, withoutLinks, EXACT_LIMIT, type FeedbackArcSet } from "./feedback-arcs";
export { dematel, invert, DEMATEL_CITATION, type DematelResult } from "./dematel";
export {
  explainLoops,
  loopsOf,
  orderWithinComponents,
  thresholdToBreakLoop,
  WARFIELD_CITATION,
  type NamedLink,
  type WithinLoopMethod,
  type ComponentOrdering,
  type ThresholdRemedy,
  type SendBackRemedy,
  type OrderRemedy,
  type LoopRemedy,
  type LoopExplanation,
  type LoopReport,
  type LoopOptions,
} from "./loops";
export { canAdoptPanelModel, MIN_USEFUL_LEVELS, type AdoptionInput, type AdoptionDecision } from "./adoption";
export { GROUNDED_THEORY_ROLES, ROLE_KEY_TO_TERM, roleWording, type GroundedTheoryRole, type RoleWording } from "./vocabulary";
export {
  publishedReferenceModel,
  rawSsimReferenceModel,
  computedSeedModel,
  referenceLinkSplit,
  referenceAudit,
  seedFactorNames,
  seedFactorKeys,
  seedSsim,
  seedPublishedLevels,
  seedPublishedTable2,
  SEED_SOURCE,
  SEED_CITATION,
  type ReferenceLinkSplit,
  type ReferenceAudit,
  type LevelDifference,
} from "./reference-model";
