import { describe, it, expect } from "vitest";
import { scoreAssessment } from "./score-assessment";
import { ScoringInputError, type ScoringErrorCode } from "./errors";
import { tinyFramework } from "./test-fixtures";
import type { ResponseInput } from "./types";
import type { ModuleKey } from "../instrument/types";

function codeOf(fn: () => unknown): ScoringErrorCode | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof ScoringInputError) return e.code;
    throw e;
  }
}

const run =
  (responses: unknown[], modules: ModuleKey[] = ["cx", "ecrm"]) =>
  () =>
    // Cast: these tests feed what untyped JSON could contain.
    scoreAssessment({ framework: tinyFramework(), modules, responses: responses as ResponseInput[] }, { bootstrap: false });

describe("typed input errors", () => {
  it.each([
    ["answer 6", [{ respondentId: "a", group: "g", answers: { "cx.vision.1": 6 } }], "invalid-answer"],
    ["answer 0", [{ respondentId: "a", group: "g", answers: { "cx.vision.1": 0 } }], "invalid-answer"],
    ["answer 2.5", [{ respondentId: "a", group: "g", answers: { "cx.vision.1": 2.5 } }], "invalid-answer"],
    ["answer NaN", [{ respondentId: "a", group: "g", answers: { "cx.vision.1": Number.NaN } }], "invalid-answer"],
    ["answer '3'", [{ respondentId: "a", group: "g", answers: { "cx.vision.1": "3" } }], "invalid-answer"],
    ["unknown item", [{ respondentId: "a", group: "g", answers: { "cx.nope.1": 3 } }], "unknown-item"],
    ["item of excluded module", [{ respondentId: "a", group: "g", answers: { "ckm.capture.1": 3 } }], "item-not-included"],
    [
      "duplicate respondent",
      [
        { respondentId: "a", group: "g", answers: {} },
        { respondentId: "a", group: "h", answers: {} },
      ],
      "duplicate-respondent",
    ],
    ["empty group", [{ respondentId: "a", group: " ", answers: {} }], "invalid-group"],
  ])("%s → %s", (_, responses, code) => {
    expect(codeOf(run(responses))).toBe(code);
  });

  it("rejects unknown or no modules", () => {
    expect(codeOf(run([], ["xx" as ModuleKey]))).toBe("unknown-module");
    expect(codeOf(run([], []))).toBe("no-modules");
  });

  it("carries details for the API error body", () => {
    try {
      run([{ respondentId: "a", group: "g", answers: { "cx.vision.1": 9 } }])();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScoringInputError);
      expect((e as ScoringInputError).details).toEqual({ respondent: "a", item: "cx.vision.1", value: 9 });
    }
  });

  it("treats an explicit undefined answer as skipped", () => {
    expect(codeOf(run([{ respondentId: "a", group: "g", answers: { "cx.vision.1": undefined } }]))).toBeNull();
  });
});
