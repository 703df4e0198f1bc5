import { describe, expect, it } from "vitest";
import { analyseSsim, seedFactorKeys } from "../../domain/ism/index.ts";
import { instrumentFactors, isPair, ownFactors, pairCount, parseFactorList, ssimFromJudgements, studyPairs } from "./factors.ts";
import { parseExpertList, ruleSchema } from "./validation.ts";

describe("study factors", () => {
  it("defaults to the instrument's 17 e-CRM factors, with the reference model's keys", () => {
    const factors = instrumentFactors();
    expect(factors).toHaveLength(17);
    expect(new Set(factors.map((f) => f.key))).toEqual(new Set(seedFactorKeys()));
  });

  it("maps an own list onto instrument factors by name or key, and gives new ones own keys", () => {
    const { factors, errors } = parseFactorList("  infrastructure \nMarketing\n\nCustomer   culture\nmanagement-planning");
    expect(errors).toEqual([]);
    expect(factors.map((f) => f.key)).toEqual(["infrastructure", "marketing", "own-customer-culture", "management-planning"]);
    expect(factors[2]?.name).toBe("Customer culture");
    expect(ownFactors(factors.map((f) => f.key))).toEqual(["own-customer-culture"]);
  });

  it("reports duplicates, empty names and too short or too long lists by line", () => {
    expect(parseFactorList("A\nB").errors).toEqual(["List at least 3 factors, one per line."]);
    expect(parseFactorList("Training\ntraining\n???\nC").errors).toEqual([
      'Line 2: "training" is listed twice.',
      'Line 3: "???" needs at least one letter or digit.',
    ]);
    expect(parseFactorList(Array.from({ length: 31 }, (_, i) => `F${i}`).join("\n")).errors).toEqual([
      "List at most 30 factors (435 pairs per expert).",
    ]);
  });
});

describe("pairs and SSIM rows", () => {
  it("asks every pair i < j once, row by row", () => {
    expect(studyPairs(4)).toEqual([
      { i: 0, j: 1 },
      { i: 0, j: 2 },
      { i: 0, j: 3 },
      { i: 1, j: 2 },
      { i: 1, j: 3 },
      { i: 2, j: 3 },
    ]);
    expect(pairCount(17)).toBe(136);
    expect([isPair(4, 0, 3), isPair(4, 3, 0), isPair(4, 1, 1), isPair(4, 2, 4), isPair(4, -1, 2), isPair(4, 0.5, 2)]).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("builds the engine's SSIM rows from judgements, and nothing while a pair is missing", () => {
    const judgements = studyPairs(4).map((p, k) => ({ ...p, letter: "VAXOVA"[k] ?? "O" }));
    const rows = ssimFromJudgements(4, [...judgements].reverse());
    expect(rows).toEqual(["VAX", "OV", "A", ""]);
    expect(() => analyseSsim(["a", "b", "c", "d"], rows ?? [])).not.toThrow();
    expect(ssimFromJudgements(4, judgements.slice(1))).toBeNull();
  });
});

describe("expert lists and rules", () => {
  it("reads 'name, e-mail' lines, with the e-mail alone allowed", () => {
    expect(parseExpertList("name,email\nDr Leila Karimi, LEILA@uni.example\nsam@bank.example")).toEqual({
      experts: [
        { name: "Dr Leila Karimi", email: "leila@uni.example" },
        { name: "sam", email: "sam@bank.example" },
      ],
      errors: [],
    });
    expect(parseExpertList("A, a@x.example\nB, not-an-email\nC, a@x.example").errors).toEqual([
      'Line 2: "not-an-email" is not a valid e-mail address.',
      "Line 3: a@x.example appears twice.",
    ]);
  });

  it("takes a threshold as a share or a percentage, and refuses one outside (0, 100 %]", () => {
    expect(ruleSchema.parse({ rule: "majority" })).toEqual({ kind: "majority" });
    expect(ruleSchema.parse({ rule: "threshold", threshold: "60" })).toEqual({ kind: "threshold", threshold: 0.6 });
    expect(ruleSchema.parse({ rule: "threshold", threshold: "0.75" })).toEqual({ kind: "threshold", threshold: 0.75 });
    for (const bad of ["0", "150", "abc", ""]) expect(ruleSchema.safeParse({ rule: "threshold", threshold: bad }).success, bad).toBe(false);
  });
});
