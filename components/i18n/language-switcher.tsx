"use client";
import { useActionState, useId, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { chooseLanguageAction } from "@/app/actions";
import { LOCALE_NAMES, LOCALES, localeOfTag, type Locale } from "@/lib/view/i18n/locales";

/**
 * The language menu: English, فارسی, العربية, each named in itself (so anyone can find their own), and for
 * Persian and Arabic the choice to keep Latin digits. Changing it re-renders the page in place; nothing typed
 * or answered is lost.
 */
export function LanguageSwitcher({ className = "", chosen }: { className?: string; chosen?: Locale }) {
  const t = useTranslations("language");
  const tag = useLocale();
  // On a page still in English the reader's choice is shown, not the page's language.
  const locale = chosen ?? localeOfTag(tag);
  const latin = /-nu-latn\b/.test(tag);
  const [state, action, pending] = useActionState(chooseLanguageAction, null);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  return (
    <form ref={form} action={action} className={`flex flex-wrap items-center gap-x-3 gap-y-1 text-sm ${className}`}>
      <label htmlFor={`${id}-locale`} className="text-slate-600">
        {t("label")}
      </label>
      <select
        id={`${id}-locale`}
        name="locale"
        defaultValue={locale}
        key={locale}
        disabled={pending}
        onChange={() => form.current?.requestSubmit()}
        className="min-h-9 rounded-md border border-slate-300 bg-white px-2 py-1 text-slate-800"
        data-testid="language-select"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      {locale !== "en" && (
        <label className="inline-flex items-center gap-1.5 text-slate-600">
          <input
            type="checkbox"
            name="latinDigits"
            defaultChecked={latin}
            key={`${locale}-${latin}`}
            onChange={() => form.current?.requestSubmit()}
            className="size-4 accent-brand-600"
          />
          {t("latinDigits")}
        </label>
      )}
      <noscript>
        <button type="submit" className="rounded-md border border-slate-300 px-2 py-1">
          {t("label")}
        </button>
      </noscript>
      {state && !state.ok && (
        <span role="alert" className="text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
