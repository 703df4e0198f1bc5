import { describe, it, expect } from "vitest";
import { buildRoadmap } from "./build-roadmap";
import { RoadmapInputError } from "./errors";
import { EXAMPLE_EDGES, EXAMPLE_KEYS, frameworkFor, modelFromEdges } from "./test-fixtures";
import type { RoadmapInput } from "./types";

// Worked example (also in docs/ROADMAP.md §5). Model: foundation → process → outcome; foundation →
// skills ⇄ culture → outcome; tools → process. Levels: outcome 1; process, skills, culture 2;
// foundation, tools 3 (levelCount 3). Driving power (incl. self), n = 6: foundation 5, tools 3,
// skills 3, culture 3, process 2, outcome 1. Target: Managed (4) everywhere.
//   foundation 1.5 → L1, gap 3; depth 3/3, driving 5/6 → foundation weight 11/12; median 2.3 → 0.8 below
//              → benchmark 1 + 0.8/4 = 1.2; priority 3 · 11/12 · 1.2 = 3.3
//   skills 2.0, culture 2.2 → L2, gap 2; (2/3 + 3/6)/2 = 7/12 → 7/6 each (tie → key order)
//   process 2.0 → L2, gap 2; (2/3 + 2/6)/2 = 1/2 → 1.0
//   outcome 3.0 → L3, gap 1; (1/3 + 1/6)/2 = 1/4 → 0.25
//   tools 4.5 → L5: meets target, not scheduled, does not hold process back
//   extra (not in the model) 2.5 → L2, gap 2; neutral 0.5 → 1.0
// Phases: 1 = foundation, extra; 2 = culture, skills (cycle), process; 3 = outcome.
const model = modelFromEdges(EXAMPLE_KEYS, EXAMPLE_EDGES);
const input: RoadmapInput = {
  factorScores: { foundation: 1.5, tools: 4.5, skills: 2.0, culture: 2.2, process: 2.0, outcome: 3.0, extra: 2.5 },
  target: { kind: "overall", level: 4 },
  ism: model,
  framework: frameworkFor(EXAMPLE_KEYS, ["extra"]),
  benchmarkMedians: { foundation: 2.3, process: 1.8 },
};
const roadmap = buildRoadmap(input);
const item = (k: string) => roadmap.items.find((i) => i.factorKey === k)!;

