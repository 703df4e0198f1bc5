// The languages Meyar speaks, and how a request's language is chosen. Pure: no Next imports, so the
// proxy, route handlers, mail and tests share one rule.
export const LOCALES = ["en", "fa", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie holding a visitor's explicit choice (switcher, link `?lang=`, or their account setting at sign-in). */
export const LOCALE_COOKIE = "meyar-locale";
/** The cookie holding the choice to keep Latin digits in Persian and Arabic ("latn"). */
export const DIGITS_COOKIE = "meyar-digits";

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fa: "فارسی", ar: "العربية" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "en" ? "ltr" : "rtl";
}

/**
 * The tag given to Intl for numbers and dates: Persian digits and the Solar Hijri calendar for Persian
 * (the default of `fa-IR`), Arabic-Indic digits for Arabic (`ar` alone now defaults to Latin digits in
 * ICU), each with Latin digits when the reader asked to keep them.
 */
export function intlTagOf(locale: Locale, latinDigits = false): string {
  if (locale === "fa") return latinDigits ? "fa-IR-u-ca-persian-nu-latn" : "fa-IR-u-ca-persian";
  if (locale === "ar") return latinDigits ? "ar-u-nu-latn" : "ar-u-nu-arab";
  return "en-GB";
}

/** The language of an Intl tag made by intlTagOf (or any BCP 47 tag), e.g. "fa" for "fa-IR-u-ca-persian". */
export function localeOfTag(tag: string): Locale {
  const base = tag.split("-")[0]?.toLowerCase();
  return isLocale(base) ? base : DEFAULT_LOCALE;
}

/** The best of our languages for an Accept-Language header (q-values honoured), or null when none is wanted. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const wanted = acceptLanguage
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: range.split("-")[0]!.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((w) => w.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return wanted.map((w) => w.base).find(isLocale) ?? null;
}
