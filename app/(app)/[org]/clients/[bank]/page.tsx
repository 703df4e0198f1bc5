import type { Metadata } from "next";
import { latestFrameworkChoice } from "@/lib/features/assessments/framework-choice";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { hasRole } from "@/lib/platform/access/roles";
import { requireOnPage } from "@/lib/features/access/page";
import { resolveClientAccess } from "@/lib/features/portfolio/access";
import { clientAssessments } from "@/lib/features/portfolio/overview";
import { formatIndex, formatScore } from "@/lib/view/results/format";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/assessments/status-badge";
import { LevelBadge } from "@/components/results/level-badge";
import { CreateAssessmentForm } from "@/components/assessments/create-assessment-form";
import { createClientAssessmentAction } from "../actions";

export const metadata: Metadata = { title: "Client" };

// GET /:org/clients/:bank – one client's assessments (404 without a live grant).
export default async function ClientPage({ params }: { params: Promise<{ org: string; bank: string }> }) {
  const { org: slug, bank: bankSlug } = await params;
  const { org, role, bank } = await requireOnPage((db, user) => resolveClientAccess(db, user, slug, bankSlug));
  const assessments = await clientAssessments(db, org.id, bank.id);
  const canRun = hasRole(role, "ADMIN");
  const framework = latestFrameworkChoice();
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">{bank.name}</h1>
        <Link href={`/${org.slug}/clients`} className="text-sm text-brand-700 underline">
          All clients
        </Link>
      </div>
      <p className="text-sm text-slate-600">
        {bank.name} has granted {org.name} access to its assessments. The bank can revoke this at any time.
      </p>
      <Card title="Assessments">
        {assessments.length === 0 ? (
          <p className="text-sm text-slate-600">
            No assessments yet.{canRun ? " Create one below and invite the bank's managers and employees." : ""}
          </p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {assessments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3 py-3">
                <Link
                  href={`/${org.slug}/clients/${bank.slug}/assessments/${a.id}`}
                  className="flex-1 font-medium text-brand-700 hover:underline"
                >
                  {a.name}
                </Link>
                <span className="text-xs text-slate-500">
                  {a.submitted} of {a.invited} submitted · {a.createdAt.toISOString().slice(0, 10)}
                </span>
                <span className="text-sm tabular-nums">
                  {formatIndex(a.overall?.percent)} <span className="text-xs text-slate-500">({formatScore(a.overall?.mean)})</span>
                </span>
                <LevelBadge level={a.overall?.level ?? null} />
                <StatusBadge status={a.status} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      {canRun && (
        <Card title={`Run a new assessment for ${bank.name}`}>
          <CreateAssessmentForm
            orgSlug={org.slug}
            framework={framework}
            action={createClientAssessmentAction}
            hidden={{ bank: bank.slug }}
          />
        </Card>
      )}
    </>
  );
}
