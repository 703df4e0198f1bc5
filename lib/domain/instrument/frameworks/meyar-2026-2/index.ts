// Framework version meyar-2026.2 — PUBLISHED. Never change its content: old assessments must stay comparable.
// The content is data (./*.json, see ./README.md); this file only loads it through the schema of
// ../../framework-schema.ts, which throws at load, naming the file and field, when a file is malformed.
// The frozen-version tests (../../framework.test.ts, ../../framework-data.test.ts) pin a hash of the result.
import reference from "../../../data/ecrm-ism-azimi-2023.json" with { type: "json" };
import type { FrameworkDef } from "../../types";
import {
  assembleFramework,
  frameworkFileSchema,
  moduleFileSchema,
  parseFrameworkFile,
  referencedModuleFileSchema,
  sourcesFileSchema,
  withReference,
} from "../../framework-schema";
import ckm from "./ckm.json" with { type: "json" };
import cx from "./cx.json" with { type: "json" };
import ecrm from "./ecrm.json" with { type: "json" };
import framework from "./framework.json" with { type: "json" };
import sources from "./sources.json" with { type: "json" };
import { parseModuleTranslation, requireCompleteTranslation, type FrameworkTranslation, type TranslatedLocale } from "../../translation";
import arCkm from "./translations/ar/ckm.json" with { type: "json" };
import arCx from "./translations/ar/cx.json" with { type: "json" };
import arEcrm from "./translations/ar/ecrm.json" with { type: "json" };
import faCkm from "./translations/fa/ckm.json" with { type: "json" };
import faCx from "./translations/fa/cx.json" with { type: "json" };
import faEcrm from "./translations/fa/ecrm.json" with { type: "json" };

const file = (name: string) => `meyar-2026-2/${name}`;

export const meyar2026_2: FrameworkDef = assembleFramework({
  // From this version on every statement names its source (the study, the construct, where it stands, the passage).
  itemSources: "required",
  framework: parseFrameworkFile(frameworkFileSchema, framework, file("framework.json")),
  sources: parseFrameworkFile(sourcesFileSchema, sources, file("sources.json")),
  modules: {
    cx: parseFrameworkFile(moduleFileSchema, cx, file("cx.json")),
    // e-CRM factor names, paradigm roles and published ISM levels come from the seed's reference data, so that
    // the questionnaire and the ISM model (lib/domain/ism) can never disagree about them.
    ecrm: withReference(parseFrameworkFile(referencedModuleFileSchema, ecrm, file("ecrm.json")), reference.factors, file("ecrm.json")),
    ckm: parseFrameworkFile(moduleFileSchema, ckm, file("ckm.json")),
  },
});

// Persian and Arabic texts of this version (./translations/<locale>/<module>.json), frozen with it: same keys, so
// answers in any language score alike. Checked complete at load; their fingerprint is pinned in ../../translation.test.ts.
const translated = (locale: TranslatedLocale, files: Record<"cx" | "ecrm" | "ckm", unknown>): FrameworkTranslation =>
  requireCompleteTranslation(
    meyar2026_2,
    {
      cx: parseModuleTranslation(files.cx, file(`translations/${locale}/cx.json`)),
      ecrm: parseModuleTranslation(files.ecrm, file(`translations/${locale}/ecrm.json`)),
      ckm: parseModuleTranslation(files.ckm, file(`translations/${locale}/ckm.json`)),
    },
    file(`translations/${locale}`),
  );

export const meyar2026_2Translations: Record<TranslatedLocale, FrameworkTranslation> = {
  fa: translated("fa", { cx: faCx, ecrm: faEcrm, ckm: faCkm }),
  ar: translated("ar", { cx: arCx, ecrm: arEcrm, ckm: arCkm }),
};
