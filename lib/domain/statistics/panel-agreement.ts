// Agreement of an ISM expert panel on the SSIM letters (V: i→j, A: j→i, X: both, O: neither).
// Fleiss' kappa (lib/domain/ism/agreement.ts) suffers the prevalence paradox: when most cells are O,
// high raw agreement yields a low or negative kappa (Feinstein & Cicchetti 1990). Reported here:
// - raw agreement: the mean over cells of the share of agreeing expert pairs;
// - Gwet's AC1 (Gwet 2008, "Computing inter-rater reliability and its variance in the presence of high
//   agreement", Br. J. Math. Stat. Psychol. 61, 29–48), whose chance term pe = Σπ_k(1 − π_k)/(q − 1)
//   shrinks when one category dominates, so it is robust to the paradox;
// - Krippendorff's alpha, nominal (Krippendorff 2011, "Computing Krippendorff's alpha-reliability",
//   Annenberg School working paper; Hayes & Krippendorff 2007): α = 1 − D_o/D_e from the coincidence
//   matrix, any number of raters, missing ratings allowed;
// - a DIRECTION-AWARE variant: each letter is two binary judgements (i→j asserted? j→i asserted?) —
//   V = (1,0), A = (0,1), X = (1,1), O = (0,0) — and the same three figures are computed over these 2×cells
//   binary units, so V against X (agreeing on i→j) earns partial credit where the letter view counts
//   total disagreement.
// Units (cells) with fewer than 2 ratings are left out of every figure (nothing to agree on).

import { aggregateSsims, type AggregationRule } from "../ism/aggregate";
import { analyseSsim } from "../ism/analyse";
import { parseSsim } from "../ism/ssim";
import { SSIM_LETTERS, type SsimLetter } from "../ism/types";

/** One unit (cell) with the raters' categories; null = no rating. */
export type NominalUnit = readonly (string | null)[];

interface UnitCounts {
  counts: Map<string, number>;
  m: number;
}

function pairable(units: readonly NominalUnit[]): UnitCounts[] {
  const out: UnitCounts[] = [];
  for (const u of units) {
    const counts = new Map<string, number>();
    let m = 0;
    for (const v of u) {
      if (v === null) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      m++;
    }
    if (m >= 2) out.push({ counts, m });
  }
  return out;
}

/** Mean over units of the share of agreeing rater pairs; null with no unit of ≥ 2 ratings. */
export function rawAgreement(units: readonly NominalUnit[]): number | null {
  const us = pairable(units);
  if (us.length === 0) return null;
  let s = 0;
  for (const { counts, m } of us) {
    let a = 0;
    for (const c of counts.values()) a += c * (c - 1);
    s += a / (m * (m - 1));
  }
  return s / us.length;
}

export interface Ac1Result {
  ac1: number | null;
  pa: number;
  pe: number;
}

/**
 * Gwet's AC1 for several raters and q categories (Gwet 2008, eqs. for multiple raters):
 * pa = mean_u Σ_k r_uk(r_uk − 1)/(r_u(r_u − 1)), π_k = mean_u r_uk/r_u, pe = Σ_k π_k(1 − π_k)/(q − 1),
 * AC1 = (pa − pe)/(1 − pe). `categories` fixes q (e.g. the four SSIM letters), even if some are unused.
 */
export function gwetAc1(units: readonly NominalUnit[], categories: readonly string[]): Ac1Result | null {
  const q = categories.length;
  if (q < 2) throw new RangeError("AC1 needs at least 2 categories");
  const us = pairable(units);
  if (us.length === 0) return null;
  const pa = rawAgreement(units) as number;
  let pe = 0;
  for (const k of categories) {
    let pi = 0;
    for (const { counts, m } of us) pi += (counts.get(k) ?? 0) / m;
    pi /= us.length;
    pe += pi * (1 - pi);
  }
  pe /= q - 1;
  return { ac1: pe < 1 ? (pa - pe) / (1 - pe) : null, pa, pe };
}

/**
 * Krippendorff's alpha for nominal data: α = 1 − (n − 1)·Σ_u (m_u² − Σ_c n_uc²)/(m_u − 1) / (n² − Σ_c n_c²),
 * n = pairable values, n_c = pairable values in category c (the coincidence-matrix form, Krippendorff
 * 2011 §C). Null when there is no variation at all (every value in one category: D_e = 0).
 */
