import { requireOrgPage } from "@/lib/features/access/page";
import { hasRole } from "@/lib/platform/access/roles";
import { AppHeader } from "@/components/app-header";
import { OrgNav } from "@/components/org/org-nav";
import { DemoBadge } from "@/components/ui/demo-badge";
import { ORG_KIND_LABELS } from "@/lib/features/org/labels";

export default async function OrgLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, user, role } = await requireOrgPage(slug);
  return (
    <>
      <AppHeader userName={user.name}>
        <span className="font-medium text-slate-800">{org.name}</span>
        <span className="text-xs text-slate-500">{ORG_KIND_LABELS[org.kind]}</span>
        {org.isDemo && <DemoBadge />}
        <OrgNav slug={org.slug} canManage={hasRole(role, "ADMIN")} isBank={org.kind === "BANK"} kind={org.kind} />
      </AppHeader>
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-8">{children}</main>
    </>
  );
}
