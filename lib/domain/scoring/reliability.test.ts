import { describe, expect, it } from "vitest";
import { itemAnalysisFlat } from "../statistics/item-analysis";
import { cronbachAlpha } from "../statistics/reliability";
import { buildPlan } from "./plan";
import { prepareResponses } from "./prepare";
import { computeReliability } from "./reliability";
import { syntheticFramework, syntheticResponses } from "./test-fixtures";

// With 10 % "don't know" and 5 % skipped over five items, listwise deletion keeps ~ 44 % of respondents;
// pairwise alpha (psych::alpha's default, checked against R in item-analysis.test.ts) keeps everyone.
describe("reliability table: pairwise alpha on the respondents behind the score", () => {
  const framework = syntheticFramework([3, 3, 3], 5);
  const plan = buildPlan(framework, ["cx", "ecrm", "ckm"]);
  const prep = prepareResponses(plan, syntheticResponses(framework, 60, 11, ["managers", "employees"], 0.1, 0.05));
  const table = computeReliability(prep);

  it("equals the pairwise item analysis, factor by factor, and differs from listwise", () => {
    let differs = 0;
    for (const [fi, f] of plan.factors.entries()) {
      const k = f.itemCount;
      const n = prep.respondents.length;
      const flat = new Float64Array(n * k);
      const rows: (number | null)[][] = [];
      for (let r = 0; r < n; r++) {
        const row: (number | null)[] = [];
        for (let j = 0; j < k; j++) {
          const v = prep.scored[r * plan.items.length + f.itemStart + j] as number;
          flat[r * k + j] = v;
          row.push(v === v ? v : null);
        }
        rows.push(row);
      }
      const reference = itemAnalysisFlat(flat, n, k);
      const row = table[fi]!;
      expect(row.alpha).toBeCloseTo(reference.alpha as number, 12);
      row.items.forEach((it, j) => expect(it.alphaIfDeleted).toBeCloseTo(reference.items[j]!.alphaIfDeleted as number, 12));
      const listwise = cronbachAlpha(rows);
      expect(listwise.n).toBeLessThan(row.n);
      if (Math.abs((listwise.alpha as number) - (row.alpha as number)) > 1e-6) differs++;
    }
    expect(differs).toBe(plan.factors.length);
  });

  it("rests on most respondents, not the complete cases only", () => {
    // A pair is answered by both with probability ≈ 0.85² ≈ 0.72; all five items only ≈ 0.85⁵ ≈ 0.44.
    for (const row of table) expect(row.n).toBeGreaterThan(0.55 * 60);
  });
});
