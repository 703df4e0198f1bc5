import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { analyseMatrix, analyseSsim } from "./analyse";
import { withoutLinks } from "./feedback-arcs";
import { explainLoops, orderWithinComponents, thresholdToBreakLoop } from "./loops";
import { matrixToSsim } from "./ssim";

const factors = ["Alpha", "Beta", "Gamma", "Delta"];
function matrix(edges: [number, number][]): number[][] {
  const m = factors.map((_, i) => factors.map((__, j) => (i === j ? 1 : 0)));
  for (const [a, b] of edges) m[a]![b] = 1;
  return m;
}
// Alpha → Beta → Gamma → Alpha, Alpha → Gamma, Gamma → Delta. One loop {Alpha, Beta, Gamma}, closed by Gamma → Alpha.
const looped = matrix([
  [0, 1],
  [1, 2],
  [2, 0],
  [0, 2],
  [2, 3],
]);
const model = analyseMatrix(factors, looped);

describe("explainLoops", () => {
  it("names the closing links in plain words", () => {
    const r = explainLoops(model);
    expect(r.loops.length).toBe(1);
    const loop = r.loops[0]!;
    expect(loop.members).toEqual([0, 1, 2]);
    expect(loop.closingLinks.map((l) => l.text)).toEqual(["Gamma → Alpha"]);
    expect(loop.exact).toBe(true);
    expect(loop.explanation).toBe(
      "This link closes a loop among 3 factors: Gamma → Alpha. Without it the 3 factors form a hierarchy; no smaller set of links does this.",
    );
    expect(r.summary).toContain("1 loop");
    const kinds = loop.remedies.map((x) => x.kind);
    expect(kinds).toEqual(["stricter-threshold", "send-back", "order-by-influence"]);
    const t = loop.remedies[0]!;
    expect(t.kind === "stricter-threshold" && t.available).toBe(false);
  });

  it("reports no loops for a hierarchy", () => {
    const r = explainLoops(
      analyseMatrix(
        factors,
        matrix([
          [0, 1],
          [1, 2],
        ]),
      ),
    );
    expect(r.loops).toEqual([]);
    expect(r.summary).toBe("The model has no loops: every factor sits on a hierarchy.");
  });

  it("finds the smallest threshold that breaks the loop from the panel's votes", () => {
    // Three experts. All assert the hierarchy Alpha → Beta → Gamma → Delta; only experts 1 and 2 assert Gamma → Alpha.
    const base = matrix([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    const withBack = matrix([
      [0, 1],
      [1, 2],
      [2, 3],
      [2, 0],
    ]);
    const panel = [matrixToSsim(withBack), matrixToSsim(withBack), matrixToSsim(base)];
    // Majority (2 of 3) keeps the back link; requiring all 3 drops it.
    expect(thresholdToBreakLoop(factors, panel)).toEqual({ threshold: 1, expertsNeeded: 3, expertCount: 3 });
    const r = explainLoops(analyseMatrix(factors, withBack), { expertSsims: panel });
    const t = r.loops[0]!.remedies[0]!;
    expect(t).toMatchObject({ kind: "stricter-threshold", available: true, threshold: 1, expertsNeeded: 3 });
    // When every expert asserts the loop, no threshold helps.
    const unanimous = [matrixToSsim(withBack), matrixToSsim(withBack)];
    expect(thresholdToBreakLoop(factors, unanimous)).toBeNull();
  });
});

describe("orderWithinComponents", () => {
  it("orders by direct influence inside the loop, naming the method", () => {
    const [o] = orderWithinComponents(model, "within-loop-driving");
    // Inside {Alpha, Beta, Gamma}: Alpha influences 2 directly, Beta 1, Gamma 1 (Gamma receives 2, Beta 1).
    expect(o!.order).toEqual([0, 1, 2]);
    expect(o!.citation).toContain("Warfield");
  });

  it("orders by DEMATEL net influence", () => {
    const [o] = orderWithinComponents(model, "dematel");
    expect(o!.method).toBe("dematel");
    expect(o!.citation).toContain("Fontela");
    expect(o!.order[0]).toBe(0);
    // relation is descending along the order.
    const rel = o!.scores.map((s) => s.primary);
    for (let k = 1; k < rel.length; k++) expect(rel[k]!).toBeLessThanOrEqual(rel[k - 1]!);
  });
});

describe("explainLoops on random SSIMs", () => {
  it("the closing links lie inside their loop, and removing them all leaves an acyclic closure", () => {
    const arb = fc
      .integer({ min: 2, max: 10 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.constantFrom("V", "A", "X", "O"), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
        ),
      );
    fc.assert(
      fc.property(arb, ([n, cells]) => {
        const names = Array.from({ length: n }, (_, i) => `F${i + 1}`);
        let k = 0;
        const rows = names.map((_, i) =>
          names
            .slice(i + 1)
            .map(() => cells[k++])
            .join(""),
        );
        const m = analyseSsim(names, rows);
        const r = explainLoops(m);
        expect(r.loops.map((l) => l.members)).toEqual(m.cycles);
        for (const loop of r.loops) {
          expect(loop.closingLinks.length).toBeGreaterThan(0);
          for (const l of loop.closingLinks) {
            expect(loop.members).toContain(l.from);
            expect(loop.members).toContain(l.to);
            expect(m.initialReachability[l.from]?.[l.to]).toBe(1);
          }
          for (const o of loop.remedies.flatMap((x) => (x.kind === "order-by-influence" ? x.orderings : []))) {
            expect([...o.order].sort((a, b) => a - b)).toEqual(loop.members);
          }
        }
        const after = analyseMatrix(names, withoutLinks(m.initialReachability, r.feedbackArcSet.links));
        expect(after.cycles).toEqual([]);
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});
