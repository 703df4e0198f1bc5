import { describe, it, expect } from "vitest";
import { analyseMatrix, transitiveClosure } from "./analyse";
import { loopsOf } from "./loops";
import { withoutLinks } from "./feedback-arcs";
import {
  computedSeedModel,
  publishedReferenceModel,
  rawSsimReferenceModel,
  referenceAudit,
  referenceLinkSplit,
  seedFactorKeys,
  seedFactorNames,
} from "./reference-model";
import type { IsmResult } from "./types";

describe("publishedReferenceModel: one consistent structure", () => {
  const published = publishedReferenceModel();
  const raw = rawSsimReferenceModel();
  const split = referenceLinkSplit();

  it("carries the paper's seven levels, flagged as published", () => {
    expect(published.source).toBe("published");
    expect(published.levelCount).toBe(7);
    expect(published.levels).toEqual([2, 3, 6, 2, 2, 5, 4, 1, 3, 6, 7, 3, 1, 4, 6, 6, 1]);
    expect(published.levelMembers).toEqual([[7, 12, 16], [0, 3, 4], [1, 8, 11], [6, 13], [5], [2, 9, 14, 15], [10]]);
    expect(published.factors).toEqual(seedFactorKeys());
    expect(published.factorNames?.[10]).toBe("Support and protection");
  });

  it("splits the SSIM's 136 direct links into 88 kept, 10 same-level and 38 upward", () => {
    expect(split.kept.length).toBe(88);
    expect(split.sameLevel.length).toBe(10);
    expect(split.upward.length).toBe(38);
    const lv = published.levels;
    for (const e of split.kept) expect(lv[e.from]!).toBeGreaterThan(lv[e.to]!);
    for (const e of split.sameLevel) expect(lv[e.from]).toBe(lv[e.to]);
    for (const e of split.upward) expect(lv[e.from]!).toBeLessThan(lv[e.to]!);
    // Every kept link is an SSIM link; the kept matrix holds nothing else.
    for (const e of split.kept) expect(raw.initialReachability[e.from]?.[e.to]).toBe(1);
    const offDiagonal = split.initial.flat().reduce((s, v) => s + v, 0) - 17;
    expect(offDiagonal).toBe(88);
  });

  it("derives reachability, powers, quadrants, components and edges from the kept links", () => {
    expect(published.initialReachability).toEqual(split.initial);
    const closed = transitiveClosure(split.initial);
    expect(published.finalReachability).toEqual(closed);
    expect(published.drivingPower).toEqual(closed.map((r) => r.reduce((s, v) => s + v, 0)));
    expect(published.dependencePower).toEqual(closed.map((_, j) => closed.reduce((s, r) => s + (r[j] ?? 0), 0)));
    // Not the raw SSIM's figures, where everything is 17.
    expect(raw.drivingPower.every((d) => d === 17)).toBe(true);
    expect(published.drivingPower.some((d) => d !== 17)).toBe(true);
  });

  it("is acyclic: every factor is its own component, no cycles", () => {
    expect(published.cycles).toEqual([]);
    expect(published.components).toEqual(published.factors.map((_, i) => [i]));
    const f = published.finalReachability;
    for (let i = 0; i < 17; i++) for (let j = 0; j < 17; j++) if (i !== j && f[i]?.[j] === 1) expect(f[j]?.[i]).toBe(0);
  });

  it("spreads MICMAC over at least three quadrants", () => {
    expect(new Set(published.quadrants).size).toBeGreaterThanOrEqual(3);
    const names = seedFactorNames();
    const q = Object.fromEntries(published.quadrants.map((x, i) => [names[i], x]));
    expect(q["Support and protection"]).toBe("independent");
    expect(q["Motivation"]).toBe("dependent");
    expect(q["Infrastructure"]).toBe("autonomous");
  });

  it("every edge runs from a deeper published level to a higher one, and the edges are the transitive reduction", () => {
    expect(published.edges.length).toBe(31);
    for (const e of published.edges) expect(published.levels[e.from]!).toBeGreaterThan(published.levels[e.to]!);
    // Closing the edges gives back the final reachability (nothing lost), and no edge is implied by the others.
    const n = 17;
    const fromEdges = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
    for (const e of published.edges) fromEdges[e.from]![e.to] = 1;
    expect(transitiveClosure(fromEdges)).toEqual(published.finalReachability);
    for (const e of published.edges) {
      const without = fromEdges.map((r) => [...r]);
      without[e.from]![e.to] = 0;
      expect(transitiveClosure(without)[e.from]?.[e.to]).toBe(0);
    }
  });

  it("recomputes levels with the standard partition and reports the four that differ", () => {
    const audit = referenceAudit();
    expect(audit.computedLevels).toEqual(analyseMatrix(seedFactorKeys(), split.initial).levels);
    expect(audit.computedLevelCount).toBe(6);
    expect(audit.differences.map((d) => [d.name, d.published, d.computed])).toEqual([
      ["Digital banking", 6, 5],
      ["Support and protection", 7, 6],
      ["Marketing", 6, 5],
      ["Performance", 6, 5],
    ]);
    expect(audit.differences[0]?.why).toContain("None of its kept links reaches a factor on level 5");
  });

  it("notes are plain words with the counts and the citation, no file names", () => {
    const notes = published.notes.join("\n");
    expect(notes).toContain("Azimi, S. M., Aria, K., & Jalali, S. M. (2023)");
    expect(notes).toContain("https://doi.org/10.61838/kman.ijimob.3.4.7");
    expect(notes).toContain("136 direct links, 88 run from a deeper level to a higher one");
    expect(notes).toContain("10 links between factors on the same level and 38 links");
    expect(notes).not.toMatch(/\.txt|\.json|seed|lib\//i);
    expect(raw.notes.join("\n")).not.toMatch(/\.txt|\.json|seed|lib\//i);
  });

  it("is interchangeable with a computed model (same type)", () => {
    const pick = (m: IsmResult) => m.levels.length;
    expect(pick(published)).toBe(pick(raw));
  });
});

describe("rawSsimReferenceModel: the SSIM as printed", () => {
  const raw = rawSsimReferenceModel();
  const audit = referenceAudit();

  it("closes into one loop of all 17 factors and one level", () => {
    expect(raw.source).toBe("computed");
    expect(raw.levelCount).toBe(1);
    expect(raw.cycles).toEqual([Array.from({ length: 17 }, (_, i) => i)]);
    expect(computedSeedModel()).toEqual(raw);
  });

  it("names the links that close the loop; removing them leaves an acyclic closure", () => {
    const fas = audit.rawLoops.feedbackArcSet;
    expect(fas.method).toBe("exact");
    expect(fas.links.length).toBe(25);
    for (const e of fas.links) expect(raw.initialReachability[e.from]?.[e.to]).toBe(1);
    const rest = withoutLinks(raw.initialReachability, fas.links);
    expect(loopsOf(rest)).toEqual([]);
    const recomputed = analyseMatrix(raw.factors, rest);
    expect(recomputed.cycles).toEqual([]);
    expect(recomputed.levelCount).toBeGreaterThan(1);
    // Minimal: putting back any single link re-creates a loop.
    for (const e of fas.links) {
      const back = rest.map((r) => [...r]);
      back[e.from]![e.to] = 1;
      expect(loopsOf(back).length).toBeGreaterThan(0);
    }
    const notes = raw.notes.join("\n");
    expect(notes).toContain("all 17 factors form one loop");
    expect(notes).toContain("These 25 links close the loop (no smaller set does)");
    expect(notes).toContain(`${audit.rawLoops.loops[0]?.closingLinks[0]?.text}`);
  });
});
