import "server-only";
// A person's language: their own choice, else the default of the first organisation they joined. Kept in the
// account so it follows them to any device (set in the cookie at sign-in and whenever they switch).
import { cookies } from "next/headers";
import type { Db } from "../db/connect.ts";
import { DIGITS_COOKIE, isLocale, LOCALE_COOKIE, type Locale } from "../../view/i18n/locales.ts";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** The language a person's pages open in after sign-in, or null to leave the browser's choice. */
export async function accountLanguage(db: Db, userId: string): Promise<Locale | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      locale: true,
      memberships: { select: { organization: { select: { defaultLocale: true } } }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
  if (isLocale(user?.locale)) return user.locale;
  const orgDefault = user?.memberships[0]?.organization.defaultLocale;
  return isLocale(orgDefault) && orgDefault !== "en" ? orgDefault : null;
}

/** Saves a signed-in person's own choice. */
export async function saveAccountLanguage(db: Db, userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

/** Remembers the language (and the digits choice, when given) in this browser. Server actions and route handlers only. */
export async function rememberLanguage(locale: Locale, latinDigits?: boolean): Promise<void> {
  const jar = await cookies();
  const options = { path: "/", sameSite: "lax" as const, maxAge: ONE_YEAR_SECONDS, httpOnly: true };
  jar.set(LOCALE_COOKIE, locale, options);
  if (latinDigits !== undefined) {
    if (latinDigits) jar.set(DIGITS_COOKIE, "latn", options);
    else jar.delete(DIGITS_COOKIE);
  }
}
