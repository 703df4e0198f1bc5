import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { rwg, rwgJ, rwgJStar, uniformNullVariance } from "./agreement";

describe("inter-rater agreement rwg", () => {
  // σ²_EU = (A² − 1)/12: 2.0 for a 5-point scale, 4.0 for 7 points (James et al. 1984, p. 88;
  // LeBreton & Senter 2008, Table 2 lists the same uniform-null variances).
  it.each([
    [5, 2],
    [7, 4],
    [2, 0.25],
  ])("uniform null variance for %d options is %d", (a, v) => {
    expect(uniformNullVariance(a)).toBe(v);
  });

  it("single item: ratings 3,4,4,5,4 → s² = 0.5 → rwg = 1 − 0.5/2 = 0.75", () => {
    expect(rwg([3, 4, 4, 5, 4])).toBeCloseTo(0.75, 12);
  });

  it("perfect agreement is 1; more spread than the uniform null truncates to 0", () => {
    expect(rwg([4, 4, 4, 4])).toBe(1);
    // 1,1,5,5: s² = 16/3 > 2 → raw −1.67 → 0
    expect(rwg([1, 1, 5, 5])).toBe(0);
    expect(rwg([3])).toBeNull();
  });

  it("rwg(J), James et al. 1984 eq. 4: J = 3 items each with s² = 0.5 → 3·0.75/(3·0.75+0.25) = 0.9", () => {
    const item = [3, 4, 4, 5, 4];
    expect(rwgJ([item, item, item])).toBeCloseTo(0.9, 12);
  });

  it("rwg(J) with J = 10 and mean variance 1.0 on 5 points → 10·0.5/(10·0.5+0.5) = 10/11", () => {
    // Ratings 2,4 repeated → s² per item: 4 values 2,4,2,4 → mean 3, SS 4, s² = 4/3; use 3 values
    // 2,3,4 → s² = 1 exactly.
    const items = Array.from({ length: 10 }, () => [2, 3, 4]);
    expect(rwgJ(items)).toBeCloseTo(10 / 11, 12);
  });

  it("rwg(J) leaves out items with fewer than two ratings and is null with none", () => {
    expect(rwgJ([[3, 4, 4, 5, 4], [2]])).toBeCloseTo(0.75, 12);
    expect(rwgJ([[2], []])).toBeNull();
  });

  it("property: rwg and rwg(J) are within [0, 1]", () => {
    const ratings = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(ratings, fc.array(ratings, { minLength: 1, maxLength: 6 }), (one, many) => {
        const a = rwg(one) as number;
        const b = rwgJ(many) as number;
        for (const v of [a, b]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("Lindell's r*wg(J): three items with s² = 0.5 → 1 − 0.5/2 = 0.75 (rwg(J) steps it up to 0.9)", () => {
    const item = [3, 4, 4, 5, 4];
    expect(rwgJStar([item, item, item])).toBeCloseTo(0.75, 12);
    // Does not grow with J: ten items with s² = 1 → 0.5, where rwg(J) gives 10/11.
    const items = Array.from({ length: 10 }, () => [2, 3, 4]);
    expect(rwgJStar(items)).toBeCloseTo(0.5, 12);
    expect(rwgJ(items)).toBeCloseTo(10 / 11, 12);
  });

  it("r*wg(J) is not truncated: polarised answers 1,1,5,5 (s² = 16/3) → 1 − 8/3", () => {
    expect(rwgJStar([[1, 1, 5, 5]])).toBeCloseTo(1 - 16 / 3 / 2, 12);
    expect(rwgJStar([[2], []])).toBeNull();
  });
});
