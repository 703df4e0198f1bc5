import { describe, it, expect } from "vitest";
import ref from "./fixtures/group-tests.json" with { type: "json" };
import { benjaminiHochberg, compareGroups, hedgesG, welchTTest } from "./group-tests";

describe("Welch t-test against R t.test(var.equal = FALSE)", () => {
  it.each(ref.welch.map((w) => [w.variable, w] as const))("HS %s Pasteur vs Grant-White", (_v, w) => {
    const r = welchTTest(w.a, w.b);
    expect(r?.t).toBeCloseTo(w.t, 10);
    expect(r?.df).toBeCloseTo(w.df, 8);
    expect(Math.abs((r?.p as number) - w.p) / w.p).toBeLessThan(1e-8);
  });

  it("R's sleep data: t = −1.8608, df = 17.776, p = 0.07939", () => {
    const r = welchTTest(ref.sleep.a, ref.sleep.b);
    expect(r?.t).toBeCloseTo(ref.sleep.t, 10);
    expect(r?.df).toBeCloseTo(ref.sleep.df, 8);
    expect(r?.p).toBeCloseTo(ref.sleep.p, 10);
    expect(ref.sleep.p).toBeCloseTo(0.07939, 5);
  });

  it("null when a group has < 2 values or there is no variance", () => {
    expect(welchTTest([1], [1, 2])).toBeNull();
    expect(welchTTest([2, 2], [3, 3])).toBeNull();
  });
});

describe("Hedges' g (Hedges & Olkin 1985) against the formula in R", () => {
  it.each(ref.welch.map((w) => [w.variable, w] as const))("HS %s", (_v, w) => {
    const g = hedgesG(w.a, w.b);
    expect(g?.g).toBeCloseTo(w.g, 10);
    expect(g?.lower).toBeCloseTo(w.lower, 10);
    expect(g?.upper).toBeCloseTo(w.upper, 10);
  });
});

describe("Benjamini–Hochberg against p.adjust(method = 'BH')", () => {
  it("vector with ties", () => {
    benjaminiHochberg(ref.bhVector.p).forEach((q, i) => expect(q).toBeCloseTo(ref.bhVector.adjusted[i] as number, 12));
  });
  it("nulls are kept and not counted", () => {
    expect(benjaminiHochberg([0.01, null, 0.04])).toEqual([0.02, null, 0.04]);
  });

  it("compareGroups on the 9 HS tests: q equals p.adjust, classification by q < .05", () => {
    const res = compareGroups(ref.welch.map((w) => ({ key: w.variable, a: w.a, b: w.b })));
    res.forEach((r, i) => {
      expect(r.q).toBeCloseTo(ref.bhHs[i] as number, 10);
      expect(r.classification).toBe((ref.bhHs[i] as number) < 0.05 ? "distinguishable" : "not-distinguishable");
    });
    expect(res.some((r) => r.classification === "distinguishable")).toBe(true);
    expect(res.some((r) => r.classification === "not-distinguishable")).toBe(true);
    expect(compareGroups([{ key: "x", a: [1], b: [2, 3] }])[0]?.classification).toBe("not-tested");
  });
});
