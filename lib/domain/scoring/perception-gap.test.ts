import { describe, it, expect } from "vitest";
import { scoreAssessment } from "./score-assessment";
import { perceptionGap } from "./perception-gap";
import { ScoringInputError } from "./errors";
import { tinyFramework, tinyResponses } from "./test-fixtures";

describe("perception gap managers − employees (worked example)", () => {
  const r = scoreAssessment({ framework: tinyFramework(), modules: ["cx", "ecrm"], responses: tinyResponses() }, { bootstrap: false });
  // managers: vision 3.25, governance 2.75, channels 4.5, infrastructure 3.5, training 2
  // employees: vision 5, governance 4, channels 2.5, infrastructure 2, training 3.5
  const gap = perceptionGap(r.groups, "managers", "employees", 3);

  it("sorts by |gap| with ties broken by key", () => {
    expect(gap.factors.map((f) => [f.factorKey, f.gap])).toEqual([
      ["channels", 2],
      ["vision", -1.75],
      ["infrastructure", 1.5],
      ["training", -1.5],
      ["governance", -1.25],
    ]);
    expect(gap.largest.map((f) => f.factorKey)).toEqual(["channels", "vision", "infrastructure"]);
  });

  it("warns that these groups are too small to read much into", () => {
    expect(gap.factors.every((f) => f.fewRespondents)).toBe(true);
  });

  it("throws a typed error for a group with no respondents", () => {
    expect(() => perceptionGap(r.groups, "managers", "board")).toThrow(ScoringInputError);
  });
});
