import { describe, expect, it } from "vitest";
import { chanceAgreement, contentValidity, itemContentValidity, kappaReading, type RelevanceRating } from "./content-validity";

/** An item rated by `n` experts, `a` of whom judged it relevant (3 or 4); the others rate 1 or 2. */
const rated = (key: string, n: number, a: number): { key: string; ratings: RelevanceRating[] } => ({
  key,
  ratings: Array.from({ length: n }, (_, i) => (i < a ? (i % 2 === 0 ? 4 : 3) : i % 2 === 0 ? 2 : 1)),
});

describe("content validity (Polit, Beck & Owen 2007)", () => {
  // N experts, A of them judging the item relevant → C(N, A), and k* to two decimals, as the tables of Polit, Beck &
  // Owen (2007) report them (e.g. 3 of 3: Pc .125, k* 1.00; 5 of 4: .156, .76; 9 of 7: .070, .76).
  const TABLE: [n: number, a: number, combinations: number, kappa: number][] = [
    [2, 2, 1, 1.0],
    [3, 3, 1, 1.0],
    [3, 2, 3, 0.47],
    [4, 3, 4, 0.67],
    [5, 4, 5, 0.76],
    [6, 5, 6, 0.82],
    [6, 4, 15, 0.56],
    [7, 6, 7, 0.85],
    [8, 6, 28, 0.72],
    [9, 7, 36, 0.76],
    [10, 8, 45, 0.79],
    [10, 7, 120, 0.66],
  ];

  it("gives I-CVI = A/N, Pc = C(N, A)·0.5^N and k* = (I-CVI − Pc)/(1 − Pc)", () => {
    for (const [n, a, combinations, kappa] of TABLE) {
      const r = itemContentValidity(rated("x", n, a));
      const pc = combinations / 2 ** n;
      expect([r.experts, r.relevant], `${n}/${a}`).toEqual([n, a]);
      expect(r.iCvi, `${n}/${a}`).toBe(a / n);
      expect(r.chanceAgreement, `${n}/${a}`).toBe(pc);
      expect(r.modifiedKappa!, `${n}/${a}`).toBeCloseTo((a / n - pc) / (1 - pc), 12);
      expect(Math.round(r.modifiedKappa! * 100) / 100, `${n}/${a}`).toBe(kappa);
    }
  });

  it("computes the chance agreement exactly", () => {
    expect(chanceAgreement(5, 4)).toBe(5 / 32);
    expect(chanceAgreement(9, 7)).toBe(36 / 512);
    expect(chanceAgreement(10, 0)).toBe(1 / 1024);
    expect(chanceAgreement(60, 30)).toBeCloseTo(0.1025782, 6);
    expect(() => chanceAgreement(3, 4)).toThrow(RangeError);
  });

  it("a worked panel: five items, four experts", () => {
    // Ratings by expert 1..4. Relevant (3/4) counts: 4, 3, 4, 2, 4 → I-CVI 1, .75, 1, .5, 1.
    const result = contentValidity([
      { key: "a", ratings: [4, 4, 3, 4] },
      { key: "b", ratings: [4, 2, 3, 3] },
      { key: "c", ratings: [3, 3, 3, 4] },
      { key: "d", ratings: [1, 3, 2, 4] },
      { key: "e", ratings: [4, 4, 4, 4] },
    ]);
    expect(result.items.map((r) => r.iCvi)).toEqual([1, 0.75, 1, 0.5, 1]);
    expect(result.sCviAve).toBeCloseTo(4.25 / 5, 12); // 0.85
    expect(result.sCviUa).toBe(3 / 5);
    expect(result.scaleAcceptable).toBe(false);
    // Four experts: Lynn asks for all four.
    expect(result.items.map((r) => r.acceptable)).toEqual([true, false, true, false, true]);
    // k* for 3 of 4: Pc = 4/16, (0.75 − 0.25)/0.75 = 2/3; for 2 of 4: Pc = 6/16, (0.5 − 0.375)/0.625 = 0.2.
    expect(result.items[1]!.modifiedKappa).toBeCloseTo(2 / 3, 12);
    expect(result.items[3]!.modifiedKappa).toBeCloseTo(0.2, 12);
    expect(result.items.map((r) => r.reading)).toEqual(["excellent", "good", "excellent", "poor", "excellent"]);
  });

  it("six or more experts: I-CVI of .78 suffices; a missing rating leaves the expert out of N", () => {
    expect(itemContentValidity(rated("x", 9, 7)).acceptable).toBe(true); // .78
    expect(itemContentValidity(rated("x", 6, 4)).acceptable).toBe(false); // .67
    const partial = itemContentValidity({ key: "p", ratings: [4, null, 3, 2, null] });
    expect([partial.experts, partial.relevant, partial.iCvi]).toEqual([3, 2, 2 / 3]);
    const none = itemContentValidity({ key: "n", ratings: [null, null] });
    expect(none.iCvi).toBeNull();
    const scale = contentValidity([
      { key: "n", ratings: [null, null] },
      { key: "q", ratings: [4, 4, 4] },
    ]);
    expect([scale.rated, scale.sCviAve, scale.sCviUa, scale.scaleAcceptable]).toEqual([1, 1, 1, true]);
    expect(contentValidity([]).sCviAve).toBeNull();
  });

  it("refuses a rating off the 1–4 scale", () => {
    expect(() => itemContentValidity({ key: "z", ratings: [5 as RelevanceRating] })).toThrow(/not 1–4/);
  });

  it("reads kappa with the paper's bands", () => {
    expect([kappaReading(0.75), kappaReading(0.74), kappaReading(0.6), kappaReading(0.59), kappaReading(0.4), kappaReading(0.39)]).toEqual([
      "excellent",
      "good",
      "good",
      "fair",
      "fair",
      "poor",
    ]);
  });
});
