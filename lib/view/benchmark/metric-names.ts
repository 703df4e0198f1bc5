// The benchmark's metric names in the reader's language: modules, categories and factors from the
// framework's translation (the same keys, so the figures are the same), the overall index and the plain
// names of the grounded-theory categories from the messages.
import { getFramework, getLocalizedFramework } from "../../domain/instrument/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { displayName } from "../role-names.ts";
import type { MetricFigures } from "./types.ts";

export type Translate = (key: string) => string;

/** A function naming each metric of `frameworkVersion` in `locale`; `t` reads the messages' root. */
export function metricNamer(frameworkVersion: string, locale: Locale, t: Translate): (m: Pick<MetricFigures, "key" | "name">) => string {
  const english = getFramework(frameworkVersion);
  const local = getLocalizedFramework(frameworkVersion, locale);
  if (locale === "en" || !english || !local) return (m) => m.name;
  const names = new Map<string, string>([["overall", t("benchmark.overallMetric")]]);
  english.modules.forEach((m, i) => {
    const lm = local.modules[i]!;
    names.set(`module:${m.key}`, lm.name);
    (m.categories ?? []).forEach((c, j) => {
      const plain = displayName(c.name).academicTerm !== null;
      names.set(`category:${m.key}/${c.key}`, plain ? t(`roles.${c.key}`) : (lm.categories?.[j]?.name ?? c.name));
    });
    m.factors.forEach((f, j) => names.set(`factor:${f.key}`, lm.factors[j]?.name ?? f.name));
  });
  return (m) => names.get(m.key) ?? m.name;
}
