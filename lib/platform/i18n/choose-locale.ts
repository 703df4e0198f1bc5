// How a page request's language is chosen, for the proxy: an explicit choice (a link's `?lang=`, which is
// then remembered, or the cookie the switcher and sign-in set) wins; otherwise the browser's Accept-Language.
// Pure apart from reading the request, so the rule is tested without a server.
import { isLocale, LOCALE_COOKIE, negotiateLocale, DEFAULT_LOCALE, type Locale } from "../../view/i18n/locales.ts";

/** The request header carrying the proxy's decision to the page (set by the proxy on every page request). */
export const LOCALE_HEADER = "x-meyar-locale";
/** "1" when the visitor chose the language; "0" when it was only negotiated (pages may then apply an organisation's default). */
export const LOCALE_CHOSEN_HEADER = "x-meyar-locale-chosen";

export interface LocaleDecision {
  locale: Locale;
  /** The visitor chose it (link or cookie), rather than the browser suggesting it. */
  chosen: boolean;
  /** A `?lang=` to remember in the cookie. */
  remember: Locale | null;
}

export function chooseLocale(input: {
  langParam: string | null;
  cookie: string | undefined;
  acceptLanguage: string | null;
}): LocaleDecision {
  if (isLocale(input.langParam)) return { locale: input.langParam, chosen: true, remember: input.langParam };
  if (isLocale(input.cookie)) return { locale: input.cookie, chosen: true, remember: null };
  return { locale: negotiateLocale(input.acceptLanguage) ?? DEFAULT_LOCALE, chosen: false, remember: null };
}

export { LOCALE_COOKIE };
