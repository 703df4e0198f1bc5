import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { buildRoadmap } from "./build-roadmap";
import { buildHierarchy, drives, sameCycle } from "./hierarchy";
import { frameworkFor, modelFromEdges } from "./test-fixtures";
import type { IsmModelInput, RoadmapInput } from "./types";
import type { MaturityLevel } from "../instrument/types";

/** Random model: n factors, random directed edges (cycles allowed), random scores (some null). */
const inputArb = fc.integer({ min: 1, max: 12 }).chain((n) => {
  const keys = Array.from({ length: n }, (_, i) => `f${String(i).padStart(2, "0")}`);
  const pair = fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys));
  return fc.record({
    keys: fc.constant(keys),
    edges: fc.array(pair, { maxLength: n * 2 }),
    scores: fc.array(fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { freq: 6 }), { minLength: n, maxLength: n }),
    target: fc.constantFrom<MaturityLevel>(2, 3, 4, 5),
    medians: fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
    // Levels mode with levels that need not follow from the matrix, like a published model.
    mode: fc.constantFrom<"reachability" | "levels">("reachability", "levels"),
    publishedLevels: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
  });
});

interface Generated {
  keys: string[];
  edges: [string, string][];
  scores: (number | null)[];
  target: MaturityLevel;
  medians: number[];
  mode: "reachability" | "levels";
  publishedLevels: number[];
}

function toInput(x: Generated): RoadmapInput {
  const model = modelFromEdges(
    x.keys,
    x.edges.filter(([a, b]) => a !== b),
  );
  const ism = x.mode === "levels" ? { ...model, levels: x.publishedLevels, levelCount: 4 } : model;
  return {
    factorScores: Object.fromEntries(x.keys.map((k, i) => [k, x.scores[i] ?? null])),
    target: { kind: "overall", level: x.target },
    ism,
    hierarchy: x.mode,
    framework: frameworkFor(x.keys),
    benchmarkMedians: Object.fromEntries(x.keys.map((k, i) => [k, x.medians[i] ?? 3])),
  };
}

/** The same model with its factors listed in another order. */
function permuteModel(m: IsmModelInput, order: readonly number[]): IsmModelInput {
  return {
    factors: order.map((i) => m.factors[i]!),
    levels: order.map((i) => m.levels[i]!),
    levelCount: m.levelCount,
    drivingPower: order.map((i) => m.drivingPower[i]!),
    finalReachability: order.map((i) => order.map((j) => m.finalReachability[i]![j]!)),
  };
}

describe("roadmap properties", () => {
  it("phases respect reachability: a driver below target comes strictly earlier; a cycle shares a phase", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const input = toInput(x);
        const r = buildRoadmap(input);
        const h = buildHierarchy(input.ism, input.hierarchy);
        const phase = new Map(r.items.map((i) => [i.factorKey, i.phase]));
        for (const [g, pg] of phase) {
          for (const [f, pf] of phase) {
            const gi = h.index.get(g)!;
            const fi = h.index.get(f)!;
            if (drives(h, gi, fi)) expect(pg).toBeLessThan(pf);
            if (sameCycle(h, gi, fi)) expect(pg).toBe(pf);
          }
        }
        // Phases are numbered 1..P without holes.
        expect(r.phases.map((p) => p.phase)).toEqual(r.phases.map((_, i) => i + 1));
      }),
      { numRuns: 200 },
    );
  });

  it("all gaps are positive on the roadmap and ≤ 0 for factors meeting target; priorities ≥ 0", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const r = buildRoadmap(toInput(x));
        for (const i of r.items) {
          expect(i.gap).toBeGreaterThan(0);
          expect(i.gap).toBe(i.targetLevel - i.currentLevel);
          expect(i.priority.value).toBeGreaterThanOrEqual(0);
          expect(i.priority.foundationWeight).toBeGreaterThan(0);
          expect(i.priority.foundationWeight).toBeLessThanOrEqual(1);
          expect(i.actions.length).toBe(i.gap);
        }
        for (const m of r.meetingTarget) expect(m.targetLevel - m.currentLevel).toBeLessThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it("detail agrees with the hierarchy: drives/dependsOn are exactly the model's, waitsFor ⊆ dependsOn and earlier", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const input = toInput(x);
        const r = buildRoadmap(input);
        const h = buildHierarchy(input.ism, input.hierarchy);
        const phase = new Map(r.items.map((i) => [i.factorKey, i.phase]));
        for (const it of r.items) {
          const f = h.index.get(it.factorKey)!;
          const driven = h.keys.filter((_, j) => drives(h, f, j)).sort();
          const drivers = h.keys.filter((_, g) => drives(h, g, f)).sort();
          expect(it.detail.drives.map((d) => d.key)).toEqual(driven);
          expect(it.detail.dependsOn.map((d) => d.key)).toEqual(drivers);
          expect(it.ism?.drives).toBe(driven.length);
          for (const w of it.waitsFor) {
            expect(drivers).toContain(w.key);
            expect(phase.get(w.key)).toBe(w.phase);
            expect(w.phase).toBeLessThan(it.phase);
          }
          expect(it.why.length).toBeGreaterThan(0);
          expect(it.detail.reason).toBe(it.reason);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("items are sorted by phase, then priority descending, then key; ranks are 1..n", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const r = buildRoadmap(toInput(x));
        r.items.forEach((it, i) => {
          expect(it.rank).toBe(i + 1);
          const next = r.items[i + 1];
          if (next === undefined) return;
          const ordered =
            it.phase < next.phase ||
            (it.phase === next.phase &&
              (it.priority.value > next.priority.value || (it.priority.value === next.priority.value && it.factorKey < next.factorKey)));
          expect(ordered).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic and independent of the order of factors in the model and the scores", () => {
    fc.assert(
      fc.property(inputArb, fc.array(fc.integer()), (x, keys) => {
        const input = toInput(x);
        const n = input.ism.factors.length;
        const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
        const shuffled: RoadmapInput = {
          ...input,
          ism: permuteModel(input.ism, order),
          factorScores: Object.fromEntries(order.map((i) => [x.keys[i]!, input.factorScores[x.keys[i]!] ?? null])),
        };
        expect(buildRoadmap(shuffled)).toEqual(buildRoadmap(input));
      }),
      { numRuns: 150 },
    );
  });
});
