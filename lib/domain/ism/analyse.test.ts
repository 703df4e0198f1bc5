import { describe, it, expect } from "vitest";
import { analyseMatrix, analyseSsim, transitiveClosure } from "./analyse";
import { ssimToMatrix } from "./ssim";

// A seven-factor example derived by hand (see docs/ISM.md, "Worked example").
// 1 Top-management support → 2 Budget, 4 Staff training; 2 → 3 IT infrastructure;
// 3 ↔ 4 (X); 3, 4 → 5 Service quality → 6 Customer satisfaction ← 7 Regulation.
const hand = {
  factors: [
    "Top-management support",
    "Budget",
    "IT infrastructure",
    "Staff training",
    "Service quality",
    "Customer satisfaction",
    "Regulation",
  ],
  ssim: ["VOVOOO", "VOOOO", "XVOO", "VOO", "VO", "A", ""],
};

describe("hand-worked seven-factor example", () => {
  const r = analyseSsim(hand.factors, hand.ssim, { partitionTables: true });

  it("builds the initial and final reachability matrices", () => {
    expect(r.initialReachability).toEqual([
      [1, 1, 0, 1, 0, 0, 0],
      [0, 1, 1, 0, 0, 0, 0],
      [0, 0, 1, 1, 1, 0, 0],
      [0, 0, 1, 1, 1, 0, 0],
      [0, 0, 0, 0, 1, 1, 0],
      [0, 0, 0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 1, 1],
    ]);
    // Transitive entries: 1→3, 1→5, 1→6, 2→4, 2→5, 2→6, 3→6, 4→6.
    expect(r.finalReachability).toEqual([
      [1, 1, 1, 1, 1, 1, 0],
      [0, 1, 1, 1, 1, 1, 0],
      [0, 0, 1, 1, 1, 1, 0],
      [0, 0, 1, 1, 1, 1, 0],
      [0, 0, 0, 0, 1, 1, 0],
      [0, 0, 0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 1, 1],
    ]);
  });

  it("partitions into five levels with the X pair sharing level 3", () => {
    expect(r.levels).toEqual([5, 4, 3, 3, 2, 1, 2]);
    expect(r.levelCount).toBe(5);
    expect(r.levelMembers).toEqual([[5], [4, 6], [2, 3], [1], [0]]);
    expect(r.components).toEqual([[0], [1], [2, 3], [4], [5], [6]]);
    expect(r.cycles).toEqual([[2, 3]]);
    expect(r.notes[0]).toContain("{IT infrastructure, Staff training}");
  });

  it("computes driving/dependence power and MICMAC quadrants (threshold 3.5)", () => {
    expect(r.drivingPower).toEqual([6, 5, 4, 4, 2, 1, 2]);
    expect(r.dependencePower).toEqual([1, 2, 4, 4, 5, 7, 1]);
    expect(r.micmacThreshold).toBe(3.5);
    expect(r.quadrants).toEqual(["independent", "independent", "linkage", "linkage", "dependent", "dependent", "autonomous"]);
  });

  it("draws the transitively reduced level digraph", () => {
    expect(r.componentEdges).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
      { from: 2, to: 3 },
      { from: 3, to: 4 },
      { from: 5, to: 4 },
    ]);
    // The direct link 1→4 is implied by 1→2→{3,4} and is reduced away.
    expect(r.edges).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 2 },
      { from: 1, to: 3 },
      { from: 2, to: 4 },
      { from: 3, to: 4 },
      { from: 4, to: 5 },
      { from: 6, to: 5 },
    ]);
  });

  it("records the partition tables", () => {
    const tables = r.partition ?? [];
    expect(tables.map((t) => t.rows.filter((row) => row.placed).map((row) => row.factor))).toEqual([[5], [4, 6], [2, 3], [1], [0]]);
    expect(tables[0]?.rows.find((row) => row.factor === 5)).toEqual({
      factor: 5,
      reachability: [5],
      antecedent: [0, 1, 2, 3, 4, 5, 6],
      intersection: [5],
      placed: true,
    });
    expect(tables[2]?.rows.find((row) => row.factor === 1)).toEqual({
      factor: 1,
      reachability: [1, 2, 3],
      antecedent: [0, 1],
      intersection: [1],
      placed: false,
    });
  });

  it("gives the same result from the full-matrix input path", () => {
    const viaMatrix = analyseMatrix(hand.factors, ssimToMatrix(hand.factors, hand.ssim), { partitionTables: true });
    expect(viaMatrix).toEqual(r);
  });
});