export function krippendorffAlphaNominal(units: readonly NominalUnit[]): number | null {
  const us = pairable(units);
  let n = 0;
  let disagreement = 0;
  const totals = new Map<string, number>();
  for (const { counts, m } of us) {
    n += m;
    let sq = 0;
    for (const [c, v] of counts) {
      sq += v * v;
      totals.set(c, (totals.get(c) ?? 0) + v);
    }
    disagreement += (m * m - sq) / (m - 1);
  }
  let sqTot = 0;
  for (const v of totals.values()) sqTot += v * v;
  const expected = n * n - sqTot;
  if (n < 2 || !(expected > 0)) return null;
  return 1 - ((n - 1) * disagreement) / expected;
}

export interface AgreementFigures {
  raw: number | null;
  ac1: number | null;
  krippendorffAlpha: number | null;
}

export interface SsimPanelAgreement {
  cells: number;
  experts: number;
  /** Agreement on the letters themselves (V/A/X/O as four nominal categories). */
  letters: AgreementFigures;
  /** Agreement on the 2·cells directional judgements (i→j, j→i), binary. */
  directions: AgreementFigures;
}

const forward = (l: SsimLetter) => (l === "V" || l === "X" ? "1" : "0");
const backward = (l: SsimLetter) => (l === "A" || l === "X" ? "1" : "0");

/** Letter-level and direction-aware agreement from cells × experts letters (null = expert gave none). */
export function ssimLetterAgreement(cellLetters: readonly (readonly (SsimLetter | null)[])[]): SsimPanelAgreement {
  const letters = cellLetters as readonly NominalUnit[];
  const directional: NominalUnit[] = [
    ...cellLetters.map((u) => u.map((l) => (l === null ? null : forward(l)))),
    ...cellLetters.map((u) => u.map((l) => (l === null ? null : backward(l)))),
  ];
  return {
    cells: cellLetters.length,
    experts: Math.max(0, ...cellLetters.map((u) => u.length)),
    letters: {
      raw: rawAgreement(letters),
      ac1: gwetAc1(letters, SSIM_LETTERS)?.ac1 ?? null,
      krippendorffAlpha: krippendorffAlphaNominal(letters),
    },
    directions: {
      raw: rawAgreement(directional),
      ac1: gwetAc1(directional, ["0", "1"])?.ac1 ?? null,
      krippendorffAlpha: krippendorffAlphaNominal(directional),
    },
  };
}

/** Panel agreement straight from the experts' upper-triangle SSIM rows (validated by the ISM parser). */
export function ssimPanelAgreement(factors: readonly string[], expertSsims: readonly (readonly string[])[]): SsimPanelAgreement {
  const grids = expertSsims.map((rows) => parseSsim(factors, rows));
  const n = factors.length;
  const cells: SsimLetter[][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) cells.push(grids.map((g) => g[i]?.[j - i - 1] as SsimLetter));
  return ssimLetterAgreement(cells);
}

export interface LeaveOneOutStability {
  /** Levels with every expert (1 = top). */
  fullLevels: number[];
  /** levelsWithout[e][i]: factor i's level when expert e is left out. */
  levelsWithout: number[][];
  /** Per factor: share of the leave-one-out runs in which its level differs from the full panel's. */
  changeRate: number[];
  /** Per factor: the largest |level difference| seen. */
  maxShift: number[];
}

/** Computes each factor's ISM level from a set of expert SSIMs. */
export type LevelsOf = (factors: readonly string[], expertSsims: readonly (readonly string[])[]) => number[];

/** Default: aggregate by the given rule (majority by default), then ISM levels of the aggregate. */
export function aggregatedLevels(rule: AggregationRule = { kind: "majority" }): LevelsOf {
  return (factors, ssims) => analyseSsim(factors, aggregateSsims(factors, ssims, rule).ssim).levels;
}

/**
 * Leave-one-expert-out stability (a jackknife over experts, Quenouille 1949 / Tukey 1958 style): drop
 * each expert in turn, recompute the levels, and count per factor how often the level changes. Needs
 * at least 2 experts.
 */
export function leaveOneExpertOut(
  factors: readonly string[],
  expertSsims: readonly (readonly string[])[],
  levelsOf: LevelsOf = aggregatedLevels(),
): LeaveOneOutStability {
  const m = expertSsims.length;
  if (m < 2) throw new RangeError("leave-one-expert-out needs at least 2 experts");
  const fullLevels = levelsOf(factors, expertSsims);
  const levelsWithout = expertSsims.map((_, e) =>
    levelsOf(
      factors,
      expertSsims.filter((_, k) => k !== e),
    ),
  );
  const changeRate = fullLevels.map((l, i) => levelsWithout.filter((lv) => lv[i] !== l).length / m);
  const maxShift = fullLevels.map((l, i) => Math.max(0, ...levelsWithout.map((lv) => Math.abs((lv[i] as number) - l))));
  return { fullLevels, levelsWithout, changeRate, maxShift };
}
