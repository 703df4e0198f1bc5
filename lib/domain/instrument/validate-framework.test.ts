import { describe, expect, test } from "vitest";
import { fnv1a32, frameworkFingerprint, meyar2026_1, validateFramework, type FrameworkDef } from "./index";

/** A mutable deep copy of the published framework to break on purpose. */
const copy = (): FrameworkDef => structuredClone(meyar2026_1) as FrameworkDef;
const messages = (fw: FrameworkDef) => validateFramework(fw).map((p) => `${p.path}: ${p.message}`);
const first = <T>(xs: T[] | undefined): T => {
  const x = xs?.[0];
  if (x === undefined) throw new Error("empty");
  return x;
};

describe("validateFramework", () => {
  test("a copy of the published framework is valid", () => {
    expect(validateFramework(copy())).toEqual([]);
  });

  test("duplicate and malformed item keys", () => {
    const fw = copy();
    const f = first(first(fw.modules).factors);
    f.items[1] = { ...first(f.items), reverse: false };
    f.items[2] = { key: "cx.other-factor.1", text: "x", reverse: false };
    f.items[3] = { key: "cx.macro-digital-policies", text: "x", reverse: false };
    const m = messages(fw).join("\n");
    expect(m).toContain('duplicate item key "cx.macro-digital-policies.1"');
    expect(m).toContain('does not start with "cx.macro-digital-policies."');
    expect(m).toContain("is not of the form <module>.<factor>.<n>");
  });

  test("too few and too many items", () => {
    const fw = copy();
    const [a, b] = first(fw.modules).factors;
    if (!a || !b) throw new Error("setup");
    a.items = a.items.slice(0, 2);
    b.items = [...b.items, { key: `cx.${b.key}.6`, text: "Extra.", reverse: false }];
    const m = messages(fw).join("\n");
    expect(m).toContain("has 2 items; expected 3–5");
    expect(m).toContain("has 6 items; expected 3–5");
  });

  test("duplicate factor keys across modules", () => {
    const fw = copy();
    const ecrm = fw.modules[1];
    if (!ecrm) throw new Error("setup");
    const f = first(ecrm.factors);
    f.key = "macro-digital-policies";
    f.items = f.items.map((it, i) => ({ ...it, key: `ecrm.macro-digital-policies.${i + 1}` }));
    expect(messages(fw).join("\n")).toContain('duplicate factor key "macro-digital-policies"');
  });

  test("level steps must be exactly 1→2 … 4→5 with 2–4 actions each", () => {
    const fw = copy();
    const [a, b, c] = first(fw.modules).factors;
    if (!a || !b || !c) throw new Error("setup");
    a.actions = a.actions.slice(0, 3);
    b.actions = [b.actions[1]!, b.actions[0]!, b.actions[2]!, b.actions[3]!];
    first(c.actions).actions = ["Only one action."];
    c.actions[1]!.actions = ["a", "b", "c", "d", "e"];
    const m = messages(fw).join("\n");
    expect(m).toContain("expected exactly 4");
    expect(m).toContain("step 2→3 out of place; expected 1→2");
    expect(m).toContain("has 1 actions; expected 2–4");
    expect(m).toContain("has 5 actions; expected 2–4");
  });

  test("rubric needs all five levels", () => {
    const fw = copy();
    const f = first(first(fw.modules).factors);
    delete (f.rubric as Partial<Record<number, string>>)[4];
    f.rubric[5] = "  ";
    const m = messages(fw).join("\n");
    expect(m).toContain("rubric for level 4 is missing");
    expect(m).toContain("rubric for level 5 is missing");
  });

  test("category references must exist and categories must be used", () => {
    const fw = copy();
    const ckm = fw.modules[2];
    if (!ckm) throw new Error("setup");
    for (const f of ckm.factors) if (f.category === "contextual") f.category = "no-such-class";
    const m = messages(fw).join("\n");
    expect(m).toContain('category "no-such-class" is not defined in module ckm');
    expect(m).toContain('category "contextual" has no factors');
  });

  test("empty definitions and unknown sources", () => {
    const fw = copy();
    const f = first(first(fw.modules).factors);
    f.definition = "";
    fw.sources = fw.sources.filter((s) => s.id !== "002");
    const m = messages(fw).join("\n");
    expect(m).toContain("definition is empty");
    expect(m).toContain('source "002" is not in the framework\'s sources');
  });

  test("factor without sources, invalid date", () => {
    const fw = copy();
    first(first(fw.modules).factors).sources = [];
    fw.publishedOn = "29/11/2026";
    const m = messages(fw).join("\n");
    expect(m).toContain("factor cites no source");
    expect(m).toContain("is not an ISO date");
  });
});

describe("fingerprint", () => {
  test("FNV-1a 32-bit matches the reference test vectors", () => {
    expect(fnv1a32("")).toBe("811c9dc5");
    expect(fnv1a32("a")).toBe("e40c292c");
    expect(fnv1a32("foobar")).toBe("bf9cf968");
  });

  test("any change to the content changes the fingerprint", () => {
    const fw = copy();
    expect(frameworkFingerprint(fw)).toBe(frameworkFingerprint(meyar2026_1));
    first(first(first(fw.modules).factors).items).text += " ";
    expect(frameworkFingerprint(fw)).not.toBe(frameworkFingerprint(meyar2026_1));
  });
});
