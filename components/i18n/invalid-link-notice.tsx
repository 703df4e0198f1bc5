import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";

/** What a personal link (respondent or expert) shows when it is unknown, withdrawn or rate-limited. */
export async function InvalidLinkNotice({ tooManyAttempts }: { tooManyAttempts: boolean }) {
  const t = await getTranslations("respondLink");
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-xl font-semibold">{t("invalidTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{tooManyAttempts ? t("tooManyAttempts") : t("invalidBody")}</p>
      <LanguageSwitcher className="mt-8 justify-center" />
    </main>
  );
}
