// next-intl's request configuration (registered in next.config.js): the language of this request and its
// messages. The proxy settles the language once per page request (lib/platform/i18n/choose-locale.ts) and
// passes it on in a request header; route handlers and server actions, which the proxy does not see, read
// the visitor's cookie the same way.
import "server-only";
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, DIGITS_COOKIE, intlTagOf, isLocale, LOCALE_COOKIE, type Locale } from "../../view/i18n/locales.ts";
import { messagesFor } from "../../view/i18n/messages.ts";
import { LOCALE_HEADER } from "./choose-locale.ts";

/** The language of the current request: the proxy's decision, else the visitor's cookie, else English. */
export async function requestLocale(): Promise<Locale> {
  const fromProxy = (await headers()).get(LOCALE_HEADER);
  if (isLocale(fromProxy)) return fromProxy;
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
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
