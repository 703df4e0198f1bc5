// Combining several experts' SSIMs into one. Each letter is split into its two directed
// claims (i→j: V or X; j→i: A or X) and each direction is voted on separately, so e.g.
// {V, A, X} yields X (both directions have 2 of 3 votes) rather than a plurality letter.

import { fleissKappa } from "./agreement";
import { letterFor, parseSsim } from "./ssim";
import { IsmInputError, SSIM_LETTERS, type SsimLetter } from "./types";

export type AggregationRule =
  /** A direction is kept when strictly more than half the experts assert it; a tie drops it. */
  | { kind: "majority" }
  /** A direction is kept when the share of experts asserting it is ≥ threshold (0 < t ≤ 1). */
  | { kind: "threshold"; threshold: number };

export interface CellAgreement {
  /** 0-based factor indices, i < j. */
  i: number;
  j: number;
  letter: SsimLetter;
  votes: Record<SsimLetter, number>;
  /** Share of experts asserting i→j, and j→i. */
  forwardShare: number;
  backwardShare: number;
  /** Share of experts whose letter equals the aggregated letter. */
  agreement: number;
}

export interface AggregatedSsim {
  factors: string[];
  /** Upper-triangle rows, same format as the input (n rows, the last empty). */
  ssim: string[];
  rule: AggregationRule;
  expertCount: number;
  cells: CellAgreement[];
  /** Mean of the per-cell agreement (1 when there are no cells). */
  meanAgreement: number;
  /** Fleiss' kappa over the four letters; null when undefined (see fleissKappa). */
  fleissKappa: number | null;
}

function keeps(rule: AggregationRule, count: number, experts: number): boolean {
  if (rule.kind === "majority") return count * 2 > experts;
  return count / experts >= rule.threshold - 1e-12;
}

export function aggregateSsims(
  factors: readonly string[],
  expertSsims: readonly (readonly string[])[],
  rule: AggregationRule = { kind: "majority" },
): AggregatedSsim {
  const m = expertSsims.length;
  if (m === 0) throw new IsmInputError("bad-option", "At least one expert SSIM is needed.");
  if (rule.kind === "threshold" && !(rule.threshold > 0 && rule.threshold <= 1)) {
    throw new IsmInputError("bad-option", `Threshold ${rule.threshold} is not in (0, 1].`);
  }
  const grids = expertSsims.map((rows, e) => {
    try {
      return parseSsim(factors, rows);
    } catch (err) {
      if (err instanceof IsmInputError) {
        throw new IsmInputError(err.code, `Expert ${e + 1}: ${err.message}`, {
          ...(err.row !== undefined ? { row: err.row } : {}),
          ...(err.column !== undefined ? { column: err.column } : {}),
        });
      }
      throw err;
    }
  });
  const n = factors.length;
  const cells: CellAgreement[] = [];
  const ssim: string[] = [];
  for (let i = 0; i < n; i++) {
    let row = "";
    for (let j = i + 1; j < n; j++) {
      const votes: Record<SsimLetter, number> = { V: 0, A: 0, X: 0, O: 0 };
      for (const grid of grids) {
        const letter = grid[i]?.[j - i - 1];
        if (letter) votes[letter]++;
      }
      const forward = votes.V + votes.X;
      const backward = votes.A + votes.X;
      const letter = letterFor(keeps(rule, forward, m), keeps(rule, backward, m));
      cells.push({ i, j, letter, votes, forwardShare: forward / m, backwardShare: backward / m, agreement: votes[letter] / m });
      row += letter;
    }
    ssim.push(row);
  }
  const meanAgreement = cells.length === 0 ? 1 : cells.reduce((s, c) => s + c.agreement, 0) / cells.length;
  const kappa = fleissKappa(cells.map((c) => SSIM_LETTERS.map((l) => c.votes[l])));
  return { factors: [...factors], ssim, rule, expertCount: m, cells, meanAgreement, fleissKappa: kappa };
}
