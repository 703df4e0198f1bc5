"use client";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { OrgNavLink } from "@/lib/view/org/nav";
import { DocumentLink } from "@/components/i18n/document-link";

/**
 * The organisation's menu: a row on wide screens, a column in the phone menu; the current page is marked.
 * Labels come from the messages by each entry's key; `fullLoad` for a reader of Persian or Arabic
 * (components/i18n/document-link.tsx).
 */
export function OrgNav({
  links,
  layout = "row",
  fullLoad = false,
}: {
  links: OrgNavLink[];
  layout?: "row" | "column";
  fullLoad?: boolean;
}) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const overview = links[0]?.href;
  const isCurrent = (href: string) => (href === overview ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={t("navLabel")} className={layout === "row" ? "flex flex-wrap gap-1" : "flex flex-col"}>
      {links.map((l) => (
        <DocumentLink
          key={l.href}
          href={l.href}
          fullLoad={fullLoad}
          aria-current={isCurrent(l.href) ? "page" : undefined}
          className={`rounded-md px-3 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-900 ${layout === "row" ? "py-1.5" : "py-2.5"}`}
        >
          {t(`nav.${l.key}`)}
        </DocumentLink>
      ))}
    </nav>
  );
}
