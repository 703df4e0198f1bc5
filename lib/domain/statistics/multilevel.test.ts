import { describe, it, expect } from "vitest";
import ref from "./fixtures/icc.json" with { type: "json" };
import { icc } from "./multilevel";

describe("ICC(1), ICC(2) (Bliese 2000) against a one-way ANOVA in R", () => {
  it.each([
    ["balanced: InsectSprays, 6 × 12", ref.balanced],
    ["unbalanced: chickwts, 6 feeds of 10–14", ref.unbalanced],
  ])("%s", (_label, d) => {
    const r = icc(d.y, d.group);
    expect(r).not.toBeNull();
    expect(r?.msb).toBeCloseTo(d.msb, 8);
    expect(r?.msw).toBeCloseTo(d.msw, 8);
    expect(r?.icc1).toBeCloseTo(d.icc1, 10);
    expect(r?.icc2).toBeCloseTo(d.icc2, 10);
  });

  it("hand example: groups {1,2,3} and {4,5,6}: MSB = 13.5, MSW = 1 → ICC1 = 12.5/15.5, ICC2 = 12.5/13.5", () => {
    const r = icc([1, 2, 3, 4, 5, 6], ["a", "a", "a", "b", "b", "b"]);
    expect(r?.icc1).toBeCloseTo(12.5 / 15.5, 12);
    expect(r?.icc2).toBeCloseTo(12.5 / 13.5, 12);
  });

  it("null with one group or no between-group variance; NaN values skipped", () => {
    expect(icc([1, 2, 3], ["a", "a", "a"])).toBeNull();
    expect(icc([1, 2, 1, 2], ["a", "a", "b", "b"])).toBeNull();
    expect(icc([1, 2, 3, NaN, 4, 5, 6], ["a", "a", "a", "a", "b", "b", "b"])?.n).toBe(6);
  });
});