describe("buildRoadmap — worked example", () => {
  it("builds the fixture model as documented", () => {
    expect(model.levels).toEqual([3, 3, 2, 2, 2, 1]);
    expect(model.drivingPower).toEqual([5, 3, 3, 3, 2, 1]);
  });

  it("orders items by phase, then priority, then key", () => {
    expect(roadmap.items.map((i) => [i.factorKey, i.phase])).toEqual([
      ["foundation", 1],
      ["extra", 1],
      ["culture", 2],
      ["skills", 2],
      ["process", 2],
      ["outcome", 3],
    ]);
    expect(roadmap.items.map((i) => i.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(roadmap.phases.map((p) => [p.phase, p.items.length])).toEqual([
      [1, 2],
      [2, 3],
      [3, 1],
    ]);
  });

  it("shows every part of the priority", () => {
    const p = item("foundation").priority;
    expect(p.gap).toBe(3);
    expect(p.depthWeight).toBe(1);
    expect(p.drivingWeight).toBeCloseTo(5 / 6, 12);
    expect(p.foundationWeight).toBeCloseTo(11 / 12, 12);
    expect(p.belowMedian).toBeCloseTo(0.8, 12);
    expect(p.benchmarkFactor).toBeCloseTo(1.2, 12);
    expect(p.value).toBeCloseTo(3.3, 12);
    expect(item("skills").priority.value).toBeCloseTo(7 / 6, 12);
    expect(item("process").priority).toMatchObject({ value: 1, belowMedian: 0, benchmarkFactor: 1, benchmarkMedian: 1.8 });
    expect(item("outcome").priority.value).toBeCloseTo(0.25, 12);
    expect(item("extra").priority).toMatchObject({ depthWeight: null, drivingWeight: null, foundationWeight: 0.5, value: 1 });
  });

  it("explains each place: drivers waited for, drivers at target, cycles", () => {
    expect(item("process").waitsFor.map((w) => [w.key, w.phase])).toEqual([["foundation", 1]]);
    expect(item("process").driversAtTarget.map((d) => d.key)).toEqual(["tools"]);
    expect(item("skills").cycleWith.map((d) => d.key)).toEqual(["culture"]);
    expect(item("outcome").waitsFor.map((w) => w.key)).toEqual(["foundation", "culture", "process", "skills"]);
    expect(item("foundation").reason).toBe(
      "Initial (1) now, target Managed (4): 3 levels to go; drives 4 of the other 5 factors; sits at level 3 of 3 (the foundation); " +
        "0.8 below the peer median; phase 1: no driver below target holds it back.",
    );
    expect(item("process").reason).toContain("phase 2 because it builds on Foundation (phase 1)");
    expect(item("process").reason).toContain("drivers already at target: Tools");
    expect(item("process").reason).toContain("at or above the peer median");
    expect(item("skills").reason).toContain("in a cycle with Culture");
    expect(item("extra").reason).toContain("not in the ISM model");
  });

  it("gives one short sentence per item and the detail behind it", () => {
    expect(item("foundation").why).toBe("Foundation: drives 4 factors, depends on none.");
    expect(item("skills").why).toBe("In a loop with 1 factor: improved together; drives 1 factor; after Foundation (phase 1).");
    expect(item("process").why).toBe("Builds on 2 factors, drives 1; after Foundation (phase 1).");
    expect(item("outcome").why).toBe("Outcome: depends on 5 factors, drives none; after Culture (phase 2).");
    expect(item("extra").why).toBe("Outside the model: placed by its gap of 2 levels.");
    expect(item("extra").lane).toBe("cx");
    expect(item("foundation").lane).toBe("ism");
    expect(item("process").detail.dependsOn.map((d) => d.key)).toEqual(["foundation", "tools"]);
    expect(item("process").detail.drives.map((d) => d.key)).toEqual(["outcome"]);
    expect(item("skills").detail.drives.map((d) => d.key)).toEqual(["outcome"]);
    expect(item("foundation").detail.reason).toBe(item("foundation").reason);
  });

  it("lists the level-step actions from current to target and the rubric text", () => {
    expect(item("foundation").actions.map((a) => [a.from, a.to])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(item("outcome").actions.map((a) => [a.from, a.to])).toEqual([[3, 4]]);
    expect(item("foundation").rubric).toEqual({ current: "foundation: ad hoc.", target: "foundation: measured and managed." });
  });

  it("reports factors at target, unscored and untargeted", () => {
    expect(roadmap.meetingTarget).toEqual([{ factorKey: "tools", currentLevel: 5, targetLevel: 4 }]);
    const r = buildRoadmap({
      ...input,
      factorScores: { ...input.factorScores, foundation: null },
      target: { kind: "per-factor", levels: { skills: 5 } },
    });
    expect(r.unscored).toEqual(["foundation"]);
    expect(r.items.map((i) => i.factorKey)).toEqual(["skills"]);
    // With foundation unscored nothing holds skills back.
    expect(r.items[0]!.phase).toBe(1);
    expect(r.untargeted).toEqual(["culture", "extra", "outcome", "process", "tools"]);
  });

  it("a driver already at target does not delay what it drives", () => {
    const r = buildRoadmap({ ...input, factorScores: { ...input.factorScores, foundation: 4.3 } });
    expect(r.items.map((i) => [i.factorKey, i.phase])).toEqual([
      ["culture", 1],
      ["skills", 1],
      ["extra", 1], // 1.0, tied with process → key order
      ["process", 1],
      ["outcome", 2],
    ]);
  });
});

describe("consistency flags", () => {
  it("flags a factor ≥ 1.5 levels above the mean of its drivers and names them", () => {
    const keys = ["x", "y", "z"];
    const r = buildRoadmap({
      factorScores: { x: 1.2, y: 2.0, z: 4.5 },
      target: { kind: "overall", level: 3 },
      ism: modelFromEdges(keys, [
        ["x", "y"],
        ["y", "z"],
      ]),
      framework: frameworkFor(keys),
    });
    // z: level 5, drivers x (1) and y (2) → mean 1.5 → 3.5 above. y: level 2 vs x 1 → 1 above: no flag.
    expect(r.consistencyFlags).toHaveLength(1);
    const f = r.consistencyFlags[0]!;
    expect(f).toMatchObject({ factorKey: "z", level: 5, driversMeanLevel: 1.5 });
    expect(f.drivers.map((d) => [d.key, d.level])).toEqual([
      ["x", 1],
      ["y", 2],
    ]);
    expect(f.message).toContain("X (1), Y (2)");
  });

  it("does not count cycle partners as drivers", () => {
    const keys = ["p", "q"];
    const r = buildRoadmap({
      factorScores: { p: 1, q: 5 },
      target: { kind: "overall", level: 5 },
      ism: modelFromEdges(keys, [
        ["p", "q"],
        ["q", "p"],
      ]),
      framework: frameworkFor(keys),
    });
    expect(r.consistencyFlags).toEqual([]);
    expect(r.items.map((i) => i.phase)).toEqual([1]);
  });
});

describe("hierarchy modes", () => {
  // A model like seed 001's: the matrix closes into one cycle, but published levels still order it.
  const keys = ["top", "middle", "deep"];
  const cyclic = modelFromEdges(keys, [
    ["top", "middle"],
    ["middle", "deep"],
    ["deep", "top"],
  ]);
  const published = { ...cyclic, levels: [1, 2, 3], levelCount: 3 };
  const base: RoadmapInput = {
    factorScores: { top: 1, middle: 1, deep: 1 },
    target: { kind: "overall", level: 3 },
    ism: published,
    framework: frameworkFor(keys),
  };

  it("reachability mode: one cycle → one phase, each item names its cycle partners", () => {
    const r = buildRoadmap(base);
    expect(r.items.map((i) => [i.factorKey, i.phase])).toEqual([
      ["deep", 1],
      ["middle", 1],
      ["top", 1],
    ]);
    expect(r.items[0]!.cycleWith.map((c) => c.key)).toEqual(["middle", "top"]);
  });

  it("levels mode: deeper published levels first", () => {
    const r = buildRoadmap({ ...base, hierarchy: "levels" });
    expect(r.items.map((i) => [i.factorKey, i.phase])).toEqual([
      ["deep", 1],
      ["middle", 2],
      ["top", 3],
    ]);
    expect(r.items[2]!.waitsFor.map((w) => w.key)).toEqual(["deep", "middle"]);
    expect(r.items[2]!.cycleWith).toEqual([]);
  });

  it("levels mode equals reachability mode when levels follow from the matrix", () => {
    expect(buildRoadmap({ ...input, hierarchy: "levels" }).items).toEqual(roadmap.items);
  });
});

describe("input errors", () => {
  const codeOf = (over: Partial<RoadmapInput>) => {
    try {
      buildRoadmap({ ...input, ...over });
      return null;
    } catch (e) {
      if (e instanceof RoadmapInputError) return e.code;
      throw e;
    }
  };
  it.each([
    ["score above 5", { factorScores: { foundation: 5.5 } }, "invalid-score"],
    ["unknown scored factor", { factorScores: { nope: 3 } }, "unknown-factor"],
    ["target level 6", { target: { kind: "overall", level: 6 } } as unknown as Partial<RoadmapInput>, "invalid-target"],
    ["benchmark outside 1–5", { benchmarkMedians: { foundation: 0 } }, "invalid-benchmark"],
    ["ISM factor not in framework", { ism: modelFromEdges(["ghost"], []) }, "unknown-factor"],
    ["ragged reachability", { ism: { ...model, finalReachability: [[1]] } }, "invalid-model"],
    ["level outside 1..levelCount", { ism: { ...model, levels: [9, 3, 2, 2, 2, 1] } }, "invalid-model"],
  ])("%s → %s", (_, over, code) => {
    expect(codeOf(over)).toBe(code);
  });
});
