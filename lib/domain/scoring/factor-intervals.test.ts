import { describe, expect, it } from "vitest";
import { buildPlan } from "./plan";
import { prepareResponses } from "./prepare";
import { factorMeanIntervals } from "./factor-intervals";
import { syntheticFramework, syntheticResponses } from "./test-fixtures";
import type { ResponseInput } from "./types";

describe("factor bands: Student-t for the mean of respondents' factor scores", () => {
  const framework = syntheticFramework([2, 2, 2], 2);
  const plan = buildPlan(framework, ["cx", "ecrm", "ckm"]);
  const first = plan.factors[0]!;
  const [a, b] = [plan.items[first.itemStart]!.key, plan.items[first.itemStart + 1]!.key];
  const answers = (x: 1 | 2 | 3 | 4 | 5, y: 1 | 2 | 3 | 4 | 5) => ({ [a]: x, [b]: y });
  // Respondent factor scores 2, 3, 3.5, 4, 4.5 → mean 3.4, sample SD √0.925.
  const scores: [1 | 2 | 3 | 4 | 5, 1 | 2 | 3 | 4 | 5][] = [
    [2, 2],
    [3, 3],
    [3, 4],
    [4, 4],
    [4, 5],
  ];
  const responses: ResponseInput[] = scores.map(([x, y], i) => ({ respondentId: `r${i}`, group: "g", answers: answers(x, y) }));

  it("matches the textbook interval (t(0.975, 4) = 2.7764451051977987, as R's qt)", () => {
    const iv = factorMeanIntervals(prepareResponses(plan, responses))[first.key]!;
    const half = 2.7764451051977987 * Math.sqrt(0.925 / 5);
    expect(iv.lower).toBeCloseTo(3.4 - half, 12);
    expect(iv.upper).toBeCloseTo(Math.min(5, 3.4 + half), 12);
    expect(iv.validSamples).toBe(5);
  });

  it("is withheld below five respondents and when everyone scored alike", () => {
    expect(factorMeanIntervals(prepareResponses(plan, responses.slice(0, 4)))[first.key]).toBeNull();
    const alike = scores.map((_, i) => ({ respondentId: `r${i}`, group: "g", answers: answers(3, 3) }));
    expect(factorMeanIntervals(prepareResponses(plan, alike))[first.key]).toBeNull();
  });

  it("stays on the 1–5 scale, on realistic data", () => {
    const prep = prepareResponses(plan, syntheticResponses(framework, 12, 4));
    const ivs = factorMeanIntervals(prep);
    for (const iv of Object.values(ivs)) {
      expect(iv).not.toBeNull();
      expect(iv!.lower).toBeGreaterThanOrEqual(1);
      expect(iv!.upper).toBeLessThanOrEqual(5);
      expect(iv!.upper).toBeGreaterThan(iv!.lower);
    }
  });
});
