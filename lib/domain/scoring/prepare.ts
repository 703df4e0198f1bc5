// Validates responses against the plan and lays them out as respondent × item and respondent × factor
// typed arrays. NaN marks "no value" INSIDE these arrays only; every public result converts it to null.

import { ScoringInputError } from "./errors";
import type { PlanFactor, ScoringPlan } from "./plan";
import type { ResponseInput } from "./types";

export const STATUS_ANSWERED = 0;
export const STATUS_DONT_KNOW = 1;
export const STATUS_SKIPPED = 2;

export interface PreparedResponses {
  plan: ScoringPlan;
  /** Sorted by respondentId so every result (the bootstrap included) is independent of input order. */
  respondents: { id: string; group: string }[];
  /** Scored answers (reverse items already 6 − x), row-major respondents × items; NaN = none. */
  scored: Float64Array;
  /** STATUS_* per respondent × item. */
  status: Uint8Array;
  /** Respondent factor scores: mean of the respondent's scored answers on the factor; NaN = none. */
  factorScores: Float64Array;
}

function isLikert(v: unknown): v is 1 | 2 | 3 | 4 | 5 {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5;
}

export function prepareResponses(plan: ScoringPlan, responses: readonly ResponseInput[]): PreparedResponses {
  const sorted = [...responses].sort((a, b) => (a.respondentId < b.respondentId ? -1 : a.respondentId > b.respondentId ? 1 : 0));
  const nItems = plan.items.length;
  const nFactors = plan.factors.length;
  const scored = new Float64Array(sorted.length * nItems).fill(NaN);
  const status = new Uint8Array(sorted.length * nItems).fill(STATUS_SKIPPED);
  const factorScores = new Float64Array(sorted.length * nFactors);
  const respondents: { id: string; group: string }[] = [];

  sorted.forEach((r, ri) => {
    const prev = sorted[ri - 1];
    if (prev !== undefined && prev.respondentId === r.respondentId) {
      throw new ScoringInputError("duplicate-respondent", `Respondent "${r.respondentId}" appears twice.`, { respondent: r.respondentId });
    }
    if (typeof r.group !== "string" || r.group.trim() === "") {
      throw new ScoringInputError("invalid-group", `Respondent "${r.respondentId}" has no group.`, { respondent: r.respondentId });
    }
    respondents.push({ id: r.respondentId, group: r.group });
    const answers = r.answers;
    // for…in rather than Object.entries: no pair arrays, ~3× faster on 500 × 164 answers.
    for (const key in answers) {
      const value = answers[key];
      if (value === undefined) continue; // an explicit undefined is treated as an absent key (skipped)
      const ii = plan.itemIndex.get(key);
      if (ii === undefined) {
        const code = plan.excludedItemKeys.has(key) ? "item-not-included" : "unknown-item";
        const msg =
          code === "unknown-item" ? `Unknown item "${key}".` : `Item "${key}" belongs to a module not included in this assessment.`;
        throw new ScoringInputError(code, msg, { respondent: r.respondentId, item: key });
      }
      const cell = ri * nItems + ii;
      if (value === null) {
        status[cell] = STATUS_DONT_KNOW;
        continue;
      }
      if (!isLikert(value)) {
        throw new ScoringInputError("invalid-answer", `Answer to "${key}" must be 1–5 or null ("don't know"), got ${String(value)}.`, {
          respondent: r.respondentId,
          item: key,
          value: typeof value === "number" ? value : String(value),
        });
      }
      const item = plan.items[ii];
      scored[cell] = item !== undefined && item.reverse ? 6 - value : value;
      status[cell] = STATUS_ANSWERED;
    }
    for (let fi = 0; fi < nFactors; fi++) {
      const f = plan.factors[fi] as PlanFactor;
      let sum = 0;
      let n = 0;
      for (let ii = f.itemStart; ii < f.itemStart + f.itemCount; ii++) {
        const v = scored[ri * nItems + ii] as number;
        if (v === v) {
          sum += v;
          n++;
        }
      }
      factorScores[ri * nFactors + fi] = n > 0 ? sum / n : NaN;
    }
  });
  return { plan, respondents, scored, status, factorScores };
}

/** One factor's scored answers: the input of every item statistic (reliability table, item analysis, agreement). */
export interface FactorItemMatrix {
  /** Items of the factor. */
  k: number;
  /** Row-major respondents × the factor's items, scored; NaN = none (the layout of lib/domain/statistics' *Flat functions). */
  flat: Float64Array;
  /** Per item, the scored answers given, in respondent order. */
  columns: number[][];
}

/** The scored answers on factor `fi` (index into plan.factors), for every respondent. */
export function factorItemMatrix(prep: PreparedResponses, fi: number): FactorItemMatrix {
  const { plan, scored, respondents } = prep;
  const f = plan.factors[fi] as PlanFactor;
  const nItems = plan.items.length;
  const n = respondents.length;
  const k = f.itemCount;
  const flat = new Float64Array(n * k);
  const columns: number[][] = Array.from({ length: k }, () => []);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < k; j++) {
      const v = scored[r * nItems + f.itemStart + j] as number;
      flat[r * k + j] = v;
      if (v === v) columns[j]?.push(v);
    }
  }
  return { k, flat, columns };
}
