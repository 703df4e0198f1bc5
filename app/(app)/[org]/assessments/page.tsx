import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { hasRole } from "@/lib/platform/access/roles";
import { listAssessments } from "@/lib/features/assessments/queries";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/assessments/status-badge";

export const metadata: Metadata = { title: "Assessments" };

export default async function AssessmentsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requireOrgPage(slug);
  const assessments = await listAssessments(db, org.id);
  const canCreate = org.kind === "BANK" && hasRole(role, "ADMIN");
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Assessments</h1>
        {canCreate && (
          <Link
            href={`/${org.slug}/assessments/new`}
            className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            New assessment
          </Link>
        )}
      </div>
      <Card>
        {assessments.length === 0 ? (
          <p className="text-sm text-slate-600">
            No assessments yet.{canCreate ? " Create one, invite managers and employees, and read the results here." : ""}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {assessments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3 py-3">
                <Link href={`/${org.slug}/assessments/${a.id}`} className="flex-1 font-medium text-brand-700 hover:underline">
                  {a.name}
                </Link>
                <span className="text-xs text-slate-500">
                  {a.respondents.submitted} of {a.respondents.invited} submitted · {a.createdAt.toISOString().slice(0, 10)}
                </span>
                <StatusBadge status={a.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
