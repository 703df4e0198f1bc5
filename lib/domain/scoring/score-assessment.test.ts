import { describe, it, expect } from "vitest";
import { scoreAssessment } from "./score-assessment";
import { tinyFramework, tinyResponses } from "./test-fixtures";

// Worked example by hand (see test-fixtures.ts for the answers). Reverse items score 6 − x.
//            vision(1,2r)  governance   channels     infrastructure(1,2,3r)  training
//  r1 (mgr)  4, 6−2=4 → 4  3,4 → 3.5    5,dk → 5     4,3,6−1=5 → 4            2,2 → 2
//  r2 (mgr)  3, 6−4=2→2.5  2,dk → 2     4,4 → 4      3,dk,skip → 3            dk,dk → none
//  r3 (emp)  5, 6−1=5 → 5  4,4 → 4      3,2 → 2.5    2,2,6−4=2 → 2            3,4 → 3.5
// Factor (mean of respondent scores): vision 11.5/3, governance 9.5/3, channels 11.5/3,
//   infrastructure 3, training (2+3.5)/2 = 2.75.
// Category policy = (11.5/3 + 9.5/3)/2 = 3.5; structure = 11.5/3.
// Module cx = mean of categories = (3.5 + 11.5/3)/2 = 11/3 (NOT the mean of factors, 32.5/9).
// Module ecrm (no categories) = (3 + 2.75)/2 = 2.875. Overall = (11/3 + 2.875)/2 = 3.2708333…
//   → 0–100: (3.2708333 − 1)/4·100 = 56.770833…; level 3 Defined (2.6 ≤ x < 3.4).
const result = scoreAssessment(
  { framework: tinyFramework(), modules: ["cx", "ecrm"], responses: tinyResponses() },
  { bootstrap: { samples: 200, seed: 7 } },
);
const factor = (key: string) => result.overall.factors.find((f) => f.key === key)!;
const group = (g: string) => result.groups.find((x) => x.group === g)!;

