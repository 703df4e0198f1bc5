// Public API of the questionnaire instrument: types, the registry of published frameworks and lookup helpers.
// Pure TypeScript, no framework imports.
import { meyar2026_1, meyar2026_1Translations } from "./frameworks/meyar-2026-1";
import { meyar2026_2, meyar2026_2Translations } from "./frameworks/meyar-2026-2";
import { localizeFramework, type FrameworkTranslation, type TranslatedLocale } from "./translation";
import type { FactorDef, FrameworkDef, ItemDef, ModuleDef, ModuleKey } from "./types";

export * from "./types";
export { validateFramework, ITEMS_PER_FACTOR, ACTIONS_PER_STEP, type FrameworkProblem } from "./validate-framework";
export { fnv1a32, frameworkFingerprint } from "./fingerprint";
export { formatCitation, paperCitation, paperCitationOf, type PaperCitation } from "./citations";
export { meyar2026_1, meyar2026_2 };
export { TRANSLATED_LOCALES, translationProblems, type TranslatedLocale, type FrameworkTranslation } from "./translation";

/** Every published framework by version. Published versions are never edited, only superseded. */
export const frameworks: Record<string, FrameworkDef> = Object.freeze({
  [meyar2026_1.version]: meyar2026_1,
  [meyar2026_2.version]: meyar2026_2,
});

/**
 * The framework new assessments use. meyar-2026.2 has 2026.1's statements, keys and scoring, with the CX category
 * names as the paper gives them and a source per statement; assessments of 2026.1 keep being scored (and
 * benchmarked) with 2026.1, the version they were answered against.
 */
export const latestFramework: FrameworkDef = meyar2026_2;

export function getFramework(version: string): FrameworkDef | undefined {
  return Object.prototype.hasOwnProperty.call(frameworks, version) ? frameworks[version] : undefined;
}

/** Every published framework's translations, by version and language. */
export const frameworkTranslations: Record<string, Record<TranslatedLocale, FrameworkTranslation>> = Object.freeze({
  [meyar2026_1.version]: meyar2026_1Translations,
  [meyar2026_2.version]: meyar2026_2Translations,
});

const localized = new Map<string, FrameworkDef>();

/**
 * A published framework with its texts in `locale` ("en" or any language without a translation of this version:
 * the English text). Same keys and scoring as getFramework's; memoised, since published versions never change.
 */
export function getLocalizedFramework(version: string, locale: string): FrameworkDef | undefined {
  const fw = getFramework(version);
  const translations = Object.prototype.hasOwnProperty.call(frameworkTranslations, version) ? frameworkTranslations[version] : undefined;
  const translation = translations && (locale === "fa" || locale === "ar") ? translations[locale] : undefined;
  if (!fw || !translation) return fw;
  const key = `${version}|${locale}`;
  let out = localized.get(key);
  if (!out) localized.set(key, (out = localizeFramework(fw, translation)));
  return out;
}

/** Like getFramework, but throws for an unknown version. */
export function requireFramework(version: string): FrameworkDef {
  const fw = getFramework(version);
  if (!fw) throw new Error(`Unknown framework version "${version}"`);
  return fw;
}

export function getModule(framework: FrameworkDef, key: ModuleKey): ModuleDef | undefined {
  return framework.modules.find((m) => m.key === key);
}

/** The modules an assessment includes by default: all non-optional ones. */
export function defaultModuleKeys(framework: FrameworkDef): ModuleKey[] {
  return framework.modules.filter((m) => !m.optional).map((m) => m.key);
}

/** Modules in framework order, restricted to moduleKeys when given. */
export function selectModules(framework: FrameworkDef, moduleKeys?: readonly ModuleKey[]): ModuleDef[] {
  return moduleKeys ? framework.modules.filter((m) => moduleKeys.includes(m.key)) : [...framework.modules];
}

export interface LocatedFactor extends FactorDef {
  moduleKey: ModuleKey;
}

export interface LocatedItem extends ItemDef {
  moduleKey: ModuleKey;
  factorKey: string;
}

/** Factors in questionnaire order, each with its module key. */
export function allFactors(framework: FrameworkDef, moduleKeys?: readonly ModuleKey[]): LocatedFactor[] {
  return selectModules(framework, moduleKeys).flatMap((m) => m.factors.map((f) => ({ ...f, moduleKey: m.key })));
}

/** Items in questionnaire order, each with its module and factor key. */
export function allItems(framework: FrameworkDef, moduleKeys?: readonly ModuleKey[]): LocatedItem[] {
  return selectModules(framework, moduleKeys).flatMap((m) =>
    m.factors.flatMap((f) => f.items.map((it) => ({ ...it, moduleKey: m.key, factorKey: f.key }))),
  );
}

export function factorByKey(framework: FrameworkDef, factorKey: string): LocatedFactor | undefined {
  for (const m of framework.modules) {
    const f = m.factors.find((x) => x.key === factorKey);
    if (f) return { ...f, moduleKey: m.key };
  }
  return undefined;
}

export function itemByKey(framework: FrameworkDef, itemKey: string): LocatedItem | undefined {
  for (const m of framework.modules)
    for (const f of m.factors) {
      const it = f.items.find((x) => x.key === itemKey);
      if (it) return { ...it, moduleKey: m.key, factorKey: f.key };
    }
  return undefined;
}
