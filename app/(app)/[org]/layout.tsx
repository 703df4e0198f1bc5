import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { hasRole } from "@/lib/platform/access/roles";
import { AppHeader } from "@/components/app-header";
import { OrgNav } from "@/components/org/org-nav";
import { DemoBadge } from "@/components/ui/demo-badge";
import { ORG_KIND_LABELS } from "@/lib/features/org/labels";
import { orgNavFacts } from "@/lib/features/org/nav";
import { orgNavLinks } from "@/lib/view/org/nav";

export default async function OrgLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, user, role } = await requireOrgPage(slug);
  const links = orgNavLinks({ slug: org.slug, kind: org.kind, canManage: hasRole(role, "ADMIN"), ...(await orgNavFacts(db, org)) });
  return (
    <>
      <AppHeader userName={user.name} nav={<OrgNav links={links} />} phoneNav={<OrgNav links={links} layout="column" />}>
        <span className="truncate font-medium text-slate-800">{org.name}</span>
        <span className="text-xs text-slate-500">{ORG_KIND_LABELS[org.kind]}</span>
        {org.isDemo && <DemoBadge />}
      </AppHeader>
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-8">{children}</main>
    </>
  );
}
