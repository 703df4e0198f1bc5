import { describe, expect, it } from "vitest";
import type { MeasureChange, RoundChange } from "../../domain/scoring/round-change";
import { roundChangeView, verdictOf } from "./round-change";

const ok = (delta: number, lower: number, upper: number): MeasureChange => ({
  kind: "factor",
  key: "training",
  moduleKey: "ecrm",
  before: 3,
  after: 3 + delta,
  delta,
  interval: {
    status: "ok",
    method: "two-sample-stratified-bootstrap-t",
    estimate: delta,
    lower,
    upper,
    se: 0.1,
    level: 0.95,
    samples: 1000,
    validSamples: 1000,
    seed: 1,
    nBefore: 20,
    nAfter: 20,
  },
});

describe("reading the change since the previous round", () => {
  it("calls a change real only when its interval excludes zero, whatever its size", () => {
    expect(verdictOf(ok(0.05, 0.01, 0.09))).toBe("improved");
    expect(verdictOf(ok(0.6, -0.1, 1.3))).toBe("unchanged");
    expect(verdictOf(ok(-0.3, -0.5, -0.1))).toBe("declined");
    const withheld: MeasureChange = {
      ...ok(0.4, 0, 0),
      interval: { status: "withheld", reason: "too-few-respondents", nBefore: 3, nAfter: 20, minimum: 5 },
    };
    expect(verdictOf(withheld)).toBe("not-comparable");
  });

  it("names the kind of each measure and says what a narrower scope left out", () => {
    const m = ok(0.5, 0.2, 0.8);
    const change: RoundChange = {
      sameScope: false,
      frameworkVersions: { before: "v1", after: "v2" },
      sharedFactorKeys: ["training"],
      onlyBefore: [{ key: "capture", name: "Knowledge capture" }],
      onlyAfter: [],
      overall: { ...m, kind: "overall", key: "overall", moduleKey: null },
      modules: [{ ...m, kind: "module", key: "ecrm" }],
      categories: [],
      factors: [m],
    };
    const names = new Map([
      ["module:ecrm", "e-CRM"],
      ["factor:training", "Training"],
    ]);
    const view = roundChangeView(change, { assessmentId: "a1", name: "Round 2025" }, names);
    expect(view.modules[0]).toMatchObject({ name: "e-CRM", verdict: "improved", lower: 0.2, upper: 0.8, reason: null });
    expect(view.factors[0]?.name).toBe("Training");
    expect(view.scopeNote).toContain("different questionnaire versions");
    expect(view.scopeNote).toContain("Knowledge capture");
  });
});
