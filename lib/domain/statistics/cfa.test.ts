import { describe, it, expect } from "vitest";
import hs from "./fixtures/holzinger-swineford.json" with { type: "json" };
import { cfaFromData, fitCfa, type CfaResult } from "./cfa";
import { metricInvariance } from "./cfa-invariance";
import { oneFactorMl } from "./one-factor-ml";
import { mlCovariance } from "./matrix";

// Reference: lavaan 0.6.14 cfa(..., std.lv = TRUE), ML, on HolzingerSwineford1939 x1..x9
// (fixtures/make-fixtures.R). Iterative estimates: 1e-4 on parameters, 1e-3 relative on chi-square.
const data = hs.data as number[][];
const THREE = [0, 0, 0, 1, 1, 1, 2, 2, 2];
const factorNames = ["visual", "textual", "speed"];

type Fixture = (typeof hs)["threeFactor"];

function expectFit(got: CfaResult, ref: Fixture) {
  expect(got.converged).toBe(true);
  expect(got.df).toBe(ref.fit.df);
  expect(Math.abs(got.chisq - ref.fit.chisq) / ref.fit.chisq).toBeLessThan(1e-6);
  expect(got.baselineChisq).toBeCloseTo(ref.fit["baseline.chisq"], 6);
  expect(got.baselineDf).toBe(ref.fit["baseline.df"]);
  expect(got.cfi as number).toBeCloseTo(ref.fit.cfi, 6);
  expect(got.tli as number).toBeCloseTo(ref.fit.tli, 6);
  expect(got.rmsea as number).toBeCloseTo(ref.fit.rmsea, 6);
  expect(got.srmr).toBeCloseTo(ref.fit.srmr, 5);
  expect(got.fmin).toBeCloseTo(ref.fit.fmin, 6);
}

function expectLoadings(got: CfaResult, ref: Fixture, factorOf: readonly number[], names: readonly string[]) {
  for (const row of ref.loadings) {
    const i = Number(row.rhs.slice(1)) - 1;
    const f = names.indexOf(row.lhs);
    const g = got.groups[row.group - 1];
    expect(f).toBe(factorOf[i]);
    expect(Math.abs((g?.loadings[i]?.[f] as number) - row.est)).toBeLessThan(1e-4);
    expect(Math.abs((g?.standardizedLoadings[i]?.[f] as number) - row["std.all"])).toBeLessThan(1e-4);
  }
  for (const row of ref.residuals) {
    const i = Number(row.lhs.slice(1)) - 1;
    expect(Math.abs((got.groups[row.group - 1]?.residualVariances[i] as number) - row.est)).toBeLessThan(1e-4);
  }
}

describe("ML CFA against lavaan (Holzinger–Swineford 1939)", () => {
  it("one factor on x1..x9: chi-square 312.26 on 27 df, CFI, TLI, RMSEA, SRMR, loadings", () => {
    const r = cfaFromData(data);
    expectFit(r, hs.oneFactor);
    expectLoadings(r, hs.oneFactor, new Array<number>(9).fill(0), ["g"]);
    expect(r.heywood).toBe(false);
  });

  it("three correlated factors (visual, textual, speed): chi-square 85.31 on 24 df, factor correlations", () => {
    const r = cfaFromData(data, THREE);
    expectFit(r, hs.threeFactor);
    expectLoadings(r, hs.threeFactor, THREE, factorNames);
    for (const row of hs.threeFactor.factorCov) {
      const a = factorNames.indexOf(row.lhs);
      const b = factorNames.indexOf(row.rhs);
      expect(Math.abs((r.groups[0]?.factorCorrelation[a]?.[b] as number) - row["std.all"])).toBeLessThan(1e-4);
    }
  });

  it("uses the N (not N − 1) covariance: the N − 1 matrix gives loadings off lavaan's by √(N/(N − 1))", () => {
    const { cov, p, n } = mlCovariance(data);
    const unbiased = cov.map((v) => (v * n) / (n - 1));
    const r = fitCfa({ p, factorOf: THREE, groups: [{ cov: unbiased, n }] });
    const x1 = hs.threeFactor.loadings[0]?.est as number;
    expect(Math.abs((r.groups[0]?.loadings[0]?.[0] as number) - x1)).toBeGreaterThan(1e-3);
    expect(r.groups[0]?.loadings[0]?.[0]).toBeCloseTo(x1 * Math.sqrt(n / (n - 1)), 5);
  });

  it("two-group metric invariance by school: configural, equal loadings, chi-square difference", () => {
    const levels = hs.schoolLevels;
    const a = data.filter((_, i) => hs.school[i] === levels[0]);
    const b = data.filter((_, i) => hs.school[i] === levels[1]);
    const mi = metricInvariance(a, b, THREE);
    expectFit(mi.configural, hs.configural);
    expectFit(mi.metric, hs.metric);
    expectLoadings(mi.configural, hs.configural, THREE, factorNames);
    expectLoadings(mi.metric, hs.metric, THREE, factorNames);
    expect(mi.dfDiff).toBe(hs.invariance.dfDiff);
    expect(mi.chisqDiff).toBeCloseTo(hs.invariance.chisqDiff, 4);
    expect(mi.pValue).toBeCloseTo(hs.invariance.p, 4);
    expect(mi.invariant).toBe(true);
    // Equal loadings really are equal across the groups.
    expect(mi.metric.groups[0]?.loadings).toEqual(mi.metric.groups[1]?.loadings);
  });

  it("a just-identified model (3 items, 1 factor) fits exactly: df 0, chi-square 0", () => {
    const r = cfaFromData(data.map((row) => row.slice(0, 3)));
    expect(r.df).toBe(0);
    expect(r.chisq).toBeLessThan(1e-8);
    expect(r.pValue).toBeNull();
  });

  it("oneFactorMl (closed-form Fisher scoring) gives lavaan's one-factor solution", () => {
    const { cov, p } = mlCovariance(data);
    const fast = oneFactorMl(cov, p);
    expect(fast?.converged).toBe(true);
    for (const row of hs.oneFactor.loadings) {
      const i = Number(row.rhs.slice(1)) - 1;
      expect(Math.abs((fast?.loadings[i] as number) - row.est)).toBeLessThan(1e-4);
    }
    for (const row of hs.oneFactor.residuals) {
      const i = Number(row.lhs.slice(1)) - 1;
      expect(Math.abs((fast?.residualVariances[i] as number) - row.est)).toBeLessThan(1e-4);
    }
    expect((fast?.f as number) / 2).toBeCloseTo(hs.oneFactor.fit.fmin, 8);
    expect(oneFactorMl(Float64Array.from([1, 1, 1, 1]), 2)).toBeNull();
  });
});
