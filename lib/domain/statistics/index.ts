// Public API of the pure statistics helpers (no framework imports; see docs/SCORING.md).
export { mean, sampleVariance, sampleSd, quantile, quantileSorted, median } from "./descriptive";
export { cronbachAlpha, alphaIfItemDeleted, alphaWithItemDeletion, alphaWithItemDeletionFlat } from "./reliability";
export type { AlphaResult, AlphaWithDeletion, RatingMatrix } from "./reliability";
export { rwg, rwgJ, uniformNullVariance } from "./agreement";
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
