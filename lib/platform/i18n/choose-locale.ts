// How a page request's language is chosen, for the proxy. A link's `?lang=` is remembered in the cookie and
// the visitor is sent on to the same address without it (so a later switch is never undone by the address);
// otherwise the cookie (set by the switcher, a link, or sign-in) wins, then the browser's Accept-Language.
// Pure apart from reading the request, so the rule is tested without a server.
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "../../view/i18n/locales.ts";
import { isTranslatedPage } from "../../view/i18n/translated-pages.ts";

/** Request headers carrying the proxy's decision to the page (always overwritten by the proxy). */
export const LOCALE_HEADER = "x-meyar-locale";
export const TRANSLATED_HEADER = "x-meyar-translated";

export { isTranslatedPage };

export type LocaleDecision =
  /** Remember `locale` in the cookie and go to the same address without `?lang=`. */
  | { kind: "remember"; locale: Locale }
  /** Render: `locale` is the cookie's or the browser's language on a translated page, English elsewhere. */
  | { kind: "render"; locale: Locale; translated: boolean };

export function chooseLocale(input: {
  pathname: string;
  langParam: string | null;
  cookie: string | undefined;
  acceptLanguage: string | null;
}): LocaleDecision {
  if (isLocale(input.langParam)) return { kind: "remember", locale: input.langParam };
  if (!isTranslatedPage(input.pathname)) return { kind: "render", locale: DEFAULT_LOCALE, translated: false };
  const locale = isLocale(input.cookie) ? input.cookie : (negotiateLocale(input.acceptLanguage) ?? DEFAULT_LOCALE);
  return { kind: "render", locale, translated: true };
}

export { LOCALE_COOKIE };
