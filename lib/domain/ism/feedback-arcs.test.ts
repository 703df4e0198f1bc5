import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { EXACT_LIMIT, feedbackArcSet, withoutLinks } from "./feedback-arcs";
import { loopsOf } from "./loops";

function matrix(n: number, edges: readonly (readonly [number, number])[]): number[][] {
  const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (const [a, b] of edges) m[a]![b] = 1;
  return m;
}

/** Brute force: the fewest links whose removal leaves no loop, over every subset of links. */
function bruteMinimum(m: number[][]): number {
  const links: [number, number][] = [];
  m.forEach((row, i) => row.forEach((v, j) => v === 1 && i !== j && links.push([i, j])));
  let best = links.length;
  for (let mask = 0; mask < 1 << links.length; mask++) {
    let size = 0;
    for (let b = 0; b < links.length; b++) if (mask & (1 << b)) size++;
    if (size >= best) continue;
    const removed = links.filter((_, b) => (mask & (1 << b)) !== 0).map(([from, to]) => ({ from, to }));
    if (loopsOf(withoutLinks(m, removed)).length === 0) best = size;
  }
  return best;
}

describe("feedbackArcSet", () => {
  it("finds the single shared link of two triangles (known minimum 1)", () => {
    // 0→1→2→0 and 0→1→3→0 share the link 0→1; removing it breaks both loops.
    const m = matrix(4, [
      [0, 1],
      [1, 2],
      [2, 0],
      [1, 3],
      [3, 0],
    ]);
    const fas = feedbackArcSet(m);
    expect(fas.method).toBe("exact");
    expect(fas.links).toEqual([{ from: 0, to: 1 }]);
  });

  it("needs two links for two disjoint loops, none for a hierarchy", () => {
    const m = matrix(5, [
      [0, 1],
      [1, 0],
      [2, 3],
      [3, 4],
      [4, 2],
      [1, 2],
    ]);
    const fas = feedbackArcSet(m);
    expect(fas.links.length).toBe(2);
    expect(loopsOf(withoutLinks(m, fas.links))).toEqual([]);
    expect(
      feedbackArcSet(
        matrix(3, [
          [0, 1],
          [1, 2],
        ]),
      ).links,
    ).toEqual([]);
  });

  it("equals the brute-force minimum on random small graphs", () => {
    const arb = fc
      .integer({ min: 2, max: 5 })
      .chain((n) => fc.record({ n: fc.constant(n), edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 9 }) }));
    fc.assert(
      fc.property(arb, ({ n, edges }) => {
        const m = matrix(
          n,
          edges.filter(([a, b]) => a !== b),
        );
        const fas = feedbackArcSet(m);
        expect(loopsOf(withoutLinks(m, fas.links))).toEqual([]);
        for (const e of fas.links) expect(m[e.from]?.[e.to]).toBe(1);
        expect(fas.links.length).toBe(bruteMinimum(m));
      }),
      { numRuns: 150 },
    );
  });

  it("falls back to a bounded heuristic above the exact limit and still breaks every loop", () => {
    const n = EXACT_LIMIT + 10;
    // A ring plus chords that all run forward: one backward link (the ring's closing one) suffices.
    const edges: [number, number][] = [];
    for (let i = 0; i < n; i++) edges.push([i, (i + 1) % n]);
    for (let i = 0; i + 3 < n; i += 2) edges.push([i, i + 3]);
    const m = matrix(n, edges);
    const started = Date.now();
    const fas = feedbackArcSet(m, 200);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fas.method).toBe("heuristic");
    expect(loopsOf(withoutLinks(m, fas.links))).toEqual([]);
    expect(fas.links.length).toBeLessThanOrEqual(2);
  });
});

describe("feedbackArcSet heuristic at scale", () => {
  it("breaks every loop of a dense random 120-factor model within its budget", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const n = 120;
    const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j || rnd() < 0.05 ? 1 : 0)));
    const started = Date.now();
    const fas = feedbackArcSet(m, 300);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(fas.method).toBe("heuristic");
    expect(loopsOf(withoutLinks(m, fas.links))).toEqual([]);
    // Much better than the trivial bound of removing half of all links.
    const total = m.flat().reduce((s: number, v) => s + v, 0) - n;
    expect(fas.links.length).toBeLessThan(total / 2);
  });
});
