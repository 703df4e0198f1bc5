import { describe, expect, it } from "vitest";
import { roundHistoryView, type RoundHistoryInput } from "./round-history";
import type { AssessmentResults } from "./types";

/** The parts of a round's results the history reads. */
function results(modules: [string, number][], overall: number | null, message: string | null = null): AssessmentResults {
  return {
    status: overall === null ? "withheld" : "ok",
    message,
    overall: { mean: overall, percent: overall === null ? null : ((overall - 1) / 4) * 100, level: overall === null ? null : 3 },
    anonymity: { submitted: overall === null ? 2 : 12 },
    modules: modules.map(([key, mean]) => ({ key, name: key.toUpperCase(), mean })),
  } as unknown as AssessmentResults;
}

const round = (id: string, year: number, r: AssessmentResults, frameworkVersion = "meyar-2026.1"): RoundHistoryInput => ({
  assessmentId: id,
  name: `Round ${id}`,
  round: year,
  frameworkVersion,
  status: "CLOSED",
  results: r,
});

describe("the history across rounds", () => {
  it("labels a second round in the same year, keeps every module any round measured, and gives withheld rounds no figures", () => {
    const view = roundHistoryView([
      round("a", 2024, results([["cx", 3.1], ["ecrm", 2.9]], 3.0)),
      round("b", 2025, results([["cx", 0], ["ecrm", 0]], null, "Results appear when 5 respondents have answered.")),
      round("c", 2025, results([["cx", 3.4], ["ecrm", 3.2], ["ckm", 2.8]], 3.13)),
    ]);
    expect(view.rows.map((r) => r.label)).toEqual(["2024", "2025", "2025 (2)"]);
    expect(view.modules.map((m) => m.key)).toEqual(["cx", "ecrm", "ckm"]);
    expect(view.rows[0]!.modules).toEqual({ cx: 3.1, ecrm: 2.9, ckm: null });
    expect(view.rows[1]).toMatchObject({ overall: null, modules: { cx: null, ecrm: null, ckm: null } });
    expect(view.rows[1]!.withheldReason).toContain("5 respondents");
    // Different module sets: the overall index averages different modules, and the note says so.
    expect(view.notes).toHaveLength(1);
    expect(view.notes[0]).toMatch(/overall index averages different modules/);
  });

  it("says when rounds used different versions of the instrument", () => {
    const view = roundHistoryView([
      round("a", 2024, results([["cx", 3]], 3)),
      round("b", 2025, results([["cx", 3.2]], 3.2), "meyar-2026.2"),
    ]);
    expect(view.notes).toEqual([expect.stringContaining("meyar-2026.1, meyar-2026.2")]);
  });
});
