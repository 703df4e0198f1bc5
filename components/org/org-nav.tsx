import { useTranslations } from "next-intl";
import type { OrgKind } from "@/lib/view/org/labels";
import { DocumentLink } from "@/components/i18n/document-link";

type NavKey =
  | "overview"
  | "assessments"
  | "plan"
  | "benchmark"
  | "sector"
  | "clients"
  | "ismStudies"
  | "instrumentHealth"
  | "members"
  | "settings"
  | "billing"
  | "audit"
  | "apiKeys";

export function OrgNav({
  slug,
  canManage,
  isBank,
  kind,
  fullLoad = false,
}: {
  slug: string;
  canManage: boolean;
  isBank: boolean;
  kind?: OrgKind;
  /** Links load a new document (components/i18n/document-link.tsx). */
  fullLoad?: boolean;
}) {
  const t = useTranslations("shell");
  const links: { href: string; key: NavKey }[] = [
    { href: `/${slug}`, key: "overview" },
    ...(isBank ? [{ href: `/${slug}/assessments`, key: "assessments" as const }] : []),
    ...(isBank ? [{ href: `/${slug}/plan`, key: "plan" as const }] : []),
    ...(isBank ? [{ href: `/${slug}/benchmark`, key: "benchmark" as const }] : []),
    ...(kind === "REGULATOR" ? [{ href: `/${slug}/sector`, key: "sector" as const }] : []),
    ...(kind === "CONSULTANCY" ? [{ href: `/${slug}/clients`, key: "clients" as const }] : []),
    ...(kind === "BANK" || kind === "CONSULTANCY" ? [{ href: `/${slug}/ism-studies`, key: "ismStudies" as const }] : []),
    ...(kind === "CONSULTANCY" || kind === "REGULATOR" ? [{ href: `/${slug}/instrument-health`, key: "instrumentHealth" as const }] : []),
    { href: `/${slug}/members`, key: "members" },
    ...(canManage ? [{ href: `/${slug}/settings`, key: "settings" as const }] : []),
    ...(canManage ? [{ href: `/${slug}/billing`, key: "billing" as const }] : []),
    ...(canManage ? [{ href: `/${slug}/audit`, key: "audit" as const }] : []),
    ...(canManage ? [{ href: `/${slug}/api-keys`, key: "apiKeys" as const }] : []),
  ];
  return (
    <nav aria-label={t("navLabel")} className="flex flex-wrap gap-1">
      {links.map((l) => (
        <DocumentLink
          key={l.href}
          href={l.href}
          fullLoad={fullLoad}
          className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
        >
          {t(`nav.${l.key}`)}
        </DocumentLink>
      ))}
    </nav>
  );
}
