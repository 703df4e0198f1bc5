// Perception gap between two respondent groups (e.g. managers vs employees) per factor. A large gap
// says the two groups see the bank differently, which is itself a finding (seed 000 surveyed both).

import { ScoringInputError } from "./errors";
import type { GroupScoreSet } from "./types";
import { MIN_RELIABILITY_RESPONDENTS } from "./reliability";

export interface FactorGap {
  factorKey: string;
  name: string;
  scoreA: number | null;
  scoreB: number | null;
  /** scoreA − scoreB on the 1–5 scale; null when either side has no score. */
  gap: number | null;
  absGap: number | null;
  /** Either group has fewer than MIN_RELIABILITY_RESPONDENTS respondents on this factor. */
  fewRespondents: boolean;
}

export interface PerceptionGap {
  groupA: string;
  groupB: string;
  /** All factors, largest |gap| first; ties by factor key; factors without a gap last (by key). */
  factors: FactorGap[];
  /** The first `top` entries of `factors` that have a gap. */
  largest: FactorGap[];
}

export const DEFAULT_GAP_TOP = 5;

export function perceptionGap(groups: readonly GroupScoreSet[], groupA: string, groupB: string, top = DEFAULT_GAP_TOP): PerceptionGap {
  const a = groups.find((g) => g.group === groupA);
  const b = groups.find((g) => g.group === groupB);
  if (a === undefined || b === undefined) {
    const missing = a === undefined ? groupA : groupB;
    throw new ScoringInputError("unknown-group", `No respondents in group "${missing}".`, { group: missing });
  }
  const factors: FactorGap[] = a.factors.map((fa) => {
    const fb = b.factors.find((x) => x.key === fa.key);
    const scoreB = fb?.mean ?? null;
    const gap = fa.mean !== null && scoreB !== null ? fa.mean - scoreB : null;
    return {
      factorKey: fa.key,
      name: fa.name,
      scoreA: fa.mean,
      scoreB,
      gap,
      absGap: gap === null ? null : Math.abs(gap),
      fewRespondents: fa.respondents < MIN_RELIABILITY_RESPONDENTS || (fb?.respondents ?? 0) < MIN_RELIABILITY_RESPONDENTS,
    };
  });
  factors.sort((x, y) => {
    if (x.absGap !== null && y.absGap !== null && x.absGap !== y.absGap) return y.absGap - x.absGap;
    if ((x.absGap === null) !== (y.absGap === null)) return x.absGap === null ? 1 : -1;
    return x.factorKey < y.factorKey ? -1 : x.factorKey > y.factorKey ? 1 : 0;
  });
  return { groupA, groupB, factors, largest: factors.filter((f) => f.gap !== null).slice(0, top) };
}
