import { useTranslations } from "next-intl";
import { signOutAction } from "@/app/(auth)/actions";
import { DocumentLink } from "@/components/i18n/document-link";
import { MobileMenu } from "@/components/mobile-menu";

/**
 * The signed-in header: the name, what is being looked at (children), the language menu, the account and
 * sign-out. With a menu (`nav`), wide screens show it as a second row; phones fold it, the language menu,
 * the account and sign-out behind one "Menu" button. `fullLoad` for a reader of Persian or Arabic
 * (components/i18n/document-link.tsx).
 */
export function AppHeader({
  userName,
  children,
  nav,
  phoneNav,
  language,
  fullLoad = false,
}: {
  userName: string;
  children?: React.ReactNode;
  nav?: React.ReactNode;
  phoneNav?: React.ReactNode;
  /** The language menu, when the header offers it. */
  language?: React.ReactNode;
  fullLoad?: boolean;
}) {
  const t = useTranslations("shell");
  const account = (
    <DocumentLink href="/account" fullLoad={fullLoad} className="text-sm text-slate-600 hover:underline" title={t("yourAccount")}>
      <bdi>{userName}</bdi>
    </DocumentLink>
  );
  const signOut = (
    <form action={signOutAction}>
      <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
        {t("signOut")}
      </button>
    </form>
  );
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3">
        <DocumentLink href="/orgs" fullLoad={fullLoad} className="text-lg font-bold tracking-tight text-brand-900">
          {t("brand")}
        </DocumentLink>
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">{children}</div>
        <div className={`items-center gap-4 ${nav ? "hidden md:flex" : "flex"}`}>
          {language}
          {account}
          {signOut}
        </div>
        {nav && (
          <MobileMenu>
            {phoneNav}
            {language && <div className="mt-3 border-t border-slate-200 pt-3">{language}</div>}
            <div className="mt-3 flex items-center justify-between gap-4 border-t border-slate-200 pt-3">
              {account}
              {signOut}
            </div>
          </MobileMenu>
        )}
      </div>
      {nav && <div className="mx-auto hidden max-w-6xl px-3 pb-2 md:block">{nav}</div>}
    </header>
  );
}
