import { describe, expect, it } from "vitest";
import { CARRY_OVER_RULE, carryOverView, classifyChange, UNCHANGED_BAND } from "./carry-over";

describe("classifyChange (the carry-over rule)", () => {
  it("calls a change smaller than 0.1 either way unchanged", () => {
    expect(UNCHANGED_BAND).toBe(0.1);
    for (const d of [0, 0.05, -0.05, 0.099, -0.099]) expect(classifyChange(d), String(d)).toBe("unchanged");
  });
  it("calls 0.1 and more an improvement, -0.1 and less a decline", () => {
    expect(classifyChange(0.1)).toBe("improved");
    expect(classifyChange(3.3 - 3.2)).toBe("improved"); // 0.0999999… in floating point
    expect(classifyChange(1.2)).toBe("improved");
    expect(classifyChange(-0.1)).toBe("declined");
    expect(classifyChange(-0.75)).toBe("declined");
  });
  it("states the rule in words", () => {
    expect(CARRY_OVER_RULE).toContain("0.1");
    expect(CARRY_OVER_RULE).toContain("unchanged");
  });
});

describe("carryOverView", () => {
  const current = [
    { key: "training", name: "Training", mean: 3.4 },
    { key: "motivation", name: "Motivation", mean: 2.95 },
    { key: "infrastructure", name: "Infrastructure", mean: 2.0 },
    { key: "strategy", name: "Strategy", mean: null },
    { key: "culture", name: "Culture", mean: 4 },
  ];
  const previous = {
    assessmentId: "prev",
    name: "Baseline 2025",
    factors: [
      { key: "training", name: "Training", mean: 3.0 },
      { key: "motivation", name: "Motivation", mean: 3.0 },
      { key: "infrastructure", name: "Infrastructure", mean: 2.5 },
      { key: "strategy", name: "Strategy", mean: 3 },
    ],
  };
  const done = [
    { id: "i1", title: "Academy", factorKeys: ["training", "motivation"] },
    { id: "i2", title: "Cloud move", factorKeys: ["infrastructure", "strategy", "culture"] },
    { id: "i3", title: "Coaching", factorKeys: ["training"] },
  ];

  it("classifies only factors with a done initiative, and lists the initiatives", () => {
    const v = carryOverView({ current, previous, doneInitiatives: done });
    expect(v.previous).toEqual({ assessmentId: "prev", name: "Baseline 2025" });
    expect(v.message).toBeNull();
    const byKey = Object.fromEntries(v.rows.map((r) => [r.factorKey, r]));
    expect(byKey.training).toMatchObject({ trend: "improved", previous: 3, current: 3.4 });
    expect(byKey.training!.delta).toBeCloseTo(0.4);
    expect(byKey.training!.initiatives.map((i) => i.title)).toEqual(["Academy", "Coaching"]);
    expect(byKey.motivation!.trend).toBe("unchanged");
    expect(byKey.infrastructure!.trend).toBe("declined");
    // No score this round / not in the previous round: not comparable, never a guess.
    expect(byKey.strategy).toMatchObject({ trend: "not-comparable", delta: null });
    expect(byKey.culture).toMatchObject({ trend: "not-comparable", previous: null });
  });

  it("says why there is nothing to show", () => {
    expect(carryOverView({ current, previous, doneInitiatives: [] }).rows).toEqual([]);
    expect(carryOverView({ current, previous, doneInitiatives: [] }).message).toMatch(/No finished initiative/);
    const first = carryOverView({ current, previous: null, doneInitiatives: done });
    expect(first.rows).toEqual([]);
    expect(first.message).toMatch(/no earlier assessment/);
  });
});
