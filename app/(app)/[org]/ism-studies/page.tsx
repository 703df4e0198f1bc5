import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { hasRole } from "@/lib/platform/access/roles";
import { requireOrgPage } from "@/lib/features/access/page";
import { ISM_STUDIES } from "@/lib/features/access/requirements";
import { listIsmStudies } from "@/lib/features/ism-studies/queries";
import { instrumentFactors } from "@/lib/features/ism-studies/factors";
import { adoptedIsmModel, referenceModelInUse } from "@/lib/features/results/adopted-model";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/assessments/status-badge";
import { CreateStudyForm } from "@/components/ism-studies/create-study-form";
import { ResetModelForm } from "@/components/ism-studies/study-controls";

export const metadata: Metadata = { title: "ISM studies" };

// GET /:org/ism-studies – expert-panel ISM studies of a bank or consultancy, and the model in use.
export default async function IsmStudiesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requireOrgPage(slug, ISM_STUDIES);
  const [studies, adopted] = await Promise.all([listIsmStudies(db, org.id), adoptedIsmModel(db, org.id)]);
  const canManage = hasRole(role, "ADMIN");
  return (
    <>
      <h1 className="text-2xl font-semibold">ISM studies</h1>
      <p className="text-sm text-slate-700">
        Ask a panel of experts how the factors influence each other, one pair at a time; aggregate their answers into an interpretive
        structural model and, if you wish, adopt it for your roadmaps instead of the published model.
      </p>
      <Card title="Model in use for roadmaps">
        <p className="text-sm text-slate-800" data-testid="org-ism-model">
          {(adopted ?? referenceModelInUse()).label}
        </p>
        {adopted && canManage && (
          <div className="mt-3">
            <ResetModelForm orgSlug={org.slug} />
          </div>
        )}
      </Card>
      <Card title="Studies">
        {studies.length === 0 ? (
          <p className="text-sm text-slate-600">No studies yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {studies.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3 py-3">
                <Link href={`/${org.slug}/ism-studies/${s.id}`} className="flex-1 font-medium text-brand-700 hover:underline">
                  {s.name}
                </Link>
                <span className="text-xs text-slate-500">
                  {s.factorKeys.length} factors · {s.pairs} pairs · {s.finished} of {s.experts} experts finished
                </span>
                <StatusBadge status={s.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      {canManage && (
        <Card title="New study">
          <CreateStudyForm orgSlug={org.slug} instrumentFactorNames={instrumentFactors().map((f) => f.name)} />
        </Card>
      )}
    </>
  );
}
