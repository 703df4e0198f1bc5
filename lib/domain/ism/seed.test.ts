import { describe, it, expect } from "vitest";
import { analyseMatrix, analyseSsim } from "./analyse";
import { seedFactorNames, seedPublishedLevels, seedPublishedTable2, seedSsim } from "./reference-model";
import { ssimToMatrix } from "./ssim";

// Seed 001 (Azimi, Aria & Jalali 2023). Table 2's "output set" is the reachability set and its
// "input set" the antecedent set, both printed WITHOUT the factor itself, and both taken from
// the INITIAL matrix: the final (closed) matrix is all ones, which Table 2 plainly is not.

const names = seedFactorNames();
const n = names.length;
const initial = ssimToMatrix(names, seedSsim());
const table = seedPublishedTable2();
const outOf = (i: number) =>
  names
    .map((_, j) => j)
    .filter((j) => j !== i && initial[i]?.[j] === 1)
    .map((j) => j + 1);
const inOf = (i: number) =>
  names
    .map((_, j) => j)
    .filter((j) => j !== i && initial[j]?.[i] === 1)
    .map((j) => j + 1);
const minus = (a: number[], b: number[]) => a.filter((x) => !b.includes(x));
const row = (k: number) => {
  const r = table.find((t) => t.n === k);
  if (!r) throw new Error(`Table 2 has no row ${k}`);
  return r;
};

describe("seed SSIM vs the paper's Table 2", () => {
  it("Table 2 lists 17 rows, none containing its own factor", () => {
    expect(table.map((t) => t.n)).toEqual(names.map((_, i) => i + 1));
    for (const t of table) expect([...t.outputSet, ...t.inputSet].includes(t.n)).toBe(false);
  });

  const outputAgrees = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17];
  const inputAgrees = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16];

  it.each(outputAgrees)("row %i: output set = the SSIM's direct reachability set", (k) => {
    expect(row(k).outputSet).toEqual(outOf(k - 1));
  });

  it.each(inputAgrees)("row %i: input set = the SSIM's direct antecedent set", (k) => {
    expect(row(k).inputSet).toEqual(inOf(k - 1));
  });

  it("pins every disagreement: cell (4,13) read as V, and row 17's input set", () => {
    const diffs = table
      .map((t) => ({
        n: t.n,
        outExtra: minus(t.outputSet, outOf(t.n - 1)),
        outMissing: minus(outOf(t.n - 1), t.outputSet),
        inExtra: minus(t.inputSet, inOf(t.n - 1)),
        inMissing: minus(inOf(t.n - 1), t.inputSet),
      }))
      .filter((d) => d.outExtra.length + d.outMissing.length + d.inExtra.length + d.inMissing.length > 0);
    expect(diffs).toEqual([
      // SSIM (4,13) = A (13 → 4); Table 2 has 4 → 13 in both rows, i.e. it read the cell as V.
      { n: 4, outExtra: [13], outMissing: [], inExtra: [], inMissing: [13] },
      { n: 13, outExtra: [], outMissing: [4], inExtra: [4], inMissing: [] },
      // SSIM (4,17) = (5,17) = A (17 → 4, 5). Row 17 lists 4 and 5 as antecedents too, although
      // rows 4 and 5 of the same table do not list 17 as reachable: the table contradicts itself.
      { n: 17, outExtra: [], outMissing: [], inExtra: [4, 5], inMissing: [] },
    ]);
    expect(seedSsim()[3]?.[13 - 4 - 1]).toBe("A");
    expect([seedSsim()[3]?.[17 - 4 - 1], seedSsim()[4]?.[17 - 5 - 1]]).toEqual(["A", "A"]);
    expect(row(4).outputSet.includes(17) || row(5).outputSet.includes(17)).toBe(false);
  });

  it("common set = output ∩ input except row 13, printed {12} where the intersection is empty", () => {
    const bad = table.filter((t) => {
      const both = t.outputSet.filter((x) => t.inputSet.includes(x));
      return JSON.stringify(both) !== JSON.stringify(t.commonSet);
    });
    expect(bad.map((t) => [t.n, t.commonSet])).toEqual([[13, [12]]]);
  });

  it("the published levels 2-7 do not follow even from Table 2 as printed", () => {
    // The paper's own rule (output set = common set, among the remaining rows) applied to Table 2
    // gives level 1 = {8, 13, 17} as published, then {2} only (published: {1, 4, 5}), then nothing.
    const remaining = new Set(table.map((t) => t.n));
    const found: number[][] = [];
    for (;;) {
      const placed = table
        .filter((t) => remaining.has(t.n))
        .filter((t) => t.outputSet.filter((x) => remaining.has(x)).every((x) => t.commonSet.includes(x)))
        .map((t) => t.n);
      if (placed.length === 0) break;
      found.push(placed);
      placed.forEach((p) => remaining.delete(p));
    }
    expect(found).toEqual([[8, 13, 17], [2]]);
    const published = seedPublishedLevels();
    expect(names.map((_, i) => i + 1).filter((k) => published[k - 1] === 1)).toEqual([8, 13, 17]);
    expect(names.map((_, i) => i + 1).filter((k) => published[k - 1] === 2)).toEqual([1, 4, 5]);
  });
});

describe("what the standard algorithm yields for the seed's SSIM", () => {
  const r = analyseSsim(names, seedSsim(), { partitionTables: true });

  it("the closure is all ones: every factor reaches every other", () => {
    expect(r.finalReachability.every((rowR) => rowR.every((v) => v === 1))).toBe(true);
  });

  it("one strongly connected component of all 17 factors, hence one level", () => {
    expect(r.components).toEqual([names.map((_, i) => i)]);
    expect(r.cycles).toEqual(r.components);
    expect(r.levelCount).toBe(1);
    expect(r.levels).toEqual(new Array<number>(n).fill(1));
    expect(r.edges).toEqual([]);
    expect(r.partition?.length).toBe(1);
  });

  it("MICMAC: every factor has driving = dependence = 17 and sits in the linkage quadrant", () => {
    expect(r.drivingPower).toEqual(new Array<number>(n).fill(17));
    expect(r.dependencePower).toEqual(new Array<number>(n).fill(17));
    expect(new Set(r.quadrants)).toEqual(new Set(["linkage"]));
  });

  it("direct (initial) driving and dependence, self included", () => {
    const direct = analyseMatrix(names, initial);
    const rowSums = initial.map((rowI) => rowI.reduce((s, v) => s + v, 0));
    const colSums = names.map((_, j) => initial.reduce((s, rowI) => s + (rowI[j] ?? 0), 0));
    expect(rowSums).toEqual([15, 8, 7, 5, 7, 13, 14, 3, 6, 16, 13, 6, 3, 9, 13, 12, 3]);
    expect(colSums).toEqual([4, 10, 8, 15, 13, 9, 8, 10, 11, 3, 6, 9, 12, 9, 6, 8, 12]);
    expect(direct.levelCount).toBe(1);
  });

  it("Table 2's own relation (output sets) closes into the same single component", () => {
    const m = names.map((_, i) => names.map((__, j) => (i === j || row(i + 1).outputSet.includes(j + 1) ? 1 : 0)));
    const t = analyseMatrix(names, m);
    expect(t.components.length).toBe(1);
    expect(t.levelCount).toBe(1);
  });
});