describe("scoreAssessment — worked example", () => {
  it.each([
    ["vision", 11.5 / 3, 4],
    ["governance", 9.5 / 3, 3],
    ["channels", 11.5 / 3, 4],
    ["infrastructure", 3, 3],
    ["training", 2.75, 3],
  ])("factor %s = %d (level %d)", (key, mean, level) => {
    expect(factor(key).mean).toBeCloseTo(mean, 12);
    expect(factor(key).percent).toBeCloseTo(((mean - 1) / 4) * 100, 10);
    expect(factor(key).level).toBe(level);
  });

  it("counts only respondents with an answer; SD is between respondents", () => {
    expect(factor("training").respondents).toBe(2);
    expect(factor("infrastructure").sd).toBeCloseTo(1, 12);
  });

  it("categories, modules and overall", () => {
    const cat = (k: string) => result.overall.categories.find((c) => c.key === k)!;
    expect(cat("policy").mean).toBeCloseTo(3.5, 12);
    expect(cat("structure").mean).toBeCloseTo(11.5 / 3, 12);
    const mod = (k: string) => result.overall.modules.find((m) => m.key === k)!;
    expect(mod("cx").mean).toBeCloseTo(11 / 3, 12);
    expect(mod("ecrm").mean).toBeCloseTo(2.875, 12);
    expect(result.overall.overall.mean).toBeCloseTo(3.2708333333333335, 12);
    expect(result.overall.overall.percent).toBeCloseTo(56.770833333333336, 10);
    expect(result.overall.overall.level).toBe(3);
    expect(result.modules).toEqual(["cx", "ecrm"]);
  });

  it("coverage: answered, don't know and skipped shares", () => {
    expect(factor("infrastructure").coverage).toEqual({
      expected: 9,
      answered: 7,
      dontKnow: 1,
      skipped: 1,
      answeredShare: 7 / 9,
      dontKnowShare: 1 / 9,
    });
    expect(factor("training").coverage.dontKnow).toBe(2);
    expect(result.overall.overall.coverage).toMatchObject({ expected: 33, answered: 27, dontKnow: 5, skipped: 1 });
    expect(result.overall.modules.find((m) => m.key === "cx")!.coverage).toMatchObject({ expected: 18, answered: 16, dontKnow: 2 });
  });

  it("scores each group separately (groups sorted by name)", () => {
    expect(result.groups.map((g) => g.group)).toEqual(["employees", "managers"]);
    const mgr = group("managers");
    expect(mgr.respondents).toBe(2);
    expect(mgr.factors.find((f) => f.key === "vision")!.mean).toBeCloseTo(3.25, 12);
    expect(mgr.factors.find((f) => f.key === "training")!.mean).toBe(2);
    expect(group("employees").factors.find((f) => f.key === "channels")!.mean).toBe(2.5);
  });

  it("reports reliability per factor with flags", () => {
    const inf = result.reliability.find((r) => r.factorKey === "infrastructure")!;
    // Only r1 and r3 answered all three infrastructure items (listwise).
    expect(inf.n).toBe(2);
    expect(inf.respondents).toBe(3);
    expect(inf.flags).toContain("too-few-respondents");
    expect(inf.items.map((i) => i.key)).toEqual(["ecrm.infrastructure.1", "ecrm.infrastructure.2", "ecrm.infrastructure.3"]);
    // Item 3 is reverse: raw 1 and 4 → scored 5 and 2 → mean 3.5.
    expect(inf.items[2]!.mean).toBe(3.5);
    expect(inf.items[1]!.dontKnowShare).toBeCloseTo(1 / 3, 12);
    const tr = result.reliability.find((r) => r.factorKey === "training")!;
    expect(tr.answeredShare).toBeCloseTo(4 / 6, 12);
  });

  it("gives bootstrap intervals that contain the point estimates", () => {
    const iv = result.intervals!;
    expect(iv).toMatchObject({ samples: 200, seed: 7, level: 0.95 });
    const o = iv.overall!;
    expect(o.lower).toBeLessThanOrEqual(result.overall.overall.mean!);
    expect(o.upper).toBeGreaterThanOrEqual(result.overall.overall.mean!);
    for (const f of result.overall.factors) {
      const ci = iv.factors[f.key]!;
      expect(ci.lower).toBeGreaterThanOrEqual(1);
      expect(ci.upper).toBeLessThanOrEqual(5);
    }
    // Training is missing from resamples that drew only r2: those replicates are dropped, not NaN.
    expect(iv.factors["training"]!.validSamples).toBeLessThanOrEqual(200);
  });
});

describe("scoreAssessment — empty and partial data", () => {
  it("yields null scores (never NaN) for factors nobody answered and for no respondents", () => {
    const r = scoreAssessment({ framework: tinyFramework(), modules: ["cx", "ecrm", "ckm"], responses: tinyResponses() });
    const capture = r.overall.factors.find((f) => f.key === "capture")!;
    expect(capture).toMatchObject({ mean: null, percent: null, level: null, sd: null, respondents: 0 });
    expect(r.overall.modules.find((m) => m.key === "ckm")!.mean).toBeNull();
    expect(r.intervals!.factors["capture"]).toBeNull();
    // Overall ignores the empty module rather than counting it as 0.
    expect(r.overall.overall.mean).toBeCloseTo(3.2708333333333335, 12);

    const empty = scoreAssessment({ framework: tinyFramework(), modules: ["cx"], responses: [] });
    expect(empty.overall.overall).toMatchObject({ mean: null, percent: null, level: null });
    expect(empty.overall.overall.coverage.answeredShare).toBeNull();
    expect(empty.groups).toEqual([]);
    expect(empty.intervals!.overall).toBeNull();
    expect(JSON.stringify(empty)).not.toContain("NaN");
  });

  it("can skip the bootstrap", () => {
    const r = scoreAssessment(
      { framework: tinyFramework(), modules: ["cx"], responses: tinyResponses().map((x) => ({ ...x, answers: {} })) },
      { bootstrap: false },
    );
    expect(r.intervals).toBeNull();
  });
});
