// Public surface of the ISM engine. Pure: no I/O (the CLI lives beside it, not here).

export * from "./types";
export { parseSsim, ssimToMatrix, matrixToSsim, validateMatrix, letterFor } from "./ssim";
export { analyseSsim, analyseMatrix, transitiveClosure, type AnalyseOptions } from "./analyse";
export { micmacThreshold, quadrantOf } from "./micmac";
export { fleissKappa } from "./agreement";
export { aggregateSsims, type AggregationRule, type AggregatedSsim, type CellAgreement } from "./aggregate";
export {
  publishedReferenceModel,
  computedSeedModel,
  seedFactorNames,
  seedFactorKeys,
  seedSsim,
  seedPublishedLevels,
  seedPublishedTable2,
  SEED_SOURCE,
} from "./reference-model";
