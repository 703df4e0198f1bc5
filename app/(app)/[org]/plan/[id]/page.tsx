import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { PLAN } from "@/lib/features/action-plan/actions";
import { factorOptions, getInitiative, ownerOptions } from "@/lib/features/action-plan/initiatives";
import { hasRole } from "@/lib/platform/access/roles";
import { isoDay, isOverdue } from "@/lib/view/plan/initiatives";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { InitiativeForm } from "@/components/plan/initiative-form";
import { DeleteInitiativeButton } from "@/components/plan/delete-initiative-button";
import { StatusBadge } from "@/components/plan/plan-views";
import { EvidenceLinks } from "@/components/plan/evidence-links";

export const metadata: Metadata = { title: "Initiative" };

// GET /:org/plan/:id – one initiative: analysts and up edit it, admins and up delete it, viewers read it.
export default async function InitiativePage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org, role } = await requireOrgPage(slug, PLAN);
  const initiative = await getInitiative(db, org.id, id);
  if (!initiative) notFound();
  const canEdit = hasRole(role, "ANALYST");
  const overdue = isOverdue(initiative, isoDay(new Date()));
  return (
    <>
      <BackLink href={`/${org.slug}/plan`}>Action plan</BackLink>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 flex-1 text-2xl font-semibold break-words">{initiative.title}</h1>
        <StatusBadge status={initiative.status} />
        {overdue && <span className="rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800">Overdue</span>}
      </div>
      {initiative.createdFromAssessmentId && (
        <p className="text-sm text-slate-600">
          Created from the roadmap of{" "}
          <Link className="text-brand-700 underline" href={`/${org.slug}/assessments/${initiative.createdFromAssessmentId}/results`}>
            this assessment
          </Link>
          .
        </p>
      )}
      {canEdit ? (
        <>
          {initiative.evidenceLinks.length > 0 && (
            <Card title="Evidence">
              <EvidenceLinks links={initiative.evidenceLinks} className="space-y-1 text-sm" />
            </Card>
          )}
          <Card title="Edit">
            <InitiativeForm
              orgSlug={org.slug}
              initiative={initiative}
              owners={await ownerOptions(db, org.id)}
              factorGroups={factorOptions()}
            />
          </Card>
          {hasRole(role, "ADMIN") && (
            <Card title="Delete">
              <DeleteInitiativeButton orgSlug={org.slug} initiativeId={initiative.id} />
            </Card>
          )}
        </>
      ) : (
        <Card title="Details">
          <dl className="grid gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="text-slate-500">Owner</dt>
            <dd>{initiative.owner?.name ?? "No owner"}</dd>
            <dt className="text-slate-500">Due date</dt>
            <dd>{initiative.dueDate ?? "None"}</dd>
            <dt className="text-slate-500">Linked factors</dt>
            <dd>{initiative.factorNames.join(", ") || "None"}</dd>
            <dt className="text-slate-500">Notes</dt>
            <dd className="whitespace-pre-line">{initiative.notes || "None"}</dd>
            <dt className="text-slate-500">Evidence</dt>
            <dd>{initiative.evidenceLinks.length === 0 ? "None" : <EvidenceLinks links={initiative.evidenceLinks} />}</dd>
          </dl>
        </Card>
      )}
    </>
  );
}
