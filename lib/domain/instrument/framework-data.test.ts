import { describe, expect, test } from "vitest";
import reference from "../data/ecrm-ism-azimi-2023.json" with { type: "json" };
import {
  FrameworkDataError,
  assembleFramework,
  frameworkFileSchema,
  moduleFileSchema,
  parseFrameworkFile,
  referencedModuleFileSchema,
  sourcesFileSchema,
  withReference,
  type ModuleFile,
} from "./framework-schema";
import ckm from "./frameworks/meyar-2026-1/ckm.json" with { type: "json" };
import cx from "./frameworks/meyar-2026-1/cx.json" with { type: "json" };
import ecrm from "./frameworks/meyar-2026-1/ecrm.json" with { type: "json" };
import framework from "./frameworks/meyar-2026-1/framework.json" with { type: "json" };
import sources from "./frameworks/meyar-2026-1/sources.json" with { type: "json" };
import { frameworkFingerprint, meyar2026_1 } from "./index";

/** A deep, mutable copy of a data file, to break on purpose. */
const copy = <T>(data: T): T => structuredClone(data);

function refusal(run: () => unknown): FrameworkDataError {
  try {
    run();
  } catch (e) {
    if (e instanceof FrameworkDataError) return e;
    throw e;
  }
  throw new Error("expected the data to be refused");
}

describe("meyar-2026.1 as data", () => {
  test("the loaded framework has the published fingerprint", () => {
    // Published versions never change: this is the hash of the TypeScript content before it moved to JSON.
    expect(frameworkFingerprint(meyar2026_1)).toBe("0956be09");
  });

  test("every data file matches its schema", () => {
    expect(frameworkFileSchema.safeParse(framework).success).toBe(true);
    expect(sourcesFileSchema.safeParse(sources).success).toBe(true);
    expect(moduleFileSchema.safeParse(cx).success).toBe(true);
    expect(referencedModuleFileSchema.safeParse(ecrm).success).toBe(true);
    expect(moduleFileSchema.safeParse(ckm).success).toBe(true);
  });

  test("the e-CRM factors take their names, roles and levels from the ISM reference data", () => {
    const mod = meyar2026_1.modules.find((m) => m.key === "ecrm");
    expect(mod?.factors.map((f) => [f.key, f.name, f.paradigmRoles, f.publishedLevel])).toEqual(
      reference.factors.map((f) => [f.key, f.name, f.paradigmRoles, f.publishedLevel]),
    );
  });
});

describe("the schema refuses bad data, naming the field", () => {
  test("an item with an empty text", () => {
    const bad = copy(cx);
    bad.factors[1]!.items[2]!.text = "  ";
    const e = refusal(() => parseFrameworkFile(moduleFileSchema, bad, "cx.json"));
    expect(e.problems).toEqual([{ path: "factors[1].items[2].text", message: "must not be empty" }]);
    expect(e.message).toContain("cx.json");
    expect(e.message).toContain("factors[1].items[2].text: must not be empty");
  });

  test("a level-step action out of range", () => {
    const bad = copy(ckm) as unknown as { factors: { actions: { from: number }[] }[] };
    bad.factors[0]!.actions[3]!.from = 7;
    const e = refusal(() => parseFrameworkFile(moduleFileSchema, bad, "ckm.json"));
    expect(e.problems.map((p) => p.path)).toContain("factors[0].actions[3].from");
  });

  test("a rubric level that does not exist", () => {
    const bad = copy(cx) as unknown as { factors: { rubric: Record<string, string> }[] };
    bad.factors[0]!.rubric["6"] = "Beyond optimised";
    const e = refusal(() => parseFrameworkFile(moduleFileSchema, bad, "cx.json"));
    expect(e.problems.map((p) => p.path)).toEqual(["factors[0].rubric"]);
    expect(e.message).toContain('"6"');
  });

  test("level steps out of order", () => {
    const bad = copy(cx);
    const steps = bad.factors[0]!.actions;
    [steps[0], steps[1]] = [steps[1]!, steps[0]!];
    const e = refusal(() => parseFrameworkFile(moduleFileSchema, bad, "cx.json"));
    expect(e.problems).toContainEqual({ path: "factors[0].actions[0]", message: "step 2→3 out of place; expected 1→2" });
  });

  test("a misspelt field and an unknown source", () => {
    const bad = copy(cx) as unknown as { factors: Record<string, unknown>[] };
    bad.factors[2]!.definiton = "typo";
    bad.factors[2]!.sources = ["009"];
    const e = refusal(() => parseFrameworkFile(moduleFileSchema, bad, "cx.json"));
    expect(e.problems.map((p) => p.path).sort()).toEqual(["factors[2]", "factors[2].sources[0]"]);
  });

  test("an e-CRM factor that is not the reference's", () => {
    const bad = copy(ecrm);
    bad.factors[0]!.key = "infrastructur";
    const parsed = parseFrameworkFile(referencedModuleFileSchema, bad, "ecrm.json");
    const e = refusal(() => withReference(parsed, reference.factors, "ecrm.json"));
    expect(e.problems[0]?.path).toBe("factors");
  });

  test("cross-file rules: a category no module defines", () => {
    const mod = parseFrameworkFile(moduleFileSchema, copy(ckm), "ckm.json") as ModuleFile;
    mod.factors[0]!.category = "nowhere";
    const e = refusal(() =>
      assembleFramework({
        framework: parseFrameworkFile(frameworkFileSchema, { ...framework, modules: ["ckm"] }, "framework.json"),
        sources: parseFrameworkFile(sourcesFileSchema, sources, "sources.json"),
        modules: { ckm: mod },
      }),
    );
    expect(e.problems).toContainEqual({
      path: "modules[ckm].factors[rapid-response]",
      message: 'category "nowhere" is not defined in module ckm',
    });
  });
});
