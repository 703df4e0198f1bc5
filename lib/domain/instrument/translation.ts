// Translations of a framework version's texts (frameworks/<version>/translations/<locale>/<module>.json), and
// the overlay that gives a FrameworkDef in another language. Pure: zod only.
//
// A translation carries texts only, keyed by the English version's keys (module, category, factor, item), so a
// Persian or Arabic answer lands on the same item key and scores stay comparable across languages. Everything
// that is not text (item keys, reverse scoring, sources, roles, levels) comes from the published framework.
// A published version's translations are frozen like its text: their fingerprint is pinned in a test.
import { z } from "zod";
import { FrameworkDataError, deepFreeze, parseFrameworkFile } from "./framework-schema";
import type { CategoryDef, FactorDef, FrameworkDef, ModuleDef, ModuleKey } from "./types";

export const TRANSLATED_LOCALES = ["fa", "ar"] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

const text = z.string().regex(/\S/, "must not be empty");

export const moduleTranslationSchema = z.strictObject({
  about: text,
  locale: z.enum(TRANSLATED_LOCALES),
  module: z.enum(["cx", "ecrm", "ckm"]),
  name: text,
  description: text,
  categories: z.record(z.string(), z.strictObject({ name: text, description: text })).optional(),
  factors: z.record(
    z.string(),
    z.strictObject({
      name: text,
      definition: text,
      items: z.record(z.string(), text),
      rubric: z.strictObject({ "1": text, "2": text, "3": text, "4": text, "5": text }),
      actions: z.array(z.array(text)).length(4),
    }),
  ),
});
export type ModuleTranslation = z.infer<typeof moduleTranslationSchema>;

/** One locale's translation of a framework version: every module the version has. */
export type FrameworkTranslation = Partial<Record<ModuleKey, ModuleTranslation>>;

/** Parses one translation file; throws FrameworkDataError naming the file and the bad fields. */
export function parseModuleTranslation(data: unknown, file: string): ModuleTranslation {
  return parseFrameworkFile(moduleTranslationSchema, data, file);
}

/**
 * What a translation lacks or has extra against the framework: a missing module, category, factor, item, rubric
 * level or action (each step needs exactly the English number of actions), or a key the framework does not have.
 * Empty when the translation is complete.
 */
export function translationProblems(framework: FrameworkDef, translation: FrameworkTranslation): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const sameKeys = (path: string, expected: readonly string[], actual: readonly string[]) => {
    const missing = expected.filter((k) => !actual.includes(k));
    const extra = actual.filter((k) => !expected.includes(k));
    if (missing.length) problems.push({ path, message: `missing ${missing.join(", ")}` });
    if (extra.length) problems.push({ path, message: `not in the framework: ${extra.join(", ")}` });
  };
  for (const mod of framework.modules) {
    const t = translation[mod.key];
    if (!t) {
      problems.push({ path: mod.key, message: "module not translated" });
      continue;
    }
    sameKeys(
      `${mod.key}.categories`,
      (mod.categories ?? []).map((c) => c.key),
      Object.keys(t.categories ?? {}),
    );
    sameKeys(
      `${mod.key}.factors`,
      mod.factors.map((f) => f.key),
      Object.keys(t.factors),
    );
    for (const f of mod.factors) {
      const tf = t.factors[f.key];
      if (!tf) continue;
      sameKeys(
        `${mod.key}.${f.key}.items`,
        f.items.map((i) => i.key),
        Object.keys(tf.items),
      );
      f.actions.forEach((step, i) => {
        const n = tf.actions[i]?.length ?? 0;
        if (n !== step.actions.length)
          problems.push({
            path: `${mod.key}.${f.key}.actions[${i}]`,
            message: `${n} actions for step ${step.from}→${step.to}; expected ${step.actions.length}`,
          });
      });
    }
  }
  return problems;
}

function localizeFactor(f: FactorDef, t: ModuleTranslation["factors"][string] | undefined): FactorDef {
  if (!t) return f;
  return {
    ...f,
    name: t.name,
    definition: t.definition,
    items: f.items.map((it) => ({ ...it, text: t.items[it.key] ?? it.text })),
    rubric: { 1: t.rubric[1], 2: t.rubric[2], 3: t.rubric[3], 4: t.rubric[4], 5: t.rubric[5] },
    actions: f.actions.map((step, i) => ({
      ...step,
      actions: t.actions[i]?.length === step.actions.length ? [...t.actions[i]!] : step.actions,
    })),
  };
}

function localizeCategory(c: CategoryDef, t: ModuleTranslation["categories"]): CategoryDef {
  const tc = t?.[c.key];
  return tc ? { ...c, name: tc.name, description: tc.description } : c;
}

function localizeModule(m: ModuleDef, t: ModuleTranslation | undefined): ModuleDef {
  if (!t) return m;
  const factors = m.factors.map((f) => localizeFactor(f, t.factors[f.key]));
  const head = { ...m, name: t.name, description: t.description, factors };
  return m.categories ? { ...head, categories: m.categories.map((c) => localizeCategory(c, t.categories)) } : head;
}

/**
 * The framework with its texts in another language. Keys, reverse scoring, sources, roles and levels are the
 * framework's own; a text the translation lacks stays in English (translationProblems reports it, and the
 * completeness test keeps published versions complete).
 */
export function localizeFramework(framework: FrameworkDef, translation: FrameworkTranslation): FrameworkDef {
  return deepFreeze({ ...framework, modules: framework.modules.map((m) => localizeModule(m, translation[m.key])) });
}

/** Checks that a version's translation is complete, throwing FrameworkDataError otherwise (used at load). */
export function requireCompleteTranslation(
  framework: FrameworkDef,
  translation: FrameworkTranslation,
  where: string,
): FrameworkTranslation {
  const problems = translationProblems(framework, translation);
  if (problems.length > 0) throw new FrameworkDataError(where, problems);
  return deepFreeze(translation);
}
