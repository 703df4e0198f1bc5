// Per-factor reliability and agreement, on all respondents pooled (reliability is a property of the
// items in this bank's sample; splitting by group would halve n for no gain). Alpha is pairwise, as
// psych::alpha's default: every covariance uses everyone who answered both items, so alpha rests on the
// same respondents as the factor score (docs/SCORING.md §6).

import { pairwiseAlphaFlat } from "../statistics/item-analysis";
import { rwg, rwgJ } from "../statistics/agreement";
import { mean, sampleSd } from "../statistics/descriptive";
import { factorItemMatrix, STATUS_DONT_KNOW, type PreparedResponses } from "./prepare";

/** Alpha below this is flagged `unreliable` (Nunnally 1978's conventional 0.70). */
export const ALPHA_THRESHOLD = 0.7;
/** Fewer respondents behind some item pair than this → `too-few-respondents`: alpha from 2–4 people is noise. */
export const MIN_RELIABILITY_RESPONDENTS = 5;
/** Answered share below this → `low-coverage`. */
export const LOW_COVERAGE_THRESHOLD = 0.6;
/** rwg(J) below this → `low-agreement` (LeBreton & Senter 2008: .70 is the usual cut-off). */
export const AGREEMENT_THRESHOLD = 0.7;
/** Likert options used in σ²_EU. */
export const LIKERT_OPTIONS = 5;

export type ReliabilityFlag = "unreliable" | "too-few-respondents" | "low-coverage" | "low-agreement" | "single-item";

export interface ItemStatistics {
  key: string;
  reverse: boolean;
  /** Respondents who answered the item. */
  n: number;
  /** Mean and SD of the SCORED answers (reverse items already 6 − x), so all items point the same way. */
  mean: number | null;
  sd: number | null;
  dontKnowShare: number | null;
  /** Single-item agreement. */
  rwg: number | null;
  /** Alpha of the factor without this item (pairwise, as `alpha`). */
  alphaIfDeleted: number | null;
}

export interface FactorReliability {
  factorKey: string;
  /** The fewest respondents behind any item pair's covariance (pairwise): the n alpha rests on at least. */
  n: number;
  /** Respondents with at least one answer on the factor. */
  respondents: number;
  alpha: number | null;
  /** Multi-item agreement rwg(J) over the factor's items. */
  rwgJ: number | null;
  answeredShare: number | null;
  items: ItemStatistics[];
  flags: ReliabilityFlag[];
}

export function computeReliability(prep: PreparedResponses): FactorReliability[] {
  const { plan, status, respondents, factorScores } = prep;
  const nItems = plan.items.length;
  const nFactors = plan.factors.length;
  const nResp = respondents.length;

  return plan.factors.map((f, fi) => {
    // The same matrix the instrument statistics analyse (factorItemMatrix), and the same alpha: this table is
    // pairwiseAlphaFlat of lib/domain/statistics/item-analysis, the cheap part of its itemAnalysisFlat.
    const { k, flat, columns } = factorItemMatrix(prep, fi);
    const dontKnow = new Array<number>(k).fill(0);
    let withAny = 0;
    for (let ri = 0; ri < nResp; ri++) {
      for (let j = 0; j < k; j++) if (status[ri * nItems + f.itemStart + j] === STATUS_DONT_KNOW) dontKnow[j] = (dontKnow[j] ?? 0) + 1;
      const fs = factorScores[ri * nFactors + fi] as number;
      if (fs === fs) withAny++;
    }
    const { alpha, ifDeleted, minPairN: n } = pairwiseAlphaFlat(flat, nResp, k);
    const agreement = rwgJ(columns, LIKERT_OPTIONS);
    const answered = columns.reduce((s, c) => s + c.length, 0);
    const expected = nResp * f.itemCount;
    const answeredShare = expected > 0 ? answered / expected : null;

    const items: ItemStatistics[] = columns.map((col, j) => {
      const item = plan.items[f.itemStart + j];
      return {
        key: item?.key ?? "",
        reverse: item?.reverse ?? false,
        n: col.length,
        mean: mean(col),
        sd: sampleSd(col),
        dontKnowShare: nResp > 0 ? (dontKnow[j] ?? 0) / nResp : null,
        rwg: rwg(col, LIKERT_OPTIONS),
        alphaIfDeleted: ifDeleted[j] ?? null,
      };
    });

    const flags: ReliabilityFlag[] = [];
    if (f.itemCount < 2) flags.push("single-item");
    if (n < MIN_RELIABILITY_RESPONDENTS) flags.push("too-few-respondents");
    if (alpha !== null && alpha < ALPHA_THRESHOLD) flags.push("unreliable");
    if (agreement !== null && agreement < AGREEMENT_THRESHOLD) flags.push("low-agreement");
    if (answeredShare === null || answeredShare < LOW_COVERAGE_THRESHOLD) flags.push("low-coverage");

    return { factorKey: f.key, n, respondents: withAny, alpha, rwgJ: agreement, answeredShare, items, flags };
  });
}
