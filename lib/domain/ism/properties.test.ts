import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { analyseSsim, transitiveClosure } from "./analyse";
import { matrixToSsim, ssimToMatrix } from "./ssim";
import type { SsimLetter } from "./types";

// Random SSIMs, weighted towards O so that levels, chains and loops all show up.
// n reaches past 64 so packed rows span three 32-bit words.
const letter = fc.constantFrom<SsimLetter>("O", "O", "O", "V", "V", "A", "A", "X");
const ssimArb = (maxN: number) =>
  fc
    .integer({ min: 1, max: maxN })
    .chain((n) =>
      fc
        .tuple(...Array.from({ length: n }, (_, i) => fc.array(letter, { minLength: n - 1 - i, maxLength: n - 1 - i })))
        .map((rows) => ({ factors: Array.from({ length: n }, (_, i) => `f${i + 1}`), ssim: rows.map((r) => r.join("")) })),
    );

/** Naive reachability by depth-first search, as an independent reference. */
function reachByDfs(m: number[][]): number[][] {
  const n = m.length;
  return m.map((_, s) => {
    const seen = new Array<number>(n).fill(0);
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) {
      const u = stack.pop() ?? 0;
      m[u]?.forEach((v, j) => {
        if (v === 1 && seen[j] === 0) {
          seen[j] = 1;
          stack.push(j);
        }
      });
    }
    return seen;
  });
}

const runs = { numRuns: 150 };

describe("ISM properties", () => {
  it("closure equals DFS reachability, contains the initial matrix, is transitive and idempotent", () => {
    fc.assert(
      fc.property(ssimArb(70), ({ factors, ssim }) => {
        const r = analyseSsim(factors, ssim);
        const R = r.finalReachability;
        expect(R).toEqual(reachByDfs(r.initialReachability));
        expect(transitiveClosure(R)).toEqual(R);
        // Plain booleans in the n³ loop: one expect per cell would dominate the run time.
        const n = factors.length;
        let contains = true;
        let transitive = true;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            if (r.initialReachability[i]?.[j] === 1 && R[i]?.[j] !== 1) contains = false;
            for (let k = 0; k < n; k++) if (R[i]?.[k] === 1 && R[k]?.[j] === 1 && R[i]?.[j] !== 1) transitive = false;
          }
        }
        expect(contains).toBe(true);
        expect(transitive).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it("components are exactly the mutual-reachability classes and each shares one level", () => {
    fc.assert(
      fc.property(ssimArb(40), ({ factors, ssim }) => {
        const r = analyseSsim(factors, ssim);
        const R = r.finalReachability;
        expect(r.components.flat().sort((a, b) => a - b)).toEqual(factors.map((_, i) => i));
        const wrong: [number, number][] = [];
        factors.forEach((_, i) =>
          factors.forEach((__, j) => {
            const mutual = R[i]?.[j] === 1 && R[j]?.[i] === 1;
            if ((r.componentOf[i] === r.componentOf[j]) !== mutual) wrong.push([i, j]);
          }),
        );
        expect(wrong).toEqual([]);
        for (const c of r.components) expect(new Set(c.map((i) => r.levels[i])).size).toBe(1);
        expect(r.cycles).toEqual(r.components.filter((c) => c.length > 1));
      }),
      runs,
    );
  });

  it("levels partition the factors and equal 1 + the longest path to a sink component", () => {
    fc.assert(
      fc.property(ssimArb(40), ({ factors, ssim }) => {
        const r = analyseSsim(factors, ssim);
        expect(r.levelMembers.length).toBe(r.levelCount);
        expect(r.levelMembers.every((m) => m.length > 0)).toBe(true);
        expect(r.levelMembers.flat().sort((a, b) => a - b)).toEqual(factors.map((_, i) => i));
        r.levelMembers.forEach((m, k) => m.forEach((i) => expect(r.levels[i]).toBe(k + 1)));
        // Independent definition: level(i) = 1 + max level of factors strictly reachable outside i's loop.
        const memo = new Map<number, number>();
        const depth = (c: number): number => {
          const known = memo.get(c);
          if (known !== undefined) return known;
          const first = r.components[c]?.[0] ?? 0;
          let best = 0;
          r.finalReachability[first]?.forEach((v, j) => {
            const cj = r.componentOf[j] ?? c;
            if (v === 1 && cj !== c) best = Math.max(best, depth(cj));
          });
          memo.set(c, best + 1);
          return best + 1;
        };
        factors.forEach((_, i) => expect(r.levels[i]).toBe(depth(r.componentOf[i] ?? 0)));
      }),
      runs,
    );
  });

  it("edges go from a deeper level to a shallower one and form the transitive reduction", () => {
    fc.assert(
      fc.property(ssimArb(30), ({ factors, ssim }) => {
        const r = analyseSsim(factors, ssim);
        for (const e of r.edges) {
          expect(r.levels[e.from] ?? 0).toBeGreaterThan(r.levels[e.to] ?? 0);
          expect(r.finalReachability[e.from]?.[e.to]).toBe(1);
        }
        // Closing the component edges recovers the component-level reachability…
        const c = r.components.length;
        const adj = Array.from({ length: c }, (_, u) => Array.from({ length: c }, (__, v) => (u === v ? 1 : 0)));
        for (const e of r.componentEdges) (adj[e.from] ?? [])[e.to] = 1;
        const closed = transitiveClosure(adj);
        const first = (u: number) => r.components[u]?.[0] ?? 0;
        const expected = r.components.map((_, u) => r.components.map((__, w) => r.finalReachability[first(u)]?.[first(w)]));
        expect(closed).toEqual(expected);
        // …and no edge is implied by the others.
        for (const e of r.componentEdges) {
          const without = adj.map((row) => row.slice());
          (without[e.from] ?? [])[e.to] = 0;
          expect(transitiveClosure(without)[e.from]?.[e.to]).toBe(0);
        }
      }),
      runs,
    );
  });

  it("reaching j implies at least j's driving power and at most j's dependence power", () => {
    fc.assert(
      fc.property(ssimArb(40), ({ factors, ssim }) => {
        const r = analyseSsim(factors, ssim);
        const violations: [number, number][] = [];
        r.finalReachability.forEach((row, i) =>
          row.forEach((v, j) => {
            const drives = (r.drivingPower[i] ?? 0) >= (r.drivingPower[j] ?? 0);
            const depends = (r.dependencePower[i] ?? 0) <= (r.dependencePower[j] ?? 0);
            if (v === 1 && !(drives && depends)) violations.push([i, j]);
          }),
        );
        expect(violations).toEqual([]);
        const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        expect(total(r.drivingPower)).toBe(total(r.dependencePower));
      }),
      runs,
    );
  });

  it("SSIM ↔ matrix round-trips", () => {
    fc.assert(
      fc.property(ssimArb(20), ({ factors, ssim }) => {
        expect(matrixToSsim(ssimToMatrix(factors, ssim))).toEqual(ssim);
      }),
      runs,
    );
  });
});
