import { describe, expect, it } from "vitest";
import { mulberry32 } from "./prng";
import { normalQuantile } from "./special";
import { stratifiedDifferenceIntervals, type DifferenceInterval, type RoundSample } from "./stratified-difference";

const round = (values: readonly number[], groups?: readonly string[]): RoundSample => ({
  columns: [Float64Array.from(values)],
  groups: groups ?? values.map(() => "staff"),
});

function ok(i: DifferenceInterval | undefined) {
  if (!i || i.status !== "ok") throw new Error(`expected an interval, got ${JSON.stringify(i)}`);
  return i;
}

/** Answers on the 1–5 scale around `centre` (rounded normal, clipped). */
function likert(rng: () => number, n: number, centre: number): number[] {
  return Array.from({ length: n }, () => {
    const z = normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, rng())));
    return Math.max(1, Math.min(5, Math.round(centre + z)));
  });
}

describe("interval on the change between two rounds", () => {
  it("estimate is after − before, se is √(se²_before + se²_after)", () => {
    const before = [2, 3, 3, 4, 2, 3, 4, 3];
    const after = [3, 4, 4, 5, 3, 4, 5, 4];
    const r = ok(stratifiedDifferenceIntervals(round(before), round(after))[0]);
    expect(r.estimate).toBeCloseTo(1, 12);
    // Both rounds: squared deviations sum to 4, variance 4/7 (n − 1 = 7) → se² = (4/7)/8 each.
    expect(r.se).toBeCloseTo(Math.sqrt(2 * (4 / 7 / 8)), 12);
    expect(r.lower).toBeGreaterThan(0);
    expect(r.lower).toBeLessThan(1);
    expect(r.upper).toBeGreaterThan(1);
    expect({ nBefore: r.nBefore, nAfter: r.nAfter }).toEqual({ nBefore: 8, nAfter: 8 });
  });

  it("for large rounds agrees with the normal-theory interval Δ ± 1.96·se", () => {
    const rng = mulberry32(11);
    const before = likert(rng, 400, 3);
    const after = likert(rng, 400, 3.3);
    const r = ok(stratifiedDifferenceIntervals(round(before), round(after), { samples: 2000 })[0]);
    expect(r.lower).toBeCloseTo(r.estimate - 1.96 * r.se, 1);
    expect(r.upper).toBeCloseTo(r.estimate + 1.96 * r.se, 1);
    expect(Math.abs(r.upper - r.estimate - (r.estimate - r.lower))).toBeLessThan(0.03);
  });

  it("covers a true change of zero about 95 % of the time at ten respondents a round", () => {
    const rng = mulberry32(2026);
    let covered = 0;
    const trials = 300;
    for (let t = 0; t < trials; t++) {
      const r = stratifiedDifferenceIntervals(round(likert(rng, 10, 3.4)), round(likert(rng, 10, 3.4)), { samples: 400, seed: t })[0];
      if (r?.status === "ok" && r.lower <= 0 && r.upper >= 0) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.9);
    expect(covered / trials).toBeLessThan(0.99);
  });

  it("resamples each round within its groups: a design difference between groups is not noise", () => {
    const groups = [...Array<string>(6).fill("managers"), ...Array<string>(6).fill("employees")];
    const before = [1, 2, 1, 2, 1, 2, 4, 5, 4, 5, 4, 5];
    const after = before.map((v) => v + 0.5);
    const r = ok(stratifiedDifferenceIntervals(round(before, groups), round(after, groups))[0]);
    // Stratified se per round √0.025; unstratified it would be about 0.47 per round.
    expect(r.se).toBeCloseTo(Math.sqrt(0.05), 12);
    expect(r.lower).toBeGreaterThan(0);
  });

  it("places the interval around a given centre with the same width", () => {
    const before = round([2, 3, 3, 4, 2, 3, 4, 3]);
    const after = round([3, 4, 4, 5, 3, 4, 5, 4]);
    const own = ok(stratifiedDifferenceIntervals(before, after)[0]);
    const moved = ok(stratifiedDifferenceIntervals(before, after, { centres: [0.98] })[0]);
    expect(moved.estimate).toBe(0.98);
    expect(moved.upper - moved.lower).toBeCloseTo(own.upper - own.lower, 12);
    expect(moved.lower).toBeCloseTo(own.lower - 0.02, 12);
  });

  it("is withheld when either round has fewer than 5 respondents or nothing varies, and is reproducible", () => {
    expect(stratifiedDifferenceIntervals(round([3, 4, 5, 4]), round([3, 4, 5, 4, 2]))[0]).toMatchObject({
      status: "withheld",
      reason: "too-few-respondents",
      nBefore: 4,
      nAfter: 5,
    });
    expect(stratifiedDifferenceIntervals(round([4, 4, 4, 4, 4]), round([4, 4, 4, 4, 4]))[0]).toMatchObject({
      status: "withheld",
      reason: "no-variation",
    });
    const a = round([2, 3, 3, 4, 2, 3]);
    const b = round([3, 3, 4, 5, 3, 4]);
    expect(stratifiedDifferenceIntervals(a, b, { seed: 5 })).toEqual(stratifiedDifferenceIntervals(a, b, { seed: 5 }));
  });

  it("handles several measures with gaps, each on the respondents that have a value", () => {
    const before: RoundSample = {
      columns: [Float64Array.from([2, 3, 3, 4, 2, 3]), Float64Array.from([NaN, 3, 3, 4, NaN, 3])],
      groups: Array<string>(6).fill("staff"),
    };
    const after: RoundSample = {
      columns: [Float64Array.from([3, 4, 4, 5, 3, 4]), Float64Array.from([4, 4, 5, 5, 4, 4])],
      groups: Array<string>(6).fill("staff"),
    };
    const [first, second] = stratifiedDifferenceIntervals(before, after);
    expect(ok(first).nBefore).toBe(6);
    expect(second).toMatchObject({ status: "withheld", reason: "too-few-respondents", nBefore: 4, nAfter: 6 });
  });
});
