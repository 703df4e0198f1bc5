import { describe, it, expect } from "vitest";
import { dematel, invert } from "./dematel";
import { IsmInputError } from "./types";

describe("dematel", () => {
  it("matches a hand-computed 3×3 example", () => {
    // D = [[0,2,1],[1,0,0],[0,1,0]]: row sums 3,1,1; column sums 1,3,1 → s = 3, N = D/3.
    // det(I − N) = 1 − 2/9 − 1/27 = 20/27, and T = N (I − N)^-1 =
    //   [[7, 21, 9], [9, 7, 3], [3, 9, 1]] / 20.
    // r = [37, 19, 13]/20, c = [19, 37, 13]/20 → r + c = [2.8, 2.8, 1.3], r − c = [0.9, −0.9, 0].
    const d = dematel([
      [0, 2, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(d.scale).toBe(3);
    const expected = [
      [7, 21, 9],
      [9, 7, 3],
      [3, 9, 1],
    ].map((row) => row.map((v) => v / 20));
    d.total.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i]![j]!, 12)));
    [37 / 20, 19 / 20, 13 / 20].forEach((v, i) => expect(d.given[i]).toBeCloseTo(v, 12));
    [19 / 20, 37 / 20, 13 / 20].forEach((v, i) => expect(d.received[i]).toBeCloseTo(v, 12));
    [2.8, 2.8, 1.3].forEach((v, i) => expect(d.prominence[i]).toBeCloseTo(v, 12));
    [0.9, -0.9, 0].forEach((v, i) => expect(d.relation[i]).toBeCloseTo(v, 12));
  });

  it("a chain: the head is the net cause, the tail the net effect", () => {
    const d = dematel([
      [0, 1, 0],
      [0, 0, 1],
      [0, 0, 0],
    ]);
    // T = N + N² = [[0,1,1],[0,0,1],[0,0,0]].
    expect(d.total).toEqual([
      [0, 1, 1],
      [0, 0, 1],
      [0, 0, 0],
    ]);
    expect(d.relation).toEqual([2, 0, -2]);
  });

  it("scales a plain ring by s + 1 because I − D/s is singular", () => {
    const d = dematel([
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ]);
    expect(d.scale).toBe(2);
    d.relation.forEach((v) => expect(v).toBeCloseTo(0, 12));
    // N = D/2: T = N(I − N)^-1 = sum of N^k, k ≥ 1; each row sums to 1/2 + 1/4 + … = 1.
    d.given.forEach((v) => expect(v).toBeCloseTo(1, 12));
  });

  it("ignores the diagonal, rejects bad input; invert returns null when singular", () => {
    expect(
      dematel([
        [5, 1],
        [0, 7],
      ]).total,
    ).toEqual(
      dematel([
        [0, 1],
        [0, 0],
      ]).total,
    );
    expect(() =>
      dematel([
        [0, -1],
        [0, 0],
      ]),
    ).toThrow(IsmInputError);
    expect(() => dematel([[0, 1]])).toThrow(IsmInputError);
    expect(
      invert([
        [1, 2],
        [2, 4],
      ]),
    ).toBeNull();
    expect(
      invert([
        [2, 0],
        [0, 4],
      ]),
    ).toEqual([
      [0.5, 0],
      [0, 0.25],
    ]);
  });
});
