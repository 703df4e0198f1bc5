import { useTranslations } from "next-intl";
import { signOutAction } from "@/app/(auth)/actions";
import { DocumentLink } from "@/components/i18n/document-link";

/** The signed-in app's header; `fullLoad` for a reader of Persian or Arabic (components/i18n/document-link.tsx). */
export function AppHeader({
  userName,
  fullLoad = false,
  language,
  children,
}: {
  userName: string;
  fullLoad?: boolean;
  /** The language menu, when the header offers it. */
  language?: React.ReactNode;
  children?: React.ReactNode;
}) {
  const t = useTranslations("shell");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <DocumentLink href="/orgs" fullLoad={fullLoad} className="text-lg font-bold tracking-tight text-brand-900">
          {t("brand")}
        </DocumentLink>
        <div className="flex flex-1 flex-wrap items-center gap-2">{children}</div>
        {language}
        <DocumentLink href="/account" fullLoad={fullLoad} className="text-sm text-slate-600 hover:underline" title={t("yourAccount")}>
          <bdi>{userName}</bdi>
        </DocumentLink>
        <form action={signOutAction}>
          <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
            {t("signOut")}
          </button>
        </form>
      </div>
    </header>
  );
}
