import { describe, expect, it } from "vitest";
import { carryOverView } from "./carry-over";
import { CHANGE_RULE, type ChangeRow, type RoundChangeOutcome } from "./round-change";

const row = (
  key: string,
  before: number | null,
  after: number | null,
  lower: number | null,
  upper: number | null,
  verdict: ChangeRow["verdict"],
): ChangeRow => ({
  kind: "factor",
  key,
  name: key,
  before,
  after,
  delta: before !== null && after !== null ? after - before : null,
  lower,
  upper,
  verdict,
  reason: null,
});

describe("carryOverView", () => {
  const current = [
    { key: "training", name: "Training" },
    { key: "motivation", name: "Motivation" },
    { key: "infrastructure", name: "Infrastructure" },
    { key: "strategy", name: "Strategy" },
    { key: "culture", name: "Culture" },
  ];
  const overall = row("overall", 3, 3.1, -0.1, 0.3, "unchanged");
  const change: RoundChangeOutcome = {
    status: "ok",
    view: {
      previous: { assessmentId: "prev", name: "Baseline 2025" },
      rule: CHANGE_RULE,
      scopeNote: null,
      overall: { ...overall, kind: "overall" },
      modules: [],
      categories: [],
      // culture was not measured in the previous round, so the round change has no row for it.
      factors: [
        row("training", 3.0, 3.4, 0.15, 0.65, "improved"),
        // A change of −0.05 whose interval excludes zero is a decline; a change of 0.6 that is noise is not.
        row("motivation", 3.0, 2.95, -0.08, -0.02, "declined"),
        row("infrastructure", 2.5, 3.1, -0.2, 1.4, "unchanged"),
        row("strategy", 3, null, null, null, "not-comparable"),
      ],
    },
  };
  const done = [
    { id: "i1", title: "Academy", factorKeys: ["training", "motivation"] },
    { id: "i2", title: "Cloud move", factorKeys: ["infrastructure", "strategy", "culture"] },
    { id: "i3", title: "Coaching", factorKeys: ["training"] },
  ];

  it("takes each verdict from the round change, only for factors with a done initiative, and lists the initiatives", () => {
    const v = carryOverView({ current, change, doneInitiatives: done });
    expect(v.previous).toEqual({ assessmentId: "prev", name: "Baseline 2025" });
    expect(v.message).toBeNull();
    expect(v.rule).toBe(CHANGE_RULE);
    const byKey = Object.fromEntries(v.rows.map((r) => [r.factorKey, r]));
    expect(byKey.training).toMatchObject({ trend: "improved", previous: 3, current: 3.4, lower: 0.15, upper: 0.65 });
    expect(byKey.training!.delta).toBeCloseTo(0.4);
    expect(byKey.training!.initiatives.map((i) => i.title)).toEqual(["Academy", "Coaching"]);
    expect(byKey.motivation!.trend).toBe("declined");
    expect(byKey.infrastructure!.trend).toBe("unchanged");
    // No score this round / not in the previous round: not comparable, never a guess.
    expect(byKey.strategy).toMatchObject({ trend: "not-comparable", delta: null });
    expect(byKey.culture).toMatchObject({ trend: "not-comparable", previous: null, delta: null });
    expect(v.rows.map((r) => r.factorKey)).toEqual(["training", "motivation", "infrastructure", "strategy", "culture"]);
  });

  it("says why there is nothing to show", () => {
    expect(carryOverView({ current, change, doneInitiatives: [] }).rows).toEqual([]);
    expect(carryOverView({ current, change, doneInitiatives: [] }).message).toMatch(/No finished initiative/);
    const first = carryOverView({
      current,
      change: { status: "none", message: "There is no earlier closed assessment." },
      doneInitiatives: done,
    });
    expect(first.rows).toEqual([]);
    expect(first.previous).toBeNull();
    expect(first.message).toMatch(/no earlier closed assessment/);
  });
});
