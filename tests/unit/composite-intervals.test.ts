import { describe, expect, it } from "vitest";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { generateResponses } from "../../lib/view/results/test-data.ts";
import { buildPlan } from "../../lib/domain/scoring/plan.ts";
import { prepareResponses } from "../../lib/domain/scoring/prepare.ts";
import { scoreAssessment } from "../../lib/domain/scoring/score-assessment.ts";
import { compositeIntervals } from "../../lib/domain/scoring/composite-intervals.ts";

const modules = ["cx", "ecrm"] as const;

describe("overall and module bands by the stratified bootstrap-t", () => {
  it("with complete answers, centre on the reported overall and module scores and bracket them", () => {
    const responses = generateResponses({
      framework: latestFramework,
      modules,
      groups: { managers: 8, employees: 12 },
      seed: 3,
      dontKnowShare: 0,
      skipShare: 0,
    });
    const scores = scoreAssessment({ framework: latestFramework, modules: [...modules], responses }, { bootstrap: false });
    const bands = compositeIntervals(prepareResponses(buildPlan(latestFramework, [...modules]), responses));
    const o = bands.overall;
    if (o.status !== "ok") throw new Error("withheld");
    expect(o.estimate).toBeCloseTo(scores.overall.overall.mean as number, 12);
    expect(o.lower).toBeLessThan(o.estimate);
    expect(o.upper).toBeGreaterThan(o.estimate);
    expect(o.strata.map((s) => s.group).sort()).toEqual(["employees", "managers"]);
    for (const m of bands.modules) {
      if (m.interval.status !== "ok") throw new Error("withheld");
      expect(m.interval.estimate).toBeCloseTo(scores.overall.modules.find((x) => x.key === m.moduleKey)?.mean as number, 12);
    }
  });

  it("is withheld below 5 respondents, with the reason and the stated n", () => {
    const responses = generateResponses({ framework: latestFramework, modules, groups: { managers: 2, employees: 2 }, seed: 3 });
    const bands = compositeIntervals(prepareResponses(buildPlan(latestFramework, [...modules]), responses));
    expect(bands.overall).toEqual({ status: "withheld", reason: "too-few-respondents", n: 4, minimum: 5 });
  });

  it("comes out of scoreAssessment when asked for, from the same answers, and not otherwise", () => {
    const responses = generateResponses({ framework: latestFramework, modules, groups: { managers: 6, employees: 9 }, seed: 11 });
    const input = { framework: latestFramework, modules: [...modules], responses };
    expect(scoreAssessment(input, { bootstrap: false }).bands).toBeNull();
    const withBands = scoreAssessment(input, { bootstrap: false, compositeBands: { samples: 500, seed: 2 } }).bands;
    expect(withBands).toEqual(
      compositeIntervals(prepareResponses(buildPlan(latestFramework, [...modules]), responses), { samples: 500, seed: 2 }),
    );
    expect(withBands?.overall.status).toBe("ok");
  });
});
