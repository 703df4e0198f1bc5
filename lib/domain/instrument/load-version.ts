// How a published framework version is loaded from its data files: the framework, its sources and modules
// through the schema (../framework-schema.ts), the e-CRM module joined with the seed's reference data, and its
// Persian and Arabic texts checked complete. One loader for every version; each version's index.ts only
// imports its files (JSON imports must be static) and names its folder.
import reference from "../data/ecrm-ism-azimi-2023.json" with { type: "json" };
import type { FrameworkDef } from "./types";
import {
  assembleFramework,
  frameworkFileSchema,
  moduleFileSchema,
  parseFrameworkFile,
  referencedModuleFileSchema,
  sourcesFileSchema,
  withReference,
} from "./framework-schema";
import { parseModuleTranslation, requireCompleteTranslation, type FrameworkTranslation, type TranslatedLocale } from "./translation";

type ModuleFiles = Record<"cx" | "ecrm" | "ckm", unknown>;

export interface VersionFiles {
  /** The version's folder under ./frameworks, for messages naming a malformed file. */
  folder: string;
  framework: unknown;
  sources: unknown;
  modules: ModuleFiles;
  translations: Record<TranslatedLocale, ModuleFiles>;
  /** From 2026.2 on every statement must name its source. */
  itemSources?: "required";
}

export function loadFrameworkVersion(files: VersionFiles): {
  framework: FrameworkDef;
  translations: Record<TranslatedLocale, FrameworkTranslation>;
} {
  const file = (name: string) => `${files.folder}/${name}`;
  const framework = assembleFramework({
    itemSources: files.itemSources,
    framework: parseFrameworkFile(frameworkFileSchema, files.framework, file("framework.json")),
    sources: parseFrameworkFile(sourcesFileSchema, files.sources, file("sources.json")),
    modules: {
      cx: parseFrameworkFile(moduleFileSchema, files.modules.cx, file("cx.json")),
      // e-CRM factor names, paradigm roles and published ISM levels come from the seed's reference data, so that
      // the questionnaire and the ISM model (lib/domain/ism) can never disagree about them.
      ecrm: withReference(
        parseFrameworkFile(referencedModuleFileSchema, files.modules.ecrm, file("ecrm.json")),
        reference.factors,
        file("ecrm.json"),
      ),
      ckm: parseFrameworkFile(moduleFileSchema, files.modules.ckm, file("ckm.json")),
    },
  });
  // Frozen with the version: same keys, so answers in any language score alike; fingerprints pinned in translation.test.ts.
  const translated = (locale: TranslatedLocale): FrameworkTranslation =>
    requireCompleteTranslation(
      framework,
      {
        cx: parseModuleTranslation(files.translations[locale].cx, file(`translations/${locale}/cx.json`)),
        ecrm: parseModuleTranslation(files.translations[locale].ecrm, file(`translations/${locale}/ecrm.json`)),
        ckm: parseModuleTranslation(files.translations[locale].ckm, file(`translations/${locale}/ckm.json`)),
      },
      file(`translations/${locale}`),
    );
  return { framework, translations: { fa: translated("fa"), ar: translated("ar") } };
}
