"use client";
// Keeps <html lang dir> right across client-side navigations: the root layout sets them for the first page
// only, and a translated page (lib/view/i18n/translated-pages.ts) is in the reader's language while the
// others are still English and left to right.
import { useLayoutEffect } from "react";
import { usePathname } from "next/navigation";
import { DEFAULT_LOCALE, directionOf, type Locale } from "@/lib/view/i18n/locales";
import { isTranslatedPage } from "@/lib/view/i18n/translated-pages";

export function DocumentLanguage({ chosen }: { chosen: Locale | null }) {
  const pathname = usePathname();
  useLayoutEffect(() => {
    const translated = isTranslatedPage(pathname);
    // Without an explicit choice a translated page is in the bank's default or the browser's language: the
    // server's word stands there; every other page is English.
    if (chosen === null && translated) return;
    const locale = translated && chosen !== null ? chosen : DEFAULT_LOCALE;
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }, [pathname, chosen]);
  return null;
}
