import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { stratifiedMeanInterval, stratifiedMeanIntervals } from "./stratified-bootstrap";
import { mulberry32 } from "./prng";
import { normalQuantile } from "./special";

const groupsOf = (nm: number, ne: number) => [...Array<string>(nm).fill("managers"), ...Array<string>(ne).fill("employees")];

describe("stratified bootstrap-t band for a mean", () => {
  it("is withheld below 5 respondents and when every answer is the same", () => {
    expect(stratifiedMeanInterval([3, 4, 5, 4], groupsOf(2, 2))).toEqual({
      status: "withheld",
      reason: "too-few-respondents",
      n: 4,
      minimum: 5,
    });
    expect(stratifiedMeanInterval([4, 4, 4, 4, 4, 4], groupsOf(3, 3))).toMatchObject({ status: "withheld", reason: "no-variation" });
  });

  it("stratified standard error: groups {1,2,1,2,1,2} and {4,5,4,5,4,5} → se² = Σ W_h s²_h / W² = 12·0.3/144", () => {
    const values = [1, 2, 1, 2, 1, 2, 4, 5, 4, 5, 4, 5];
    const r = stratifiedMeanInterval(values, groupsOf(6, 6));
    if (r.status !== "ok") throw new Error("expected a band");
    // s² per group = 0.3 (n − 1 = 5); se² = (6·0.3 + 6·0.3)/12² = 0.025. The unstratified se would be
    // sd(all)/√12 ≈ 0.47, five times wider: the group difference is design, not noise.
    expect(r.se).toBeCloseTo(Math.sqrt(0.025), 12);
    expect(r.estimate).toBe(3);
    expect(r.strata).toEqual([
      { group: "employees", n: 6 },
      { group: "managers", n: 6 },
    ]);
    expect(r.upper - r.lower).toBeLessThan(1);
  });

  it("groups smaller than 5 are pooled rather than resampled alone", () => {
    const r = stratifiedMeanInterval([1, 2, 3, 4, 5, 3, 4, 2], ["m", "m", "e", "e", "e", "e", "e", "x"]);
    if (r.status !== "ok") throw new Error("expected a band");
    expect(r.strata).toEqual([{ group: "e+m+x", n: 8 }]);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const v = [2, 3, 3, 4, 4, 4, 5, 3, 2, 4, 5, 5];
    const g = groupsOf(4, 8);
    expect(stratifiedMeanInterval(v, g, { seed: 9 })).toEqual(stratifiedMeanInterval(v, g, { seed: 9 }));
    expect(stratifiedMeanInterval(v, g, { seed: 9 })).not.toEqual(stratifiedMeanInterval(v, g, { seed: 10 }));
  });

  it("large symmetric sample: close to estimate ± z·se", () => {
    const rng = mulberry32(3);
    const v = Array.from({ length: 400 }, () => 1 + Math.floor(rng() * 5));
    const r = stratifiedMeanInterval(v, groupsOf(150, 250), { samples: 4000 });
    if (r.status !== "ok") throw new Error("expected a band");
    const z = normalQuantile(0.975);
    expect(Math.abs(r.lower - (r.estimate - z * r.se))).toBeLessThan(0.15 * r.se);
    expect(Math.abs(r.upper - (r.estimate + z * r.se))).toBeLessThan(0.15 * r.se);
  });

  it("bounds never leave the 1–5 scale (range clipping) unless range is null", () => {
    const v = [1, 1, 1, 1, 5];
    const r = stratifiedMeanInterval(v, groupsOf(0, 5));
    if (r.status !== "ok") throw new Error("expected a band");
    expect(r.lower).toBeGreaterThanOrEqual(1);
    expect(r.upper).toBeLessThanOrEqual(5);
  });

  it("columns share resamples: each column's band equals its single-column band", () => {
    const a = Float64Array.from([1, 2, 3, 4, 5, 4, 3, 2, 4, 5]);
    const b = Float64Array.from([2, NaN, 3, 3, 4, 5, 4, 4, NaN, 3]);
    const g = groupsOf(5, 5);
    const both = stratifiedMeanIntervals([a, b], g, { seed: 5 });
    expect(both[0]).toEqual(stratifiedMeanInterval(Array.from(a), g, { seed: 5 }));
    expect(both[1]).toMatchObject({ status: "ok", n: 8 });
  });

  it("coverage at n = 10 (managers 3, employees 7), 300 simulated skewed Likert surveys: ≥ 0.90", () => {
    // Answers 1–5 with P = .05, .10, .15, .40, .30 (employees) and .02, .05, .13, .40, .40 (managers).
    const pe = [0.05, 0.1, 0.15, 0.4, 0.3];
    const pm = [0.02, 0.05, 0.13, 0.4, 0.4];
    const mu = (p: number[]) => p.reduce((s, x, i) => s + x * (i + 1), 0);
    const target = (3 * mu(pm) + 7 * mu(pe)) / 10;
    const rng = mulberry32(11);
    const draw = (p: number[]) => {
      let u = rng();
      for (let i = 0; i < p.length; i++) if ((u -= p[i] as number) < 0) return i + 1;
      return p.length;
    };
    let covered = 0;
    const g = groupsOf(3, 7);
    for (let s = 0; s < 300; s++) {
      // composite of 3 items per respondent
      const v = g.map(
        (grp) => (draw(grp === "managers" ? pm : pe) + draw(grp === "managers" ? pm : pe) + draw(grp === "managers" ? pm : pe)) / 3,
      );
      const r = stratifiedMeanInterval(v, g, { seed: s, samples: 500 });
      if (r.status === "ok" && r.lower <= target && target <= r.upper) covered++;
    }
    expect(covered / 300).toBeGreaterThanOrEqual(0.9);
  });

  it("property: lower ≤ estimate ≤ upper, within the scale", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 30 }), fc.integer(), (xs, seed) => {
        const r = stratifiedMeanInterval(
          xs,
          xs.map((_, i) => (i % 3 === 0 ? "m" : "e")),
          { seed, samples: 200 },
        );
        if (r.status === "ok") {
          expect(r.lower).toBeLessThanOrEqual(r.estimate + 1e-12);
          expect(r.upper).toBeGreaterThanOrEqual(r.estimate - 1e-12);
          expect(r.lower).toBeGreaterThanOrEqual(1);
          expect(r.upper).toBeLessThanOrEqual(5);
        } else expect(r.reason).toBe("no-variation");
      }),
      { numRuns: 60 },
    );
  });
});
