import type { Metadata } from "next";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { orgOverview } from "@/lib/features/org/overview";
import { Card } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/platform/access/roles";
import { ORG_KIND_LABELS, OWNERSHIP_LABELS, SIZE_BAND_LABELS } from "@/lib/features/org/labels";
import { listInitiatives } from "@/lib/features/action-plan/initiatives";
import { isoDay, planProgress } from "@/lib/view/plan/initiatives";
import { PlanProgressSummary } from "@/components/plan/plan-progress";
import { loadRoundHistory } from "@/lib/features/results/round-history";
import { RoundHistory } from "@/components/results/round-history";
import { hasRole } from "@/lib/platform/access/roles";
import { gettingStartedFacts } from "@/lib/features/org/getting-started";
import { gettingStartedSteps } from "@/lib/view/org/getting-started";
import { ExampleReportCard, GettingStartedChecklist } from "@/components/org/getting-started-checklist";

export const metadata: Metadata = { title: "Overview" };

export default async function OrgOverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requireOrgPage(slug);
  const { memberCount, grantsGiven, grantsHeld } = await orgOverview(db, org.id);
  // The action plan is a bank's own (lib/features/action-plan): its progress and what is overdue.
  const progress = org.kind === "BANK" ? planProgress(await listInitiatives(db, org.id), isoDay(new Date())) : null;
  // The bank's rounds through the one results loader: the same figures as each round's results page.
  const history = org.kind === "BANK" ? await loadRoundHistory(db, org) : null;
  // A bank's first steps stay on top until every one is done.
  const steps = org.kind === "BANK" ? gettingStartedSteps(org.slug, await gettingStartedFacts(db, org.id), hasRole(role, "ADMIN")) : null;
  const starting = steps !== null && steps.some((s) => !s.done);
  return (
    <>
      <h1 className="text-2xl font-semibold">{org.name}</h1>
      {starting && (
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <GettingStartedChecklist steps={steps} />
          <ExampleReportCard />
        </div>
      )}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Profile">
          <dl className="grid grid-cols-2 gap-y-2 text-sm">
            <dt className="text-slate-500">Kind</dt>
            <dd>{ORG_KIND_LABELS[org.kind]}</dd>
            {org.ownership && (
              <>
                <dt className="text-slate-500">Ownership</dt>
                <dd>{OWNERSHIP_LABELS[org.ownership]}</dd>
              </>
            )}
            {org.sizeBand && (
              <>
                <dt className="text-slate-500">Size band</dt>
                <dd>{SIZE_BAND_LABELS[org.sizeBand]}</dd>
              </>
            )}
            {org.region && (
              <>
                <dt className="text-slate-500">Region</dt>
                <dd>{org.region}</dd>
              </>
            )}
            <dt className="text-slate-500">Members</dt>
            <dd>{memberCount}</dd>
            <dt className="text-slate-500">Your role</dt>
            <dd>{ROLE_LABELS[role]}</dd>
          </dl>
        </Card>
        <Card title={org.kind === "BANK" ? "Who can see this bank's scores" : "Institutions you have access to"}>
          {org.kind === "BANK" ? (
            grantsGiven.length === 0 ? (
              <p className="text-sm text-slate-600">
                No consultancy or regulator has access. Access is granted explicitly and can be revoked at any time.
              </p>
            ) : (
              <ul className="space-y-1 text-sm">
                {grantsGiven.map((g) => (
                  <li key={g.id}>
                    {g.grantee.name} <span className="text-slate-500">({ORG_KIND_LABELS[g.grantee.kind]})</span>
                  </li>
                ))}
              </ul>
            )
          ) : grantsHeld.length === 0 ? (
            <p className="text-sm text-slate-600">No institution has granted access yet.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {grantsHeld.map((g) => (
                <li key={g.id}>{g.grantor.name}</li>
              ))}
            </ul>
          )}
        </Card>
        {progress && (
          <Card title="Action plan">
            <PlanProgressSummary orgSlug={org.slug} progress={progress} />
          </Card>
        )}
      </div>
      {history && (
        <Card title="History across rounds">
          <RoundHistory history={history} orgSlug={org.slug} />
        </Card>
      )}
    </>
  );
}
