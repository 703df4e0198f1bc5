import { describe, it, expect } from "vitest";
import bfi from "./fixtures/bfi.json" with { type: "json" };
import hs from "./fixtures/holzinger-swineford.json" with { type: "json" };
import { fornellLarcker, htmt, htmtFromCorrelation } from "./validity";
import { cfaFromData } from "./cfa";

describe("HTMT (Henseler, Ringle & Sarstedt 2015)", () => {
  it("agreeableness vs conscientiousness on bfi matches the formula in R (1e-9)", () => {
    const r = htmt([bfi.agreeableness as (number | null)[][], bfi.conscientiousness as (number | null)[][]]);
    expect(r.pairs[0]?.htmt).toBeCloseTo(bfi.htmt, 9);
    expect(r.pairs[0]?.flagged).toBe(false);
    expect(r.matrix[1]?.[0]).toBe(r.matrix[0]?.[1]);
  });

  it("hand example: within .6 and .5, between .5 → .5/√(.6·.5) = 0.9129 > .85 flagged", () => {
    // items 0,1 → factor 0 (r = .6); items 2,3 → factor 1 (r = .5); all cross correlations .5
    const R = Float64Array.from([1, 0.6, 0.5, 0.5, 0.6, 1, 0.5, 0.5, 0.5, 0.5, 1, 0.5, 0.5, 0.5, 0.5, 1]);
    const r = htmtFromCorrelation(R, 4, [0, 0, 1, 1]);
    expect(r.pairs[0]?.htmt).toBeCloseTo(0.5 / Math.sqrt(0.3), 12);
    expect(r.pairs[0]?.flagged).toBe(true);
  });

  it("a single-item factor has no monotrait correlation → null", () => {
    const R = Float64Array.from([1, 0.6, 0.5, 0.6, 1, 0.5, 0.5, 0.5, 1]);
    expect(htmtFromCorrelation(R, 3, [0, 0, 1]).pairs[0]?.htmt).toBeNull();
  });
});

describe("Fornell–Larcker", () => {
  it("hand example: AVE .5 and .6 with r = .6 passes (√.5 = .707 > .6); r = .75 fails", () => {
    expect(
      fornellLarcker(
        [0.5, 0.6],
        [
          [1, 0.6],
          [0.6, 1],
        ],
      ).passes,
    ).toBe(true);
    const bad = fornellLarcker(
      [0.5, 0.6],
      [
        [1, 0.75],
        [0.75, 1],
      ],
    );
    expect(bad.passes).toBe(false);
    expect(bad.pairs[0]?.sqrtAveA).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(
      fornellLarcker(
        [null, 0.6],
        [
          [1, 0.2],
          [0.2, 1],
        ],
      ).passes,
    ).toBeNull();
  });

  it("Holzinger–Swineford three-factor CFA: AVE from lavaan's std.all loadings vs latent correlations", () => {
    const fit = cfaFromData(hs.data as number[][], [0, 0, 0, 1, 1, 1, 2, 2, 2]);
    const g = fit.groups[0];
    const ave = [0, 1, 2].map((f) => {
      const l = (g?.standardizedLoadings ?? []).map((row) => row[f] as number).filter((v) => v !== 0);
      return l.reduce((s, v) => s + v * v, 0) / l.length;
    });
    // visual AVE = (.772² + .424² + .581²)/3 = .372 → √ = .610 > r(visual, textual) = .459
    expect(ave[0]).toBeCloseTo((0.771880719 ** 2 + 0.423601842 ** 2 + 0.581132263 ** 2) / 3, 4);
    expect(fornellLarcker(ave, g?.factorCorrelation ?? []).passes).toBe(true);
  });
});
