import { describe, it, expect } from "vitest";
import fc from "fast-check";
import bfi from "./fixtures/bfi.json" with { type: "json" };
import { feldtInterval, itemAnalysis } from "./item-analysis";
import { cronbachAlpha } from "./reliability";

// Reference: psych 2.2.9 alpha() (use = "pairwise"), alpha.ci(), fa(fm = "ml"), omega(fm = "ml") on
// psych::bfi with its real missing values (fixtures/make-fixtures.R).
describe.each([
  ["agreeableness A1..A5", bfi.agreeableness, bfi.A],
  ["conscientiousness C1..C5", bfi.conscientiousness, bfi.C],
])("pairwise item analysis of bfi %s", (_label, data, ref) => {
  const res = itemAnalysis(data as (number | null)[][]);

  it("has missing values (so pairwise ≠ listwise) and uses every respondent", () => {
    expect(data.some((r) => r.some((v) => v === null))).toBe(true);
    expect(res.n).toBe(ref.nRespondents);
    expect(res.missing).toBe("pairwise");
    const listwise = cronbachAlpha(data as (number | null)[][]);
    expect(listwise.n).toBeLessThan(res.n);
    expect(Math.abs((listwise.alpha as number) - (res.alpha as number))).toBeGreaterThan(1e-6);
  });

  it("alpha, alpha-if-deleted and corrected item-total match psych::alpha (1e-9)", () => {
    expect(res.alpha).toBeCloseTo(ref.alpha, 9);
    res.items.forEach((it, j) => {
      expect(it.alphaIfDeleted).toBeCloseTo(ref.alphaIfDeleted[j] as number, 9);
      expect(it.itemTotal).toBeCloseTo(ref.itemTotal[j] as number, 9);
    });
  });

  it("Feldt interval matches psych::alpha.ci (1e-9)", () => {
    expect(res.alphaInterval?.lower).toBeCloseTo(ref.feldtLower, 9);
    expect(res.alphaInterval?.upper).toBeCloseTo(ref.feldtUpper, 9);
  });

  it("ML loadings, omega total, CR and AVE match psych::fa / psych::omega (1e-4)", () => {
    res.items.forEach((it, j) => expect(Math.abs((it.loading as number) - (ref.loadings[j] as number))).toBeLessThan(1e-4));
    expect(Math.abs((res.omegaTotal as number) - ref.omegaTotal)).toBeLessThan(1e-4);
    expect(Math.abs((res.compositeReliability as number) - ref.cr)).toBeLessThan(1e-4);
    expect(Math.abs((res.averageVarianceExtracted as number) - ref.ave)).toBeLessThan(1e-4);
  });

  it("flags follow the thresholds", () => {
    res.items.forEach((it, j) => {
      expect(it.flags.includes("low-item-total")).toBe((ref.itemTotal[j] as number) < 0.3);
      expect(it.flags.includes("alpha-rises-if-deleted")).toBe((ref.alphaIfDeleted[j] as number) > ref.alpha);
    });
    expect(res.flags.includes("low-ave")).toBe(ref.ave < 0.5);
    expect(res.flags.includes("low-cr")).toBe(ref.cr < 0.7);
  });
});

describe("item analysis details", () => {
  it("agreeableness: A1 raises alpha if deleted; AVE below .50; the reading says so", () => {
    const res = itemAnalysis(bfi.agreeableness as (number | null)[][], { keys: ["A1", "A2", "A3", "A4", "A5"] });
    expect(res.items[0]?.flags).toEqual(["alpha-rises-if-deleted"]);
    expect(res.flags).toContain("low-ave");
    expect(res.reading).toBe("Items hang together acceptably (α 0.70, ω 0.72); A1 fits poorly.");
  });

  it("on complete data pairwise alpha equals the listwise alpha (Cronbach 1951 worked example 63/86)", () => {
    const table = [
      [3, 4, 3],
      [2, 3, 4],
      [4, 4, 5],
      [3, 2, 3],
      [4, 4, 4],
    ];
    const res = itemAnalysis(table);
    expect(res.alpha).toBeCloseTo(63 / 86, 12);
    expect(res.items.map((i) => i.alphaIfDeleted)).toEqual([7 / 11, 3 / 5, 16 / 23].map((v) => expect.closeTo(v, 12)));
    // Corrected item-total of item A: cov(A, B + C) = 0.4 + 0.3 = 0.7; var(B + C) = 0.8 + 0.7 + 2·0.35 = 2.2.
    expect(res.items[0]?.itemTotal).toBeCloseTo(0.7 / Math.sqrt(0.7 * 2.2), 12);
  });

  it("Feldt interval for α = .8, n = 101, k = 5 equals psych::alpha.ci; narrower with more people", () => {
    const ex = bfi.feldtExample;
    const ci = feldtInterval(ex.alpha, ex.n, ex.k) as { lower: number; upper: number };
    expect(ci.lower).toBeCloseTo(ex.lower, 10);
    expect(ci.upper).toBeCloseTo(ex.upper, 10);
    const wide = feldtInterval(0.8, 21, 5) as { lower: number; upper: number };
    expect(wide.upper - wide.lower).toBeGreaterThan(ci.upper - ci.lower);
    expect(feldtInterval(0.8, 1, 5)).toBeNull();
  });

  it("two items: alpha but no loadings", () => {
    const res = itemAnalysis([
      [1, 2],
      [2, 2],
      [3, 4],
      [5, 4],
    ]);
    expect(res.alpha).not.toBeNull();
    expect(res.omegaTotal).toBeNull();
    expect(res.flags).toContain("too-few-items-for-loadings");
  });

  it("property: never NaN; an item's skipped answers do not remove the respondent's other answers", () => {
    const likertOrNull = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(likertOrNull, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 40 }), (m) => {
        const r = itemAnalysis(m);
        for (const v of [r.alpha, r.omegaTotal, r.compositeReliability, r.averageVarianceExtracted, ...r.items.map((i) => i.itemTotal)])
          if (v !== null) expect(Number.isFinite(v)).toBe(true);
        r.items.forEach((it, j) => expect(it.n).toBe(m.filter((row) => row[j] !== null).length));
      }),
      { numRuns: 60 },
    );
  });
});
