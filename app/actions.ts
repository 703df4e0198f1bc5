"use server";
// The language switcher's action, for every page (signed in or not, respondents included): remembers the
// choice in this browser and, for a signed-in person, in their account.
import { z } from "zod";
import { db } from "@/lib/platform/db/prisma";
import { currentUser } from "@/lib/platform/access/session";
import { rememberLanguage, saveAccountLanguage } from "@/lib/platform/i18n/preference";
import { fail, ok, unreadableForm, type ActionResult } from "@/lib/platform/http/action-result";
import { LOCALES } from "@/lib/view/i18n/locales";

const languageForm = z.object({ locale: z.enum(LOCALES), latinDigits: z.enum(["on"]).optional() });

export async function chooseLanguageAction(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<undefined>> {
  if (!(formData instanceof FormData)) return unreadableForm();
  const parsed = languageForm.safeParse({ locale: formData.get("locale"), latinDigits: formData.get("latinDigits") ?? undefined });
  if (!parsed.success) return fail(422, "Choose English, فارسی or العربية.");
  const { locale } = parsed.data;
  await rememberLanguage(locale, locale === "en" ? false : parsed.data.latinDigits === "on");
  const user = await currentUser();
  if (user) await saveAccountLanguage(db, user.id, locale);
  return ok(undefined);
}
