import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { mean, median, quantile, sampleSd, sampleVariance } from "./descriptive";

describe("descriptive statistics", () => {
  it.each([
    [[2, 4, 4, 4, 5, 5, 7, 9], 5, 32 / 7],
    [[1, 2, 3, 4], 2.5, 5 / 3],
  ])("mean and n−1 variance of %j", (xs, m, v) => {
    expect(mean(xs)).toBe(m);
    expect(sampleVariance(xs)).toBeCloseTo(v, 12);
    expect(sampleSd(xs)).toBeCloseTo(Math.sqrt(v), 12);
  });

  it("returns null, never NaN, for too little data", () => {
    expect(mean([])).toBeNull();
    expect(sampleVariance([3])).toBeNull();
    expect(sampleSd([])).toBeNull();
    expect(quantile([], 0.5)).toBeNull();
  });

  // Reference values from R 4.x: quantile(1:10, c(.25,.5,.9), type = 7) → 3.25 5.5 9.1
  it.each([
    [0.25, 3.25],
    [0.5, 5.5],
    [0.9, 9.1],
    [0, 1],
    [1, 10],
  ])("type-7 quantile of 1..10 at p=%d is %d", (p, q) => {
    expect(quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p)).toBeCloseTo(q, 12);
  });

  it("median of an even-sized sample is the mean of the middle pair", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("rejects a probability outside [0, 1]", () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
  });

  it("property: mean and quantiles lie within [min, max]; quantiles are monotone in p", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p1, p2) => {
          const lo = Math.min(...xs);
          const hi = Math.max(...xs);
          const m = mean(xs) as number;
          expect(m).toBeGreaterThanOrEqual(lo - 1e-6);
          expect(m).toBeLessThanOrEqual(hi + 1e-6);
          const [a, b] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const qa = quantile(xs, a) as number;
          const qb = quantile(xs, b) as number;
          expect(qa).toBeLessThanOrEqual(qb + 1e-9);
          expect(qa).toBeGreaterThanOrEqual(lo);
          expect(qb).toBeLessThanOrEqual(hi);
        },
      ),
    );
  });
});
