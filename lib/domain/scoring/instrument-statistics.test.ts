import { describe, it, expect } from "vitest";
import { buildPlan } from "./plan";
import { prepareResponses } from "./prepare";
import { computeInstrumentStatistics } from "./instrument-statistics";
import { syntheticFramework, syntheticResponses } from "./test-fixtures";
import { itemAnalysis } from "../statistics/item-analysis";
import { welchTTest } from "../statistics/group-tests";

const framework = syntheticFramework([3, 2], 4);
const plan = buildPlan(framework, ["cx", "ecrm"]);
const prep = prepareResponses(plan, syntheticResponses(framework, 60, 5));

describe("computeInstrumentStatistics", () => {
  const stats = computeInstrumentStatistics(prep, { compare: ["managers", "employees"], bootstrap: { samples: 300, seed: 2 } });

  it("one entry per factor and module, in plan order", () => {
    expect(stats.factors.map((f) => f.factorKey)).toEqual(plan.factors.map((f) => f.key));
    expect(stats.modules.map((m) => m.moduleKey)).toEqual(["cx", "ecrm"]);
    expect(stats.modules[0]?.htmt.pairs).toHaveLength(3);
  });

  it("item analysis equals the statistics function on the factor's scored answers (reverse items recoded)", () => {
    const f = plan.factors[1];
    if (f === undefined) throw new Error("no factor");
    const nItems = plan.items.length;
    const matrix = prep.respondents.map((_, r) =>
      Array.from({ length: f.itemCount }, (_, j) => {
        const v = prep.scored[r * nItems + f.itemStart + j] as number;
        return v === v ? v : null;
      }),
    );
    const direct = itemAnalysis(matrix);
    const got = stats.factors[1]?.items;
    expect(got?.alpha).toBeCloseTo(direct.alpha as number, 12);
    expect(got?.omegaTotal).toBeCloseTo(direct.omegaTotal as number, 12);
    expect(got?.items[3]?.key).toBe(plan.items[f.itemStart + 3]?.key);
  });

  it("bands are stratified by group; the comparison uses respondent factor scores", () => {
    const iv = stats.factors[0]?.interval;
    expect(iv?.status).toBe("ok");
    if (iv?.status === "ok") expect(iv.strata.map((s) => s.group)).toEqual(["employees", "managers"]);
    const nF = plan.factors.length;
    const a: number[] = [];
    const b: number[] = [];
    prep.respondents.forEach((r, i) => {
      const v = prep.factorScores[i * nF] as number;
      if (v !== v) return;
      (r.group === "managers" ? a : b).push(v);
    });
    expect(stats.groupComparison?.factors[0]?.welch?.t).toBeCloseTo(welchTTest(a, b)?.t as number, 12);
  });

  it("is deterministic and has no comparison unless asked", () => {
    expect(computeInstrumentStatistics(prep, { compare: ["managers", "employees"], bootstrap: { samples: 300, seed: 2 } })).toEqual(stats);
    expect(computeInstrumentStatistics(prep, { bootstrap: { samples: 50 } }).groupComparison).toBeNull();
  });
});
