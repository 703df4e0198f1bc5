// Framework version meyar-2026.1 — PUBLISHED. Never change its content: old assessments must stay comparable.
// The content is data (./*.json, see ./README.md); this file only loads it through the schema of
// ../../framework-schema.ts, which throws at load, naming the file and field, when a file is malformed.
// The frozen-version tests (../../framework.test.ts, ../../framework-data.test.ts) pin a hash of the result.
import type { FrameworkDef } from "../../types";
import { loadFrameworkVersion } from "../../load-version";
import type { FrameworkTranslation, TranslatedLocale } from "../../translation";
import ckm from "./ckm.json" with { type: "json" };
import cx from "./cx.json" with { type: "json" };
import ecrm from "./ecrm.json" with { type: "json" };
import framework from "./framework.json" with { type: "json" };
import sources from "./sources.json" with { type: "json" };
import arCkm from "./translations/ar/ckm.json" with { type: "json" };
import arCx from "./translations/ar/cx.json" with { type: "json" };
import arEcrm from "./translations/ar/ecrm.json" with { type: "json" };
import faCkm from "./translations/fa/ckm.json" with { type: "json" };
import faCx from "./translations/fa/cx.json" with { type: "json" };
import faEcrm from "./translations/fa/ecrm.json" with { type: "json" };

const loaded = loadFrameworkVersion({
  folder: "meyar-2026-1",
  framework,
  sources,
  modules: { cx, ecrm, ckm },
  translations: { fa: { cx: faCx, ecrm: faEcrm, ckm: faCkm }, ar: { cx: arCx, ecrm: arEcrm, ckm: arCkm } },
});

export const meyar2026_1: FrameworkDef = loaded.framework;
// Persian and Arabic texts of this version (./translations/<locale>/<module>.json), checked complete at load.
export const meyar2026_1Translations: Record<TranslatedLocale, FrameworkTranslation> = loaded.translations;
