"use client";
import { useActionState } from "react";
import { updateDefaultLanguageAction } from "@/app/(app)/[org]/settings/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage, fieldErrors } from "@/components/ui/form-message";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/view/i18n/locales";

/** The language questionnaires open in (respondents can still choose their own), and new members' pages. */
export function DefaultLanguageForm({ orgSlug, locale }: { orgSlug: string; locale: Locale }) {
  const [state, action] = useActionState(updateDefaultLanguageAction, null);
  const errors = fieldErrors(state, "locale");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Questionnaires open in this language, and members see the product in it until they choose their own. Everyone can switch between
        English, Persian and Arabic at any time; answers count the same in every language.
      </p>
      <ActionForm action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="org" value={orgSlug} />
        <FormMessage state={state} />
        <label className="block text-sm">
          <span className="font-medium text-slate-800">Default language</span>
          <select
            name="locale"
            defaultValue={locale}
            aria-invalid={errors?.length ? true : undefined}
            className="mt-1 block min-h-10 rounded-md border border-slate-300 bg-white px-2 py-1.5"
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <SubmitButton pendingText="Saving…">Save language</SubmitButton>
      </ActionForm>
    </div>
  );
}
