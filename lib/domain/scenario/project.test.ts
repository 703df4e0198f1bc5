import { describe, expect, it } from "vitest";
import { scoreAssessment } from "../scoring/score-assessment";
import { tinyFramework, tinyResponses } from "../scoring/test-fixtures";
import type { IsmModelInput } from "../roadmap/types";
import { driverFlagMessage, levelFloor, projectScenario } from "./project";
import { levelForScore } from "../scoring/maturity";

const framework = tinyFramework();
const modules = ["cx", "ecrm"] as const;
// Worked example: vision 2.0, governance 3.0 (category policy 2.5), channels 4.0 (structure 4.0) → cx 3.25;
// ecrm has no categories: (infrastructure 1.5 + training 2.2)/2 = 1.85; overall (3.25 + 1.85)/2 = 2.55.
const current = { vision: 2.0, governance: 3.0, channels: 4.0, infrastructure: 1.5, training: 2.2 };
// Infrastructure drives training (row i reaches column j).
const ism: IsmModelInput = {
  factors: ["infrastructure", "training"],
  levels: [2, 1],
  levelCount: 2,
  drivingPower: [2, 1],
  finalReachability: [
    [1, 1],
    [0, 1],
  ],
};
const project = (targets: Record<string, 1 | 2 | 3 | 4 | 5>) => projectScenario({ framework, modules, current, targets, ism });

describe("projectScenario — worked example", () => {
  it("level floors are the lowest score of each level", () => {
    expect([1, 2, 3, 4, 5].map((l) => levelFloor(l as 1))).toEqual([1, 1.8, 2.6, 3.4, 4.2]);
    for (const l of [1, 2, 3, 4, 5] as const) {
      expect(levelForScore(levelFloor(l))).toBe(l);
      if (l > 1) expect(levelForScore(levelFloor(l) - 0.001)).toBe(l - 1);
    }
  });

  it("without targets reproduces the current scores", () => {
    const p = project({});
    expect(p.overall).toEqual({ current: 2.55, projected: 2.55 });
    expect(p.modules.map((m) => [m.key, m.projected])).toEqual([
      ["cx", 3.25],
      ["ecrm", 1.85],
    ]);
    expect(p.categories.map((c) => [c.key, c.projected])).toEqual([
      ["policy", 2.5],
      ["structure", 4],
    ]);
    expect(p.flags).toEqual([]);
  });

  it("a target lifts only its factor, to the level's lower bound, and flags the driver that stays behind", () => {
    const p = project({ training: 3 });
    // training 2.2 → 2.6; ecrm (1.5 + 2.6)/2 = 2.05; overall (3.25 + 2.05)/2 = 2.65.
    expect(p.factors.find((f) => f.key === "training")).toMatchObject({ current: 2.2, projected: 2.6, target: 3 });
    expect(p.factors.find((f) => f.key === "infrastructure")).toMatchObject({ current: 1.5, projected: 1.5, target: null });
    expect(p.modules.find((m) => m.key === "ecrm")?.projected).toBeCloseTo(2.05, 12);
    expect(p.modules.find((m) => m.key === "cx")?.projected).toBe(3.25);
    expect(p.overall.projected).toBeCloseTo(2.65, 12);
    expect(p.flags).toEqual([
      {
        factorKey: "training",
        factorName: "Training",
        target: 3,
        drivers: [{ key: "infrastructure", name: "Infrastructure", level: 1, targeted: false }],
        message: "Training depends on Infrastructure, which stays at level 1.",
      },
    ]);
  });

  it("a driver targeted lower is named as such; a driver at or above the target is not flagged", () => {
    expect(project({ infrastructure: 2, training: 3 }).flags[0]?.message).toBe(
      "Training depends on Infrastructure, which is targeted at level 2 only.",
    );
    expect(project({ infrastructure: 3, training: 3 }).flags).toEqual([]);
    // Infrastructure itself has no drivers in the model.
    expect(project({ infrastructure: 5 }).flags).toEqual([]);
  });

  it("a target at or below the current level changes nothing (no invented lifts, no drops)", () => {
    const p = project({ vision: 2, channels: 1 });
    expect(p.factors.find((f) => f.key === "vision")?.projected).toBe(2);
    expect(p.factors.find((f) => f.key === "channels")?.projected).toBe(4);
    expect(p.overall.projected).toBe(2.55);
  });

  it("ignores a target on an unscored or unknown factor and says why", () => {
    const p = projectScenario({ framework, modules, current: { ...current, training: null }, targets: { training: 4, nope: 3 }, ism });
    expect(p.ignored).toEqual([
      { factorKey: "nope", reason: "not a factor of this assessment" },
      { factorKey: "training", reason: "has no score yet" },
    ]);
    expect(p.factors.find((f) => f.key === "training")?.projected).toBeNull();
    expect(p.overall.projected).toBe((3.25 + 1.5) / 2);
  });

  it("lists the drivers furthest behind first", () => {
    // Infrastructure and training both drive vision; training is further behind.
    const three: IsmModelInput = {
      factors: ["infrastructure", "training", "vision"],
      levels: [3, 2, 1],
      levelCount: 3,
      drivingPower: [3, 2, 1],
      finalReachability: [
        [1, 1, 1],
        [0, 1, 1],
        [0, 0, 1],
      ],
    };
    const p = projectScenario({
      framework,
      modules,
      current: { ...current, infrastructure: 2.0, training: 1.5 },
      targets: { vision: 4 },
      ism: three,
    });
    expect(p.flags[0]?.drivers.map((d) => [d.key, d.level])).toEqual([
      ["training", 1],
      ["infrastructure", 2],
    ]);
  });

  it("names several drivers in one sentence", () => {
    expect(
      driverFlagMessage("Motivation", [
        { key: "training", name: "Training", level: 2, targeted: false },
        { key: "trust", name: "Trust", level: 3, targeted: true },
        { key: "x", name: "Data", level: null, targeted: false },
      ]),
    ).toBe("Motivation depends on Training (stays at level 2), Trust (targeted at level 3 only) and Data (has no score yet).");
  });

  it("names the three drivers furthest behind and counts the rest, so a top factor's flag stays readable", () => {
    const drivers = ["Training", "Trust", "Data", "Marketing", "Performance"].map((name, i) => ({
      key: name.toLowerCase(),
      name,
      level: (2 + Math.min(i, 2)) as 2 | 3 | 4,
      targeted: false,
    }));
    expect(driverFlagMessage("Motivation", drivers, 5)).toBe(
      "Motivation depends on Training (stays at level 2), Trust (stays at level 3), Data (stays at level 4) and 2 other drivers below level 5.",
    );
    expect(driverFlagMessage("Motivation", drivers.slice(0, 4), 5)).toBe(
      "Motivation depends on Training (stays at level 2), Trust (stays at level 3), Data (stays at level 4) and 1 other driver below level 5.",
    );
  });

  it("no targets equals the scoring engine's own category, module and overall figures exactly", () => {
    const scores = scoreAssessment({ framework, modules: [...modules], responses: tinyResponses() }, { bootstrap: false }).overall;
    const p = projectScenario({
      framework,
      modules,
      current: Object.fromEntries(scores.factors.map((f) => [f.key, f.mean])),
      targets: {},
      ism,
    });
    expect(p.overall.projected).toBe(scores.overall.mean);
    expect(p.modules.map((m) => m.projected)).toEqual(scores.modules.map((m) => m.mean));
    expect(p.categories.map((c) => c.projected)).toEqual(scores.categories.map((c) => c.mean));
  });
});
