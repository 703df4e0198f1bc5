import { describe, it, expect } from "vitest";
import ref from "./fixtures/agreement.json" with { type: "json" };
import {
  gwetAc1,
  krippendorffAlphaNominal,
  leaveOneExpertOut,
  rawAgreement,
  ssimLetterAgreement,
  ssimPanelAgreement,
  type NominalUnit,
} from "./panel-agreement";
import type { SsimLetter } from "../ism/types";
import { fleissKappa } from "../ism/agreement";

// Krippendorff (2011) worked example: 4 coders × 12 units (columns), missing values; units with < 2
// values are dropped (unit 12). Published nominal α = 0.743.
const kr = ref.krippendorffExample.ratings;
const krUnits: NominalUnit[] = (kr[0] ?? []).map((_, j) =>
  kr.map((row) => (row[j] === null || row[j] === undefined ? null : String(row[j]))),
);

describe("nominal agreement against the formulas in R (fixtures/agreement.json)", () => {
  it("Krippendorff's alpha of Krippendorff's own example is 0.743", () => {
    expect(krippendorffAlphaNominal(krUnits)).toBeCloseTo(ref.krippendorffExample.alpha, 12);
    expect(krippendorffAlphaNominal(krUnits)).toBeCloseTo(0.743, 3);
  });

  it("Gwet's AC1 on the same data (q = 5 categories)", () => {
    const r = gwetAc1(krUnits, ["1", "2", "3", "4", "5"]);
    expect(r?.pa).toBeCloseTo(ref.krippendorffExample.ac1.pa, 12);
    expect(r?.pe).toBeCloseTo(ref.krippendorffExample.ac1.pe, 12);
    expect(r?.ac1).toBeCloseTo(ref.krippendorffExample.ac1.ac1, 12);
  });

  it("SSIM panel (10 cells × 5 experts): letters and direction-aware figures", () => {
    const r = ssimLetterAgreement(ref.ssim.letters as SsimLetter[][]);
    expect(r.letters.raw).toBeCloseTo(ref.ssim.raw, 12);
    expect(r.letters.ac1).toBeCloseTo(ref.ssim.ac1.ac1, 12);
    expect(r.letters.krippendorffAlpha).toBeCloseTo(ref.ssim.alpha, 12);
    expect(r.directions.raw).toBeCloseTo(ref.ssim.directionRaw, 12);
    expect(r.directions.ac1).toBeCloseTo(ref.ssim.directionAc1.ac1, 12);
    expect(r.directions.krippendorffAlpha).toBeCloseTo(ref.ssim.directionAlpha, 12);
    expect(r.cells).toBe(10);
    expect(r.experts).toBe(5);
  });
});

describe("direction-aware agreement", () => {
  it("V vs X gets partial credit (they agree on i→j); V vs A gets none", () => {
    const vx = ssimLetterAgreement([["V", "X"]]);
    const va = ssimLetterAgreement([["V", "A"]]);
    expect(vx.letters.raw).toBe(0);
    expect(vx.directions.raw).toBe(0.5);
    expect(va.directions.raw).toBe(0);
  });

  it("prevalence paradox: 19 of 20 cells unanimous O, one split → Fleiss' kappa is low, AC1 stays high", () => {
    const cells: SsimLetter[][] = [...Array.from({ length: 19 }, () => ["O", "O", "O", "O"] as SsimLetter[]), ["V", "O", "O", "O"]];
    const kappa = fleissKappa(cells.map((c) => ["V", "A", "X", "O"].map((l) => c.filter((x) => x === l).length)));
    const r = ssimLetterAgreement(cells);
    expect(kappa as number).toBeLessThan(0.01);
    expect(r.letters.raw).toBeCloseTo(1 - 0.5 / 20, 12);
    expect(r.letters.ac1 as number).toBeGreaterThan(0.95);
  });

  it("parses experts' SSIM rows like the ISM engine", () => {
    const r = ssimPanelAgreement(
      ["a", "b", "c"],
      [
        ["VA", "X"],
        ["VA", "X"],
      ],
    );
    expect(r.letters.raw).toBe(1);
    expect(r.directions.krippendorffAlpha).toBe(1);
    expect(rawAgreement([["x"]])).toBeNull();
  });
});

describe("leave-one-expert-out stability", () => {
  const factors = ["a", "b", "c", "d"];
  const chain = ["VVV", "VV", "V"];
  const none = ["OOO", "OO", "O"];

  it("chain a→b→c→d asserted by 2 of 3 experts: dropping either of them loses the majority", () => {
    const r = leaveOneExpertOut(factors, [chain, chain, none]);
    expect(r.fullLevels).toEqual([4, 3, 2, 1]);
    expect(r.levelsWithout[0]).toEqual([1, 1, 1, 1]);
    expect(r.levelsWithout[2]).toEqual([4, 3, 2, 1]);
    expect(r.changeRate).toEqual([2 / 3, 2 / 3, 2 / 3, 0]);
    expect(r.maxShift).toEqual([3, 2, 1, 0]);
  });

  it("a unanimous panel is perfectly stable; a custom level function is used as given", () => {
    expect(leaveOneExpertOut(factors, [chain, chain, chain]).changeRate).toEqual([0, 0, 0, 0]);
    const calls: number[] = [];
    const r = leaveOneExpertOut(factors, [chain, none], (_f, ssims) => {
      calls.push(ssims.length);
      return [ssims.length, 1, 1, 1];
    });
    expect(calls).toEqual([2, 1, 1]);
    expect(r.changeRate).toEqual([1, 0, 0, 0]);
    expect(() => leaveOneExpertOut(factors, [chain])).toThrow(RangeError);
  });
});
