import { describe, it, expect } from "vitest";
import { computedSeedModel, publishedReferenceModel, seedFactorKeys } from "./reference-model";
import type { IsmResult } from "./types";

describe("publishedReferenceModel", () => {
  const published = publishedReferenceModel();
  const computed = computedSeedModel();

  it("carries the paper's seven levels, flagged as published", () => {
    expect(published.source).toBe("published");
    expect(published.levelCount).toBe(7);
    expect(published.levels).toEqual([2, 3, 6, 2, 2, 5, 4, 1, 3, 6, 7, 3, 1, 4, 6, 6, 1]);
    expect(published.levelMembers).toEqual([[7, 12, 16], [0, 3, 4], [1, 8, 11], [6, 13], [5], [2, 9, 14, 15], [10]]);
    expect(published.factors).toEqual(seedFactorKeys());
    expect(published.factors[10]).toBe("support-protection");
    expect(published.factorNames?.[10]).toBe("Support and protection");
  });

  it("keeps the matrices and powers computed from the SSIM", () => {
    expect(published.initialReachability).toEqual(computed.initialReachability);
    expect(published.finalReachability).toEqual(computed.finalReachability);
    expect(published.drivingPower).toEqual(computed.drivingPower);
    expect(published.dependencePower).toEqual(computed.dependencePower);
  });

  it("states how it differs from the computed model", () => {
    expect(computed.source).toBe("computed");
    expect(computed.levelCount).toBe(1);
    const notes = published.notes.join("\n");
    expect(notes).toContain("gives 1 level(s)");
    expect(notes).toContain("one strongly connected component of 17 factors");
    expect(notes).toContain("88 point from a deeper to a shallower published level, 10 join factors on the same level and 38 point upward");
  });

  it("edges respect the published levels and are SSIM links", () => {
    expect(published.edges.length).toBe(31);
    for (const e of published.edges) {
      expect(published.levels[e.from] ?? 0).toBeGreaterThan(published.levels[e.to] ?? 0);
      expect(published.initialReachability[e.from]?.[e.to]).toBe(1);
    }
  });

  it("is interchangeable with a computed model (same type)", () => {
    const pick = (m: IsmResult) => m.levels.length;
    expect(pick(published)).toBe(pick(computed));
  });
});
