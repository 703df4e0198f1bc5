// The organisation's history across rounds: the overall index and each module's score of every closed or
// published assessment, oldest first, from the one results loader (so each figure equals that round's
// results page). A round below the anonymity threshold has no figures and says why; where rounds measured
// different modules or framework versions, the overall index averages different modules, and a note says so.
import type { MaturityLevel, ModuleKey } from "../../domain/instrument/types.ts";
import type { AssessmentResults } from "./types.ts";

export interface RoundHistoryInput {
  assessmentId: string;
  name: string;
  /** The calendar year in which the round closed. */
  round: number;
  frameworkVersion: string;
  status: "CLOSED" | "PUBLISHED";
  results: AssessmentResults;
}

export interface RoundHistoryRow {
  assessmentId: string;
  name: string;
  round: number;
  /** "2025", or "2025 (2)" for a second round in the same year: the chart's axis. */
  label: string;
  published: boolean;
  /** Null when the round has no figures to show (below the anonymity threshold, or nothing answered). */
  overall: { mean: number; percent: number; level: MaturityLevel | null } | null;
  /** Why there are no figures; null otherwise. */
  withheldReason: string | null;
  respondents: number;
  /** Each module of `RoundHistoryView.modules`: its 1–5 score, or null when not measured or withheld. */
  modules: Record<string, number | null>;
}

export interface RoundHistoryView {
  rows: RoundHistoryRow[];
  /** Every module any round measured, in framework order. */
  modules: { key: ModuleKey; name: string }[];
  /** Plain-words caveats on comparability (different modules or framework versions). */
  notes: string[];
}

export function roundHistoryView(rounds: readonly RoundHistoryInput[]): RoundHistoryView {
  const modules: { key: ModuleKey; name: string }[] = [];
  for (const r of rounds)
    for (const m of r.results.modules) if (!modules.some((x) => x.key === m.key)) modules.push({ key: m.key, name: m.name });
  const perYear = new Map<number, number>();
  const rows = rounds.map((r): RoundHistoryRow => {
    const nth = (perYear.get(r.round) ?? 0) + 1;
    perYear.set(r.round, nth);
    const shown = r.results.status === "ok" && r.results.overall.mean !== null && r.results.overall.percent !== null;
    return {
      assessmentId: r.assessmentId,
      name: r.name,
      round: r.round,
      label: nth === 1 ? String(r.round) : `${r.round} (${nth})`,
      published: r.status === "PUBLISHED",
      overall: shown ? { mean: r.results.overall.mean!, percent: r.results.overall.percent!, level: r.results.overall.level } : null,
      withheldReason: shown ? null : (r.results.message ?? "No figures to show."),
      respondents: r.results.anonymity.submitted,
      modules: Object.fromEntries(
        modules.map((m) => [m.key, shown ? (r.results.modules.find((x) => x.key === m.key)?.mean ?? null) : null]),
      ),
    };
  });
  const notes: string[] = [];
  const moduleSets = new Set(rounds.map((r) => r.results.modules.map((m) => m.key).join("+")));
  if (moduleSets.size > 1)
    notes.push(
      "Not every round measured the same modules, so the overall index averages different modules in different rounds; compare the modules themselves where both rounds measured them.",
    );
  const versions = [...new Set(rounds.map((r) => r.frameworkVersion))];
  if (versions.length > 1)
    notes.push(
      `The rounds used different versions of the instrument (${versions.join(", ")}); each figure is scored with its own round's version.`,
    );
  return { rows, modules, notes };
}
