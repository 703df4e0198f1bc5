// Change between two independent samples — two rounds of one bank's assessment — with an interval that
// tells real change from noise: the bootstrap-t for a difference of two stratified means, each round
// resampled within its own respondent groups (Efron & Tibshirani 1993, "An Introduction to the
// Bootstrap", §12.5 and ch. 16; Davison & Hinkley 1997, "Bootstrap Methods and their Application",
// §3.3 and §5.2):
//   Δ̂ = m_after − m_before,  se² = se²_after + se²_before  (independent samples; each se stratified as
//   in ./stratified-bootstrap),  t* = (Δ* − Δ̂)/se*,  interval = [Δ̂ − t*₍₁₋ₐ/₂₎·se, Δ̂ − t*₍ₐ/₂₎·se].
// The same small-group pooling and minimum n as the one-sample bands apply to each round. With
// `centres`, the interval is placed around a given estimate (the difference of the reported scores,
// so the page never shows a change that is not current − previous) using the same pivot and se.
// Deterministic for a given seed (mulberry32).

import { mulberry32 } from "./prng";
import {
  buildStrata,
  resolveBootstrapOptions,
  tQuantile,
  type IntervalWithheldReason,
  type StratifiedBootstrapOptions,
} from "./stratified-bootstrap";

/** A difference of two means of 1–5 answers cannot leave [−4, 4]. */
export const LIKERT_DIFFERENCE_RANGE: readonly [number, number] = [-4, 4];

export interface RoundSample {
  /** columns[c][i] = respondent i's value of measure c (NaN = none). */
  columns: readonly Float64Array[];
  groups: readonly string[];
}

export type DifferenceInterval =
  | {
      status: "ok";
      method: "two-sample-stratified-bootstrap-t";
      estimate: number;
      lower: number;
      upper: number;
      se: number;
      level: number;
      samples: number;
      validSamples: number;
      seed: number;
      nBefore: number;
      nAfter: number;
    }
  | { status: "withheld"; reason: IntervalWithheldReason; nBefore: number; nAfter: number; minimum: number };

export interface DifferenceOptions extends StratifiedBootstrapOptions {
  /** Per column, the estimate to place the interval around (null or absent: the bootstrap's own Δ̂). */
  centres?: readonly (number | null)[];
}

interface PreparedSample {
  members: Int32Array[];
  weights: Float64Array;
  columns: readonly Float64Array[];
}

function prepare(sample: RoundSample, q: number): PreparedSample {
  const n = sample.groups.length;
  if (sample.columns.length !== q) throw new RangeError(`both rounds need the same ${q} measures`);
  for (const c of sample.columns) if (c.length !== n) throw new RangeError(`a column has ${c.length} values for ${n} respondents`);
  const anyPresent = (i: number) => sample.columns.some((c) => (c[i] as number) === (c[i] as number));
  const strata = buildStrata(anyPresent, sample.groups);
  return { members: strata.members.map((rows) => Int32Array.from(rows)), weights: new Float64Array(n).fill(1), columns: sample.columns };
}

/** Stratified mean and standard error of column c under the sample's current weights; null without data. */
function moments(s: PreparedSample, c: number): { mean: number; se: number; count: number } | null {
  const col = s.columns[c] as Float64Array;
  let W = 0;
  let S = 0;
  let V = 0;
  for (const rows of s.members) {
    let w = 0;
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k] as number;
      const wr = s.weights[r] as number;
      const v = col[r] as number;
      if (wr === 0 || v !== v) continue;
      w += wr;
      s1 += wr * v;
      s2 += wr * v * v;
    }
    W += w;
    S += s1;
    if (w >= 2) V += (Math.max(0, s2 - (s1 * s1) / w) / (w - 1)) * w;
  }
  return W === 0 ? null : { mean: S / W, se: Math.sqrt(V) / W, count: W };
}

function redraw(s: PreparedSample, rng: () => number): void {
  for (const rows of s.members) {
    const m = rows.length;
    for (let k = 0; k < m; k++) s.weights[rows[k] as number] = 0;
    for (let k = 0; k < m; k++) {
      const r = rows[Math.floor(rng() * m)] as number;
      s.weights[r] = (s.weights[r] as number) + 1;
    }
  }
}

/** Intervals for after − before of every measure (column), sharing the resamples across measures. */
export function stratifiedDifferenceIntervals(
  before: RoundSample,
  after: RoundSample,
  options: DifferenceOptions = {},
): DifferenceInterval[] {
  const { samples, seed, level, minimum, range } = resolveBootstrapOptions(options, LIKERT_DIFFERENCE_RANGE);
  const q = before.columns.length;
  const a = prepare(before, q);
  const b = prepare(after, q);

  const full = Array.from({ length: q }, (_, c) => {
    const ma = moments(a, c);
    const mb = moments(b, c);
    return ma && mb
      ? { delta: mb.mean - ma.mean, se: Math.sqrt(ma.se * ma.se + mb.se * mb.se), nBefore: ma.count, nAfter: mb.count }
      : null;
  });
  const counts = (c: number) => ({ nBefore: moments(a, c)?.count ?? 0, nAfter: moments(b, c)?.count ?? 0 });
  const tReps = full.map(() => new Float64Array(samples));
  const rng = mulberry32(seed);
  for (let r = 0; r < samples; r++) {
    redraw(a, rng);
    redraw(b, rng);
    for (let c = 0; c < q; c++) {
      const ref = full[c];
      if (!ref) continue;
      const ma = moments(a, c);
      const mb = moments(b, c);
      const reps = tReps[c] as Float64Array;
      if (!ma || !mb) {
        reps[r] = NaN;
        continue;
      }
      const d = mb.mean - ma.mean - ref.delta;
      const se = Math.sqrt(ma.se * ma.se + mb.se * mb.se);
      reps[r] = se > 0 ? d / se : Math.abs(d) < 1e-12 ? 0 : d > 0 ? Infinity : -Infinity;
    }
  }

  return full.map((ref, c): DifferenceInterval => {
    if (!ref) return { status: "withheld", reason: "too-few-respondents", ...counts(c), minimum };
    const n = { nBefore: ref.nBefore, nAfter: ref.nAfter };
    if (ref.nBefore < minimum || ref.nAfter < minimum) return { status: "withheld", reason: "too-few-respondents", ...n, minimum };
    if (!(ref.se > 0)) return { status: "withheld", reason: "no-variation", ...n, minimum };
    const all = tReps[c] as Float64Array;
    let valid = 0;
    for (let r = 0; r < samples; r++) if (!Number.isNaN(all[r] as number)) all[valid++] = all[r] as number;
    if (valid < 2) return { status: "withheld", reason: "no-variation", ...n, minimum };
    const reps = all.subarray(0, valid).sort();
    const alpha = 1 - level;
    const centre = options.centres?.[c] ?? ref.delta;
    let lower = centre - tQuantile(reps, 1 - alpha / 2) * ref.se;
    let upper = centre - tQuantile(reps, alpha / 2) * ref.se;
    if (range !== null) {
      lower = Math.max(range[0], Math.min(range[1], lower));
      upper = Math.max(range[0], Math.min(range[1], upper));
    }
    return {
      status: "ok",
      method: "two-sample-stratified-bootstrap-t",
      estimate: centre,
      lower,
      upper,
      se: ref.se,
      level,
      samples,
      validSamples: valid,
      seed,
      ...n,
    };
  });
}
