import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { requireUser } from "@/lib/platform/access/session";
import { listMyOrganizations } from "@/lib/features/org/overview";
import { AppHeader } from "@/components/app-header";
import { Card } from "@/components/ui/card";
import { DemoBadge } from "@/components/ui/demo-badge";
import { ORG_KIND_LABELS } from "@/lib/features/org/labels";
import { ROLE_LABELS } from "@/lib/platform/access/roles";

export const metadata: Metadata = { title: "Your organisations" };

export default async function OrganisationsPage() {
  const user = await requireUser();
  const memberships = await listMyOrganizations(db, user.id);
  return (
    <>
      <AppHeader userName={user.name} />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <div className="flex items-center justify-between">
          <h1 className="text-2xl font-semibold">Your organisations</h1>
          <Link href="/orgs/new" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            New organisation
          </Link>
        </div>
        <Card>
          {memberships.length === 0 ? (
            <p className="text-sm text-slate-600">
              You are not a member of any organisation yet. Create one, or open the invitation link a colleague sent you.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {memberships.map(({ organization: org, role }) => (
                <li key={org.id} className="flex items-center justify-between gap-4 py-3">
                  <div>
                    <Link href={`/${org.slug}`} className="font-medium text-brand-700 hover:underline">
                      {org.name}
                    </Link>
                    <p className="text-xs text-slate-500">
                      {ORG_KIND_LABELS[org.kind]} · {ROLE_LABELS[role]}
                    </p>
                  </div>
                  {org.isDemo && <DemoBadge />}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </main>
    </>
  );
}
