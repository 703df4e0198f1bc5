// Bootstrap intervals for every factor, module and the overall index, resampling RESPONDENTS (the
// unit that was sampled) with replacement. Built for speed: respondent factor scores are computed once
// (PreparedResponses.factorScores); each replicate only draws n indices and re-averages columns, then
// runs the same aggregation as the point estimate. 500 respondents × 41 factors × 1000 replicates is
// ~2·10⁷ additions on typed arrays.

import { mulberry32 } from "../statistics/prng";
import {
  DEFAULT_BOOTSTRAP_SAMPLES,
  DEFAULT_BOOTSTRAP_SEED,
  DEFAULT_CONFIDENCE_LEVEL,
  percentileInterval,
  type BootstrapOptions,
} from "../statistics/bootstrap";
import { aggregate, createAggregateBuffers } from "./aggregate";
import { ScoringInputError } from "./errors";
import type { PreparedResponses } from "./prepare";

export interface Interval {
  lower: number;
  upper: number;
  /** Replicates in which the quantity was defined (a factor can be missing from a resample). */
  validSamples: number;
}

export interface IntervalSet {
  samples: number;
  seed: number;
  level: number;
  /** Keyed by factor key; null when no replicate had a value. */
  factors: Record<string, Interval | null>;
  modules: Record<string, Interval | null>;
  overall: Interval | null;
}

function intervalOf(values: Float64Array, level: number): Interval | null {
  // Drop NaN replicates, then percentile bounds.
  let valid = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v === v) values[valid++] = v;
  }
  const b = percentileInterval(values.subarray(0, valid), level);
  return b === null ? null : { ...b, validSamples: valid };
}

export function bootstrapIntervals(prep: PreparedResponses, options: BootstrapOptions = {}): IntervalSet {
  const samples = options.samples ?? DEFAULT_BOOTSTRAP_SAMPLES;
  const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const level = options.level ?? DEFAULT_CONFIDENCE_LEVEL;
  if (!Number.isInteger(samples) || samples < 1)
    throw new ScoringInputError("invalid-option", "Bootstrap samples must be a positive integer.", { samples });
  if (!(level > 0 && level < 1)) throw new ScoringInputError("invalid-option", "Confidence level must be in (0, 1).", { level });

  const { plan, factorScores } = prep;
  const n = prep.respondents.length;
  const nF = plan.factors.length;
  const nM = plan.modules.length;

  // Split NaN-marked scores into value (0 when missing) and presence (0/1) so the hot loop is branch-free.
  // Factors that every respondent answered need no presence count at all (count = n): most factors.
  const values = new Float64Array(n * nF);
  const present = new Float64Array(n * nF);
  const hasGaps = new Uint8Array(nF);
  for (let i = 0; i < n * nF; i++) {
    const v = factorScores[i] as number;
    if (v === v) {
      values[i] = v;
      present[i] = 1;
    } else hasGaps[i % nF] = 1;
  }
  const gappy = Array.from(hasGaps.keys()).filter((f) => hasGaps[f] === 1);

  const factorReps = new Float64Array(nF * samples).fill(NaN);
  const moduleReps = new Float64Array(nM * samples).fill(NaN);
  const overallReps = new Float64Array(samples).fill(NaN);
  const means = new Float64Array(nF);
  // A resample as multinomial weights: how often each respondent was drawn. About 37% of respondents
  // are not drawn at all (e⁻¹); the drawn ones go in a compact list of (row offset, weight).
  const weights = new Uint32Array(n);
  const rowOffset = new Int32Array(n);
  const rowWeight = new Float64Array(n);
  const buf = createAggregateBuffers(plan);
  const rng = mulberry32(seed);
  const blockEnd = nF - (nF % 4);

  for (let b = 0; b < samples && n > 0; b++) {
    weights.fill(0);
    for (let k = 0; k < n; k++) {
      const r = Math.floor(rng() * n);
      weights[r] = (weights[r] as number) + 1;
    }
    let drawn = 0;
    for (let r = 0; r < n; r++) {
      const w = weights[r] as number;
      if (w === 0) continue;
      rowOffset[drawn] = r * nF;
      rowWeight[drawn] = w;
      drawn++;
    }
    // Four factors at a time with the running sums in locals (registers): ~2× faster than
    // accumulating into an array, which is what keeps 1,000 replicates within budget.
    let f = 0;
    for (; f < blockEnd; f += 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < drawn; j++) {
        const o = (rowOffset[j] as number) + f;
        const w = rowWeight[j] as number;
        s0 += w * (values[o] as number);
        s1 += w * (values[o + 1] as number);
        s2 += w * (values[o + 2] as number);
        s3 += w * (values[o + 3] as number);
      }
      means[f] = s0 / n;
      means[f + 1] = s1 / n;
      means[f + 2] = s2 / n;
      means[f + 3] = s3 / n;
    }
    for (; f < nF; f++) {
      let s0 = 0;
      for (let j = 0; j < drawn; j++) s0 += (rowWeight[j] as number) * (values[(rowOffset[j] as number) + f] as number);
      means[f] = s0 / n;
    }
    // Factors some respondents did not answer: divide by the weighted count of those who did.
    for (const g of gappy) {
      let count = 0;
      for (let j = 0; j < drawn; j++) count += (rowWeight[j] as number) * (present[(rowOffset[j] as number) + g] as number);
      means[g] = count > 0 ? ((means[g] as number) * n) / count : NaN;
    }
    for (let k = 0; k < nF; k++) factorReps[k * samples + b] = means[k] as number;
    overallReps[b] = aggregate(plan, means, buf);
    for (let m = 0; m < nM; m++) moduleReps[m * samples + b] = buf.modules[m] as number;
  }

  const factors: Record<string, Interval | null> = {};
  plan.factors.forEach((f, fi) => {
    factors[f.key] = intervalOf(factorReps.subarray(fi * samples, (fi + 1) * samples), level);
  });
  const modules: Record<string, Interval | null> = {};
  plan.modules.forEach((m, mi) => {
    modules[m.key] = intervalOf(moduleReps.subarray(mi * samples, (mi + 1) * samples), level);
  });
  return { samples, seed, level, factors, modules, overall: intervalOf(overallReps, level) };
}
