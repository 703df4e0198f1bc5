import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { percentileBootstrap, percentileInterval } from "./bootstrap";
import { quantile } from "./descriptive";
import { mulberry32 } from "./prng";

const meanOf = (xs: readonly number[]) => (idx: Uint32Array) => {
  let s = 0;
  for (const i of idx) s += xs[i] as number;
  return s / idx.length;
};

describe("mulberry32", () => {
  it("is deterministic per seed, in [0, 1), and differs between seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(c()).not.toBe(xs[0]);
  });

  it("is roughly uniform (mean ≈ 0.5 over 10⁵ draws)", () => {
    const r = mulberry32(7);
    let s = 0;
    for (let i = 0; i < 100_000; i++) s += r();
    expect(s / 100_000).toBeCloseTo(0.5, 2);
  });
});

describe("percentileInterval (quickselect)", () => {
  it("property: equals the type-7 quantiles of a full sort", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (xs, level) => {
          const got = percentileInterval(Float64Array.from(xs), level)!;
          expect(got.lower).toBeCloseTo(quantile(xs, (1 - level) / 2)!, 9);
          expect(got.upper).toBeCloseTo(quantile(xs, (1 + level) / 2)!, 9);
        },
      ),
    );
  });

  it("handles many ties and tiny arrays", () => {
    // h = 5 · 0.025 = 0.125 → 1 + 0.125 · (3 − 1) = 1.25
    const ties = percentileInterval(Float64Array.from([3, 3, 3, 1, 3, 3]), 0.95)!;
    expect(ties.lower).toBeCloseTo(1.25, 12);
    expect(ties.upper).toBe(3);
    expect(percentileInterval(Float64Array.from([2]), 0.95)).toEqual({ lower: 2, upper: 2 });
    expect(percentileInterval(new Float64Array(0), 0.95)).toBeNull();
  });
});

describe("percentile bootstrap", () => {
  it("brackets the mean of a spread sample and is null for n = 0", () => {
    const xs = [1, 2, 2, 3, 3, 3, 4, 4, 5, 5];
    const ci = percentileBootstrap(xs.length, meanOf(xs), { seed: 1 });
    expect(ci).not.toBeNull();
    expect(ci!.lower).toBeLessThan(3.2);
    expect(ci!.upper).toBeGreaterThan(3.2);
    expect(ci!.validSamples).toBe(1000);
    expect(percentileBootstrap(0, () => 1)).toBeNull();
  });

  it("a constant sample has a zero-width interval", () => {
    const ci = percentileBootstrap(5, () => 4, { samples: 50 });
    expect(ci).toMatchObject({ lower: 4, upper: 4 });
  });

  it("drops undefined replicates and counts them", () => {
    let k = 0;
    const ci = percentileBootstrap(3, () => (k++ % 2 === 0 ? null : 1), { samples: 10 });
    expect(ci!.validSamples).toBe(5);
  });

  it("property: the same seed gives the same interval; lower ≤ upper", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 30 }), fc.integer(), (xs, seed) => {
        const a = percentileBootstrap(xs.length, meanOf(xs), { seed, samples: 200 });
        const b = percentileBootstrap(xs.length, meanOf(xs), { seed, samples: 200 });
        expect(a).toEqual(b);
        expect(a!.lower).toBeLessThanOrEqual(a!.upper);
      }),
      { numRuns: 50 },
    );
  });
});
