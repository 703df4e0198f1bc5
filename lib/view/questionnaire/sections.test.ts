import { describe, expect, test } from "vitest";
import { allItems, defaultModuleKeys, latestFramework, type FrameworkDef } from "@/lib/domain/instrument";
import { displayName } from "@/lib/view/role-names";
import {
  MAX_FACTORS_PER_SECTION,
  balancedChunks,
  buildSections,
  firstIncompleteSection,
  firstSectionContaining,
  isAnswered,
  respondentText,
  progress,
  resumeSectionIndex,
  sectionItemKeys,
  unansweredItems,
} from "./sections";

const allModuleKeys = latestFramework.modules.map((m) => m.key);

describe("buildSections with the real framework", () => {
  const sections = buildSections(latestFramework, allModuleKeys);

  test("every item appears exactly once, in framework order", () => {
    const fromSections = sections.flatMap(sectionItemKeys);
    expect(fromSections).toEqual(allItems(latestFramework).map((it) => it.key));
    expect(new Set(fromSections).size).toBe(fromSections.length);
  });

  test("section keys are unique and stable", () => {
    const keys = sections.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("cx.1");
    expect(keys).toContain("ckm.causal");
  });

  test("grounded-theory categories are titled by their plain names, the academic term kept for a tooltip", () => {
    const causal = sections.find((s) => s.key === "ckm.causal");
    expect(causal?.title).toBe("Root causes");
    expect(causal?.titleTerm).toMatch(/^Causal conditions: /);
    expect(sections.find((s) => s.moduleKey === "cx")?.titleTerm).toBeUndefined();
  });

  test("modules with categories get one page per category, in category order", () => {
    for (const mod of latestFramework.modules.filter((m) => m.categories?.length)) {
      const pages = sections.filter((s) => s.moduleKey === mod.key);
      const categories = mod.categories!.filter((c) => mod.factors.some((f) => f.category === c.key));
      expect(pages.map((p) => p.title)).toEqual(categories.map((c) => displayName(c.name).name));
      pages.forEach((p, i) => {
        expect(p.description).toBe(respondentText(categories[i]!.description));
        expect(p.description).toBeTruthy();
        expect(p.moduleName).toBe(mod.name);
        const expected = mod.factors.filter((f) => f.category === categories[i]!.key).map((f) => f.key);
        expect(p.factors.map((f) => f.key)).toEqual(expected);
      });
    }
  });

  test("modules without categories are split into balanced pages of at most five factors", () => {
    for (const mod of latestFramework.modules.filter((m) => !m.categories?.length)) {
      const pages = sections.filter((s) => s.moduleKey === mod.key);
      expect(pages.length).toBe(Math.ceil(mod.factors.length / MAX_FACTORS_PER_SECTION));
      const sizes = pages.map((p) => p.factors.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_FACTORS_PER_SECTION);
      expect(pages.flatMap((p) => p.factors.map((f) => f.key))).toEqual(mod.factors.map((f) => f.key));
      if (pages.length > 1) expect(pages[0]!.title).toBe(`${mod.name} (1 of ${pages.length})`);
      else expect(pages[0]!.title).toBe(mod.name);
    }
  });

  test("the cx module (6 factors) becomes two pages of three", () => {
    const cx = sections.filter((s) => s.moduleKey === "cx");
    expect(cx.map((s) => s.factors.length)).toEqual([3, 3]);
    expect(cx.map((s) => s.key)).toEqual(["cx.1", "cx.2"]);
  });

  test("nothing about scoring reaches the respondent", () => {
    const json = JSON.stringify(sections);
    expect(json).not.toMatch(/"(reverse|rubric|actions|sources|paradigmRoles|publishedLevel|category)":/);
    for (const s of sections)
      for (const f of s.factors) {
        expect(Object.keys(f).sort()).toEqual(["definition", "items", "key", "name"]);
        for (const it of f.items) expect(Object.keys(it).sort()).toEqual(["key", "text"]);
      }
  });

  test("research citations are left out of the prose respondents read", () => {
    for (const s of sections) {
      expect(s.description ?? "").not.toMatch(/\bseed/i);
      for (const f of s.factors) {
        expect(f.definition).not.toMatch(/\bseed/i);
        expect(f.definition.length).toBeGreaterThan(20);
      }
    }
    const cx = latestFramework.modules.find((m) => m.key === "cx")!;
    expect(sections[0]!.description).toBe(cx.description.split(". ")[0] + ".");
  });

  test("is serialisable", () => {
    expect(JSON.parse(JSON.stringify(sections))).toEqual(sections);
  });

  test("only the requested modules, in framework order whatever the argument order", () => {
    const defaults = defaultModuleKeys(latestFramework);
    const chosen = buildSections(latestFramework, [...defaults].reverse());
    expect([...new Set(chosen.map((s) => s.moduleKey))]).toEqual(defaults);
    expect(buildSections(latestFramework, [])).toEqual([]);
    expect(buildSections(latestFramework, ["nope"])).toEqual([]);
  });
});

