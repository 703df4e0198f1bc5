import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { directionOf } from "@/lib/view/i18n/locales";
import { chosenLanguage, requestLocale } from "@/lib/platform/i18n/request";
import { DocumentLanguage } from "@/components/i18n/document-language";
import { inter, vazirmatn } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Meyar — digital CX maturity for banks", template: "%s · Meyar" },
  description: "Assess, benchmark and improve your bank's digital customer experience and e-CRM maturity.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page dynamic, so each response carries its own CSP nonce (proxy.ts).
  await headers();
  const [locale, chosen] = await Promise.all([requestLocale(), chosenLanguage()]);
  return (
    <html lang={locale} dir={directionOf(locale)} className={`${inter.variable} ${vazirmatn.variable}`}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <DocumentLanguage chosen={chosen} />
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
