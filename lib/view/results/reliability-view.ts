// Reliability flags in plain words.

import {
  AGREEMENT_THRESHOLD,
  ALPHA_THRESHOLD,
  LOW_COVERAGE_THRESHOLD,
  MIN_RELIABILITY_RESPONDENTS,
  type FactorReliability,
  type ReliabilityFlag,
} from "../../domain/scoring";
import type { FactorResult, ReliabilityRow } from "./types";

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const FLAG_LABELS: Record<ReliabilityFlag, string> = {
  "too-few-respondents": "Too few respondents",
  unreliable: "Unreliable",
  "low-agreement": "Low agreement",
  "low-coverage": "Low coverage",
  "single-item": "Single statement",
};

export const FLAG_EXPLANATIONS: Record<ReliabilityFlag, string> = {
  "too-few-respondents": `Fewer than ${MIN_RELIABILITY_RESPONDENTS} people answered every statement of this factor, so its reliability cannot be judged yet.`,
  unreliable: `The statements of this factor do not hang together well (Cronbach's alpha below ${ALPHA_THRESHOLD.toFixed(2)}); read the score with care.`,
  "low-agreement": `Respondents disagree a lot (agreement rwg below ${AGREEMENT_THRESHOLD.toFixed(2)}); the average may hide quite different views.`,
  "low-coverage": `Fewer than ${pct(LOW_COVERAGE_THRESHOLD)} of the possible answers were given (the rest were skipped or "don't know").`,
  "single-item": "Measured by a single statement, so internal consistency cannot be computed.",
};

export function reliabilityRows(reliability: readonly FactorReliability[], factors: readonly FactorResult[]): ReliabilityRow[] {
  const byKey = new Map(factors.map((f) => [f.key, f]));
  return reliability.map((r) => {
    const f = byKey.get(r.factorKey);
    return {
      factorKey: r.factorKey,
      name: f?.name ?? r.factorKey,
      moduleKey: f?.moduleKey ?? "ecrm",
      n: r.n,
      respondents: r.respondents,
      alpha: r.alpha,
      rwgJ: r.rwgJ,
      answeredShare: r.answeredShare,
      flags: [...r.flags],
      explanations: r.flags.map((fl) => FLAG_EXPLANATIONS[fl]),
    };
  });
}
