// next-intl's request configuration (registered in next.config.js): the language of this request and its
// messages. The proxy decides per page request (lib/platform/i18n/choose-locale.ts) and passes it on in
// request headers; without them (route handlers, which the proxy does not see) the cookie decides.
import "server-only";
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, DIGITS_COOKIE, intlTagOf, isLocale, LOCALE_COOKIE, type Locale } from "../../view/i18n/locales.ts";
import { messagesFor } from "../../view/i18n/messages.ts";
import { LOCALE_HEADER, TRANSLATED_HEADER } from "./choose-locale.ts";

/**
 * The language of the current page and whether the visitor chose it: on a page not translated yet, English;
 * otherwise the visitor's cookie (read fresh, so a server action that just switched language re-renders in
 * the new one), else the language the proxy negotiated from the browser (not a choice: a questionnaire then
 * opens in the bank's default).
 */
export async function requestLanguage(): Promise<{ locale: Locale; chosen: boolean }> {
  const h = await headers();
  if (h.get(TRANSLATED_HEADER) === "0") return { locale: DEFAULT_LOCALE, chosen: true };
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return { locale: fromCookie, chosen: true };
  const negotiated = h.get(LOCALE_HEADER);
  return { locale: isLocale(negotiated) ? negotiated : DEFAULT_LOCALE, chosen: false };
}

export async function requestLocale(): Promise<Locale> {
  return (await requestLanguage()).locale;
}

/** Whether the visitor asked to keep Latin digits in Persian and Arabic. */
export async function prefersLatinDigits(): Promise<boolean> {
  return (await cookies()).get(DIGITS_COOKIE)?.value === "latn";
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  // next-intl hands this tag to Intl for every number and date: Persian digits and the Solar Hijri
  // calendar, Arabic-Indic digits, or Latin digits on request (lib/view/i18n/locales.ts).
  return { locale: intlTagOf(locale, await prefersLatinDigits()), messages: messagesFor(locale), timeZone: "UTC" };
});

/** Whether this page is one of the translated pages (the proxy's decision). */
export async function isTranslatedRequest(): Promise<boolean> {
  return (await headers()).get(TRANSLATED_HEADER) === "1";
}

/** The language the visitor chose (the cookie), whatever this page is shown in; null when none. */
export async function chosenLanguage(): Promise<Locale | null> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie) ? fromCookie : null;
}