describe("small structures", () => {
  it.each([
    {
      name: "chain a→b→c→d (even n: a power of exactly n/2 counts as low)",
      factors: ["a", "b", "c", "d"],
      ssim: ["VOO", "VO", "V", ""],
      levels: [4, 3, 2, 1],
      driving: [4, 3, 2, 1],
      dependence: [1, 2, 3, 4],
      quadrants: ["independent", "independent", "dependent", "dependent"],
      cycles: [],
      edges: [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    },
    {
      name: "X pair",
      factors: ["a", "b"],
      ssim: ["X", ""],
      levels: [1, 1],
      driving: [2, 2],
      dependence: [2, 2],
      quadrants: ["linkage", "linkage"],
      cycles: [[0, 1]],
      edges: [],
    },
    {
      name: "3-cycle a→b→c→a driving a sink d",
      factors: ["a", "b", "c", "d"],
      ssim: ["VAO", "VO", "V", ""],
      levels: [2, 2, 2, 1],
      driving: [4, 4, 4, 1],
      dependence: [3, 3, 3, 4],
      quadrants: ["linkage", "linkage", "linkage", "dependent"],
      cycles: [[0, 1, 2]],
      edges: [
        [0, 3],
        [1, 3],
        [2, 3],
      ],
    },
    {
      name: "empty relation",
      factors: ["a", "b", "c"],
      ssim: ["OO", "O", ""],
      levels: [1, 1, 1],
      driving: [1, 1, 1],
      dependence: [1, 1, 1],
      quadrants: ["autonomous", "autonomous", "autonomous"],
      cycles: [],
      edges: [],
    },
    {
      name: "single factor",
      factors: ["a"],
      ssim: [""],
      levels: [1],
      driving: [1],
      dependence: [1],
      quadrants: ["linkage"],
      cycles: [],
      edges: [],
    },
  ])("$name", ({ factors, ssim, levels, driving, dependence, quadrants, cycles, edges }) => {
    const r = analyseSsim(factors, ssim);
    expect(r.levels).toEqual(levels);
    expect(r.levelCount).toBe(Math.max(...levels));
    expect(r.drivingPower).toEqual(driving);
    expect(r.dependencePower).toEqual(dependence);
    expect(r.quadrants).toEqual(quadrants);
    expect(r.cycles).toEqual(cycles);
    expect(r.edges.map((e) => [e.from, e.to])).toEqual(edges);
    expect(r.partition).toBeUndefined();
  });

  it("carries factor names and rejects a name list of the wrong length", () => {
    const r = analyseSsim(["a", "b"], ["X"], { factorNames: ["Alpha", "Beta"] });
    expect(r.factors).toEqual(["a", "b"]);
    expect(r.factorNames).toEqual(["Alpha", "Beta"]);
    expect(r.notes[0]).toContain("{Alpha, Beta}");
    expect(() => analyseSsim(["a", "b"], ["V"], { factorNames: ["Alpha"] })).toThrow("1 factor names for 2 factors");
  });

  it("closes a chain into the full upper triangle", () => {
    expect(
      transitiveClosure([
        [1, 1, 0],
        [0, 1, 1],
        [0, 0, 1],
      ]),
    ).toEqual([
      [1, 1, 1],
      [0, 1, 1],
      [0, 0, 1],
    ]);
  });
});
