// Two-group metric (weak) invariance of a simple-structure CFA: configural against equal loadings.
import { fitCfa, type CfaGroupInput, type CfaResult } from "./cfa";
import { mlCovariance } from "./matrix";
import { completeRows } from "./ml-discrepancy";
import { chiSquareSurvival } from "./special";

export interface MetricInvarianceResult {
  configural: CfaResult;
  metric: CfaResult;
  /** χ²(metric) − χ²(configural), its df and upper-tail p (likelihood-ratio test of equal loadings). */
  chisqDiff: number;
  dfDiff: number;
  pValue: number;
  /** ΔCFI = CFI(metric) − CFI(configural); Cheung & Rensvold (2002) read ΔCFI ≥ −0.01 as invariant. */
  cfiDiff: number | null;
  /** p ≥ 0.05 and ΔCFI ≥ −0.01 (or CFI undefined). */
  invariant: boolean;
}

/**
 * Two-group metric (weak) invariance (Meredith 1993; Vandenberg & Lance 2000): configural model (same
 * pattern, all parameters free per group) against equal loadings (factor variances free in the second
 * group), compared by the chi-square difference test, and ΔCFI (Cheung & Rensvold 2002, SEM 9(2),
 * 233–255). Matches lavaan `cfa(..., group = "g", std.lv = TRUE)` without and with
 * `group.equal = "loadings"` (no mean structure: intercepts are not compared — that is scalar invariance).
 */
export function metricInvariance(
  groupA: readonly (readonly (number | null)[])[],
  groupB: readonly (readonly (number | null)[])[],
  factorOf?: readonly number[],
): MetricInvarianceResult {
  const a = mlCovariance(completeRows(groupA));
  const b = mlCovariance(completeRows(groupB));
  return metricInvarianceFromCovariances({ cov: a.cov, n: a.n }, { cov: b.cov, n: b.n }, a.p, factorOf);
}

/** The same test from two N-divisor covariance matrices (for pooled moments that never hold the rows). */
export function metricInvarianceFromCovariances(
  a: CfaGroupInput,
  b: CfaGroupInput,
  p: number,
  factorOf?: readonly number[],
): MetricInvarianceResult {
  const pattern = factorOf ?? new Array<number>(p).fill(0);
  const groups = [a, b];
  const configural = fitCfa({ p, factorOf: pattern, groups });
  const metric = fitCfa({ p, factorOf: pattern, groups, equalLoadings: true });
  const chisqDiff = metric.chisq - configural.chisq;
  const dfDiff = metric.df - configural.df;
  const pValue = chiSquareSurvival(Math.max(0, chisqDiff), dfDiff);
  const cfiDiff = metric.cfi !== null && configural.cfi !== null ? metric.cfi - configural.cfi : null;
  return { configural, metric, chisqDiff, dfDiff, pValue, cfiDiff, invariant: pValue >= 0.05 && (cfiDiff === null || cfiDiff >= -0.01) };
}