describe("buildSections edge cases", () => {
  const factor = (key: string, category?: string) => ({
    key,
    name: key.toUpperCase(),
    definition: `${key} definition`,
    ...(category ? { category } : {}),
    sources: [],
    items: [{ key: `m.${key}.1`, text: `${key} statement`, reverse: true }],
    rubric: { 1: "", 2: "", 3: "", 4: "", 5: "" },
    actions: [],
  });
  const fw = (factors: ReturnType<typeof factor>[], categories?: { key: string; name: string; description: string }[]) =>
    ({
      version: "t",
      name: "t",
      publishedOn: "2026-01-01",
      sources: [],
      modules: [{ key: "cx", name: "Module", description: "About", optional: false, ...(categories ? { categories } : {}), factors }],
    }) as unknown as FrameworkDef;

  test("a large category is split into numbered parts; empty categories are skipped; stray factors are kept", () => {
    const cats = [
      { key: "a", name: "Alpha", description: "A" },
      { key: "empty", name: "Empty", description: "E" },
      { key: "b", name: "Beta", description: "B" },
    ];
    const factors = [...Array.from({ length: 7 }, (_, i) => factor(`a${i}`, "a")), factor("b0", "b"), factor("stray", "zzz")];
    const s = buildSections(fw(factors, cats), ["cx"]);
    expect(s.map((x) => [x.key, x.title, x.factors.length])).toEqual([
      ["cx.a.1", "Alpha (1 of 2)", 4],
      ["cx.a.2", "Alpha (2 of 2)", 3],
      ["cx.b", "Beta", 1],
      ["cx.other", "Module: other topics", 1],
    ]);
  });

  test("a small uncategorised module is one page titled with the module name", () => {
    const s = buildSections(fw([factor("x"), factor("y")]), ["cx"]);
    expect(s).toEqual([
      {
        key: "cx.1",
        moduleKey: "cx",
        moduleName: "Module",
        title: "Module",
        description: "About",
        factors: [
          { key: "x", name: "X", definition: "x definition", items: [{ key: "m.x.1", text: "x statement" }] },
          { key: "y", name: "Y", definition: "y definition", items: [{ key: "m.y.1", text: "y statement" }] },
        ],
      },
    ]);
  });
});

describe("respondentText", () => {
  test.each([
    ["Plain text. Seed 002 recommends X.", "Plain text."],
    ['The core (the seed\'s "phenomenon-orientation" class): a, b and c.', "The core: a, b and c."],
    ["Indicators (adoption, usage) matter. Seeds 001 and 002 agree.", "Indicators (adoption, usage) matter."],
    ["Everything from seed 001.", ""],
    ["Seedlings are not seeds. Seedlings grow.", "Seedlings grow."],
  ])("%s", (input, expected) => {
    expect(respondentText(input)).toBe(expected);
  });
});

