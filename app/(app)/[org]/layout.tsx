import { getTranslations } from "next-intl/server";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { hasRole } from "@/lib/platform/access/roles";
import { chosenLanguage, isTranslatedRequest, requestLocale } from "@/lib/platform/i18n/request";
import { orgNavFacts } from "@/lib/features/org/nav";
import { orgNavLinks } from "@/lib/view/org/nav";
import { DEFAULT_LOCALE, directionOf } from "@/lib/view/i18n/locales";
import { translatorFor } from "@/lib/view/i18n/translator";
import { AppHeader } from "@/components/app-header";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { OrgNav } from "@/components/org/org-nav";
import { DemoBadge } from "@/components/ui/demo-badge";

export default async function OrgLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const [{ org, user, role }, chosen, translated, pageLocale, t] = await Promise.all([
    requireOrgPage(slug),
    chosenLanguage(),
    isTranslatedRequest(),
    requestLocale(),
    getTranslations("shell"),
  ]);
  const links = orgNavLinks({ slug: org.slug, kind: org.kind, canManage: hasRole(role, "ADMIN"), ...(await orgNavFacts(db, org)) });
  const reader = chosen ?? DEFAULT_LOCALE;
  // A reader of Persian or Arabic (chosen, or a browser's language on a translated page) moves between translated
  // pages and pages still in English: each is a new document.
  const fullLoad = reader !== DEFAULT_LOCALE || pageLocale !== DEFAULT_LOCALE;
  const inReaderLanguage = translatorFor(reader);
  return (
    <>
      <AppHeader
        userName={user.name}
        fullLoad={fullLoad}
        language={<LanguageSwitcher chosen={chosen ?? pageLocale} />}
        nav={<OrgNav links={links} fullLoad={fullLoad} />}
        phoneNav={<OrgNav links={links} layout="column" fullLoad={fullLoad} />}
      >
        <bdi className="truncate font-medium text-slate-800">{org.name}</bdi>
        <span className="text-xs text-slate-500">{t(`orgKind.${org.kind}`)}</span>
        {org.isDemo && <DemoBadge />}
      </AppHeader>
      {!translated && reader !== DEFAULT_LOCALE && (
        <p
          lang={reader}
          dir={directionOf(reader)}
          className="mx-auto mt-4 max-w-6xl px-4 text-sm text-slate-600"
          data-testid="not-translated"
        >
          {inReaderLanguage("shell.notTranslated")}
        </p>
      )}
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-8">{children}</main>
    </>
  );
}
