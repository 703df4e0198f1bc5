import { describe, expect, it } from "vitest";
import {
  fnv1a32,
  frameworkTranslations,
  frameworks,
  getFramework,
  getLocalizedFramework,
  TRANSLATED_LOCALES,
  translationProblems,
} from "./index";
import { localizeFramework } from "./translation";

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

function allTexts(fw: NonNullable<ReturnType<typeof getFramework>>): string[] {
  return fw.modules.flatMap((m) => [
    m.name,
    m.description,
    ...(m.categories ?? []).flatMap((c) => [c.name, c.description]),
    ...m.factors.flatMap((f) => [
      f.name,
      f.definition,
      ...f.items.map((i) => i.text),
      ...Object.values(f.rubric),
      ...f.actions.flatMap((s) => s.actions),
    ]),
  ]);
}

describe("framework translations", () => {
  it("every published version has every text in Persian and Arabic, with the English keys", () => {
    for (const version of Object.keys(frameworks)) {
      for (const locale of TRANSLATED_LOCALES) {
        const translation = frameworkTranslations[version]?.[locale];
        expect(translation, `${version} ${locale}`).toBeDefined();
        expect(translationProblems(frameworks[version]!, translation!)).toEqual([]);
        const texts = allTexts(getLocalizedFramework(version, locale)!);
        expect(texts.filter((t) => !ARABIC_SCRIPT.test(t))).toEqual([]);
      }
    }
  });

  it("Persian uses Persian letters (ی, ک), not the Arabic ي and ك", () => {
    const texts = allTexts(getLocalizedFramework("meyar-2026.1", "fa")!);
    expect(texts.filter((t) => /[يك]/.test(t))).toEqual([]);
  });

  it("keeps keys, reverse scoring and structure: only texts change", () => {
    const en = getFramework("meyar-2026.1")!;
    for (const locale of TRANSLATED_LOCALES) {
      const tr = getLocalizedFramework("meyar-2026.1", locale)!;
      const shape = (fw: typeof en) =>
        fw.modules.map((m) => ({
          key: m.key,
          optional: m.optional,
          categories: m.categories?.map((c) => c.key),
          factors: m.factors.map((f) => ({
            key: f.key,
            category: f.category,
            sources: f.sources,
            paradigmRoles: f.paradigmRoles,
            publishedLevel: f.publishedLevel,
            items: f.items.map((i) => [i.key, i.reverse]),
            steps: f.actions.map((s) => [s.from, s.to, s.actions.length]),
          })),
        }));
      expect(shape(tr)).toEqual(shape(en));
      expect(tr.version).toBe(en.version);
      expect(tr.modules[0]!.factors[0]!.items[0]!.text).not.toBe(en.modules[0]!.factors[0]!.items[0]!.text);
    }
    expect(getLocalizedFramework("meyar-2026.1", "en")).toBe(en);
    expect(getLocalizedFramework("meyar-2026.1", "de")).toBe(en);
    expect(getLocalizedFramework("no-such-version", "fa")).toBeUndefined();
  });

  it("reports what an incomplete translation lacks", () => {
    const en = getFramework("meyar-2026.1")!;
    const fa = frameworkTranslations["meyar-2026.1"]!.fa;
    const ecrm = fa.ecrm!;
    const [firstKey, first] = Object.entries(ecrm.factors)[0]!;
    const broken = {
      ...fa,
      ckm: undefined,
      ecrm: { ...ecrm, factors: { ...ecrm.factors, [firstKey]: { ...first, items: {}, actions: [[], [], [], []] } } },
    };
    const problems = translationProblems(en, broken);
    expect(problems).toContainEqual({ path: "ckm", message: "module not translated" });
    expect(problems.some((p) => p.path === `ecrm.${firstKey}.items` && p.message.startsWith("missing ecrm."))).toBe(true);
    expect(problems.some((p) => p.path === `ecrm.${firstKey}.actions[0]`)).toBe(true);
    // A text the translation lacks stays in English rather than disappearing.
    const partial = localizeFramework(en, broken);
    expect(partial.modules.find((m) => m.key === "ckm")!.name).toBe(en.modules.find((m) => m.key === "ckm")!.name);
  });

  it("a published version's translations are frozen like its text", () => {
    // Changing a word of meyar-2026.1 in any language changes this: add a new framework version instead.
    const pinned = Object.fromEntries(
      TRANSLATED_LOCALES.map((l) => [l, fnv1a32(JSON.stringify(frameworkTranslations["meyar-2026.1"]![l]))]),
    );
    expect(pinned).toEqual({ fa: "6d682571", ar: "cd82ea93" });
    expect(Object.isFrozen(frameworkTranslations["meyar-2026.1"]!.fa.cx)).toBe(true);
  });
});
