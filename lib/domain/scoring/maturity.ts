// Mapping of 1–5 scores to the 0–100 index and to the five maturity levels.

import type { MaturityLevel } from "../instrument/types";

/**
 * Lower bounds of levels 2..5 on the 1–5 scale: equal-width bands of 0.8 (the 4-point range split in
 * five). score < 1.8 → 1 Initial; < 2.6 → 2 Developing; < 3.4 → 3 Defined; < 4.2 → 4 Managed; else 5.
 * Equal widths keep the mapping neutral: no level is easier to reach than another.
 */
export const MATURITY_THRESHOLDS = [1.8, 2.6, 3.4, 4.2] as const;

/**
 * Scores are means of means, so a value meant to sit exactly on a threshold can arrive as
 * 2.5999999999999996; anything within this tolerance of a threshold counts as on it.
 */
export const THRESHOLD_TOLERANCE = 1e-9;

/** Maturity level of a 1–5 score. */
export function levelForScore(score: number): MaturityLevel {
  let level = 1;
  for (const t of MATURITY_THRESHOLDS) if (score >= t - THRESHOLD_TOLERANCE) level++;
  return level as MaturityLevel;
}

/** 0–100 index of a 1–5 score: (x − 1)/4 · 100. */
export function toPercent(score: number): number {
  return ((score - 1) / 4) * 100;
}

export interface ScoreValue {
  /** Mean on the 1–5 scale; null when nothing was answered. */
  mean: number | null;
  /** Same on 0–100. */
  percent: number | null;
  level: MaturityLevel | null;
}

/** Bundle a possibly-missing mean (NaN or null = missing) into its three presentations. */
export function scoreValue(mean: number | null): ScoreValue {
  if (mean === null || !Number.isFinite(mean)) return { mean: null, percent: null, level: null };
  return { mean, percent: toPercent(mean), level: levelForScore(mean) };
}