describe("balancedChunks", () => {
  test.each([
    [0, []],
    [1, [1]],
    [5, [5]],
    [6, [3, 3]],
    [11, [4, 4, 3]],
    [17, [5, 4, 4, 4]],
  ])("%i items → sizes %j", (n, sizes) => {
    const list = Array.from({ length: n }, (_, i) => i);
    const chunks = balancedChunks(list, 5);
    expect(chunks.map((c) => c.length)).toEqual(sizes);
    expect(chunks.flat()).toEqual(list);
  });
});

describe("progress and resuming", () => {
  const sections = buildSections(latestFramework, allModuleKeys);
  const keys = sections.flatMap(sectionItemKeys);

  test("nothing answered", () => {
    const p = progress(sections, {});
    expect(p).toMatchObject({ answered: 0, total: keys.length, complete: false, percent: 0 });
    expect(p.sections.every((s) => s.answered === 0 && !s.complete)).toBe(true);
    expect(firstIncompleteSection(sections, {})).toBe(0);
    expect(resumeSectionIndex(sections, {})).toBe(0);
  });

  test("don't know (null) counts as answered; undefined does not", () => {
    expect(isAnswered({ a: null }, "a")).toBe(true);
    expect(isAnswered({ a: { value: null, version: 1 } }, "a")).toBe(true);
    expect(isAnswered({ a: undefined }, "a")).toBe(false);
    expect(isAnswered({}, "toString")).toBe(false);
  });

  test("counts per section and overall; resumes at the first incomplete section", () => {
    const first = sectionItemKeys(sections[0]!);
    const second = sectionItemKeys(sections[1]!);
    const answers: Record<string, { value: 1 | 2 | 3 | 4 | 5 | null; version: number }> = {};
    for (const k of first) answers[k] = { value: null, version: 1 };
    answers[second[0]!] = { value: 4, version: 2 };
    const p = progress(sections, answers);
    expect(p.answered).toBe(first.length + 1);
    expect(p.sections[0]).toEqual({ key: sections[0]!.key, answered: first.length, total: first.length, complete: true });
    expect(p.sections[1]).toMatchObject({ answered: 1, total: second.length, complete: false });
    expect(firstIncompleteSection(sections, answers)).toBe(1);
    expect(unansweredItems(sections, answers)[0]).toBe(second[1]);
  });

  test("a gap in an early section wins over later ones", () => {
    const answers = Object.fromEntries(keys.map((k) => [k, 3]));
    const hole = sectionItemKeys(sections[2]!)[1]!;
    delete answers[hole];
    expect(firstIncompleteSection(sections, answers)).toBe(2);
    expect(unansweredItems(sections, answers)).toEqual([hole]);
  });

  test("all answered: complete, 100 %, resume on the last section", () => {
    const answers = Object.fromEntries(keys.map((k) => [k, 5]));
    const p = progress(sections, answers);
    expect(p).toMatchObject({ answered: keys.length, complete: true, percent: 100 });
    expect(firstIncompleteSection(sections, answers)).toBe(-1);
    expect(resumeSectionIndex(sections, answers)).toBe(sections.length - 1);
    expect(resumeSectionIndex([], {})).toBe(0);
  });

  test("percent never rounds up to 100 before completion", () => {
    const answers = Object.fromEntries(keys.slice(1).map((k) => [k, 5]));
    expect(progress(sections, answers).percent).toBe(99);
  });

  test("firstSectionContaining finds where missing items live", () => {
    const last = sections.length - 1;
    const lastKey = sectionItemKeys(sections[last]!)[0]!;
    expect(firstSectionContaining(sections, [lastKey])).toBe(last);
    expect(firstSectionContaining(sections, [lastKey, keys[0]!])).toBe(0);
    expect(firstSectionContaining(sections, ["unknown"])).toBe(-1);
  });
});
