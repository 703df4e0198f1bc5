import { describe, expect, it } from "vitest";
import {
  median,
  percentileRank,
  percentileRankFromCounts,
  percentileRankSorted,
  quantile7,
  summarise,
  summariseSorted,
} from "./distribution";

describe("type-7 quantiles (R's default, Excel QUARTILE.INC)", () => {
  it("gives Excel's QUARTILE.INC answers on 1..8", () => {
    const xs = [8, 1, 7, 2, 6, 3, 5, 4];
    // QUARTILE.INC({1..8}, 1..3) = 2.75, 4.5, 6.25
    expect(quantile7(xs, 0.25)).toBeCloseTo(2.75, 12);
    expect(median(xs)).toBeCloseTo(4.5, 12);
    expect(quantile7(xs, 0.75)).toBeCloseTo(6.25, 12);
    expect(quantile7(xs, 0)).toBe(1);
    expect(quantile7(xs, 1)).toBe(8);
  });

  it("summarises five scores with ties (worked example in docs/BENCHMARK.md)", () => {
    // sorted 2.4 2.4 3.1 3.6 4.0: Q1 at h = 1 → 2.4; median at h = 2 → 3.1; Q3 at h = 3 → 3.6;
    // P10 at h = 0.4 → 2.4; P90 at h = 3.6 → 3.6 + 0.6·0.4 = 3.84.
    const d = summarise([3.1, 2.4, 4.0, 2.4, 3.6]);
    expect(d).not.toBeNull();
    expect(d?.n).toBe(5);
    expect(d?.q1).toBeCloseTo(2.4, 12);
    expect(d?.median).toBeCloseTo(3.1, 12);
    expect(d?.q3).toBeCloseTo(3.6, 12);
    expect(d?.iqr).toBeCloseTo(1.2, 12);
    expect(d?.p10).toBeCloseTo(2.4, 12);
    expect(d?.p90).toBeCloseTo(3.84, 12);
  });

  it("has no figures for no values, and ignores non-finite ones", () => {
    expect(summarise([])).toBeNull();
    expect(median([])).toBeNull();
    expect(median([Number.NaN, 2, 4])).toBe(3);
  });
});

describe("mid-rank percentile rank", () => {
  const peers = [3.1, 2.4, 4.0, 2.4, 3.6];
  it("counts ties half", () => {
    // 2.4: B = 0, E = 2 → 100·(0 + 1)/5 = 20
    expect(percentileRank(peers, 2.4)).toBeCloseTo(20, 12);
    // 3.6: B = 3, E = 1 → 100·3.5/5 = 70
    expect(percentileRank(peers, 3.6)).toBeCloseTo(70, 12);
  });
  it("is between the order statistics for a score between peers", () => {
    expect(percentileRank(peers, 3.3)).toBeCloseTo(60, 12);
    expect(percentileRank(peers, 1)).toBe(0);
    expect(percentileRank(peers, 5)).toBe(100);
  });
  it("has no figure without peers, and agrees with the count form", () => {
    expect(percentileRank([], 3)).toBeNull();
    expect(percentileRankFromCounts(3, 1, 5)).toBeCloseTo(70, 12);
  });
});

describe("the sorted fast path agrees with the plain definitions", () => {
  it("on ties, between values and outside the range", () => {
    const values = [3.1, 2.4, 4.0, 2.4, 3.6, 3.6, 1.8, 2.4 + 1e-12];
    const sorted = Float64Array.from(values).sort();
    for (const x of [1, 1.8, 2.4, 2.5, 3.6, 3.61, 4.0, 5])
      expect(percentileRankSorted(sorted, x), String(x)).toBeCloseTo(percentileRank(values, x) as number, 12);
    expect(summariseSorted(sorted)).toEqual(summarise(values));
    expect(percentileRankSorted(new Float64Array(0), 3)).toBeNull();
  });
  it("on a thousand random pools", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 1000; k++) {
      const values = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => 1 + Math.round(rand() * 40) / 10);
      const sorted = Float64Array.from(values).sort();
      const x = 1 + Math.round(rand() * 40) / 10;
      expect(percentileRankSorted(sorted, x)).toBeCloseTo(percentileRank(values, x) as number, 12);
    }
  });
});
