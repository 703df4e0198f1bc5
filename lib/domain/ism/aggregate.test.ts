import { describe, it, expect } from "vitest";
import { aggregateSsims } from "./aggregate";
import { fleissKappa } from "./agreement";
import { IsmInputError } from "./types";

const abc = ["a", "b", "c"];
// Cell (1,2): V, A, X — each direction has 2 of 3 votes. (1,3): O, O, V. (2,3): X, X, O.
const three = [
  ["VO", "X", ""],
  ["AO", "X", ""],
  ["XV", "O", ""],
];

describe("aggregateSsims", () => {
  it("majority votes each direction separately", () => {
    const agg = aggregateSsims(abc, three);
    expect(agg.ssim).toEqual(["XO", "X", ""]);
    expect(agg.expertCount).toBe(3);
    expect(agg.cells.map((c) => [c.i, c.j, c.letter, c.agreement])).toEqual([
      [0, 1, "X", 1 / 3],
      [0, 2, "O", 2 / 3],
      [1, 2, "X", 2 / 3],
    ]);
    expect(agg.cells[0]).toMatchObject({ votes: { V: 1, A: 1, X: 1, O: 0 }, forwardShare: 2 / 3, backwardShare: 2 / 3 });
    expect(agg.meanAgreement).toBeCloseTo(5 / 9, 12);
    // By hand: P̄ = (0 + 1/3 + 1/3) / 3 = 2/9; P̄e = (2² + 1² + 3² + 3²) / 9² = 23/81; κ = −5/58.
    expect(agg.fleissKappa).toBeCloseTo(-5 / 58, 12);
  });

  it.each([
    { threshold: 1 / 3, ssim: ["XV", "X", ""] },
    { threshold: 0.5, ssim: ["XO", "X", ""] },
    { threshold: 1, ssim: ["OO", "O", ""] },
  ])("threshold $threshold", ({ threshold, ssim }) => {
    expect(aggregateSsims(abc, three, { kind: "threshold", threshold }).ssim).toEqual(ssim);
  });

  it("a tie is not a majority: the direction is dropped", () => {
    expect(
      aggregateSsims(
        ["a", "b"],
        [
          ["V", ""],
          ["O", ""],
        ],
      ).ssim,
    ).toEqual(["O", ""]);
    const fourWay = aggregateSsims(["a", "b"], [["V"], ["V"], ["A"], ["A"]]);
    expect(fourWay.ssim).toEqual(["O", ""]);
    expect(fourWay.cells[0]?.agreement).toBe(0);
    // The same tie passes a threshold of one half.
    expect(aggregateSsims(["a", "b"], [["V"], ["O"]], { kind: "threshold", threshold: 0.5 }).ssim).toEqual(["V", ""]);
  });

  it("identical experts reproduce their SSIM with full agreement", () => {
    const one = ["VAXO", "OXA", "VV", "A", ""];
    const agg = aggregateSsims(["a", "b", "c", "d", "e"], [one, one, one]);
    expect(agg.ssim).toEqual(one);
    expect(agg.meanAgreement).toBe(1);
    expect(agg.fleissKappa).toBe(1);
    expect(aggregateSsims(["a", "b", "c", "d", "e"], [one]).fleissKappa).toBeNull();
  });

  it("rejects no experts, a bad threshold, and names the expert with a bad SSIM", () => {
    expect(() => aggregateSsims(abc, [])).toThrow(IsmInputError);
    expect(() => aggregateSsims(abc, three, { kind: "threshold", threshold: 0 })).toThrow(/not in \(0, 1\]/);
    expect(() => aggregateSsims(abc, [three[0] ?? [], ["VZ", "X", ""]])).toThrow(/Expert 2: SSIM row 1 \("a"\), column 3 \("c"\)/);
  });
});

describe("fleissKappa", () => {
  it("reproduces the worked example of Fleiss' kappa on Wikipedia (10 subjects, 14 raters, κ ≈ 0.210)", () => {
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    // P̄ = 0.378, P̄e = 0.213 as published; exact κ = 0.20993…
    expect(fleissKappa(counts)).toBeCloseTo(0.21, 3);
  });

  it("is 1 for perfect agreement and null when undefined", () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
      ]),
    ).toBe(1);
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]),
    ).toBeNull(); // one category only: P̄e = 1
    expect(fleissKappa([[1, 0]])).toBeNull(); // a single rater
    expect(fleissKappa([])).toBeNull();
    expect(
      fleissKappa([
        [2, 0],
        [1, 0],
      ]),
    ).toBeNull(); // unequal rater counts
  });
});
