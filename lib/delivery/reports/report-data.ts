// What the executive report shows, derived from the dashboard's view model (lib/view/results) only, so the
// PDF and the dashboard can never disagree. Pure: no database, no React.
import type { AssessmentResults, FactorResult } from "../../view/results/types.ts";
import type { RoundChangeView } from "../../view/results/round-change.ts";

/** The bank's published position in the benchmark pool (lib/features/benchmark); no section without it. */
export interface ReportBenchmark {
  peerGroupLabel: string;
  /** Which round the position is for, and why (this assessment's own round, or the latest published one). */
  roundNote?: string;
  peers: number;
  overallPercentile: number | null;
  /** Overall index on 1–5: the bank's published score and the peers' quartiles (never a single peer's). */
  overall?: { own: number | null; q1: number; median: number; q3: number } | null;
}

export interface ReportInput {
  organization: { name: string; isDemo: boolean };
  assessment: { name: string; status: string; createdAt: Date; closedAt: Date | null };
  generatedAt: Date;
  results: AssessmentResults;
  submitted: number;
  benchmark?: ReportBenchmark | null;
  /** The change since the previous round (a bank's own rounds), or why there is none; absent: no section. */
  change?: ReportChange | null;
}

/** What the report says about change: the comparison, or why there is none. */
export type ReportChange = { view: RoundChangeView } | { message: string };

export const HEADLINE_COUNT = 3;

/** Highest-scoring factors first (ties by name), unscored ones left out. */
export function headlineStrengths(factors: FactorResult[], count = HEADLINE_COUNT): FactorResult[] {
  return factors
    .filter((f) => f.mean !== null)
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0) || a.name.localeCompare(b.name))
    .slice(0, count);
}

/** Lowest-scoring factors first (ties by name). */
export function headlineGaps(factors: FactorResult[], count = HEADLINE_COUNT): FactorResult[] {
  return factors
    .filter((f) => f.mean !== null)
    .sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0) || a.name.localeCompare(b.name))
    .slice(0, count);
}

export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
