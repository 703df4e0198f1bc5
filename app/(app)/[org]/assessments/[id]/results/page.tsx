import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { loadAssessmentResults } from "@/lib/features/results/assessment-results";
import { parseTargetParam } from "@/lib/view/results/target";
import { ResultsDashboard } from "@/components/results/results-dashboard";
import { ExportMenu } from "@/components/results/export-menu";
import { hasRole } from "@/lib/platform/access/roles";
import { carryOverForResults, plannedFactors } from "@/lib/features/action-plan/carry-over";
import { loadRoundChange } from "@/lib/features/results/round-change";
import { whatIfSection } from "@/lib/features/what-if/scenarios";
import { WhatIfPanel, type WhatIfContext } from "@/components/results/what-if/what-if-panel";

export const metadata: Metadata = { title: "Results" };

// GET /:org/assessments/:id/results – the results dashboard, from the one results loader.
export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ target?: string | string[] }>;
}) {
  const [{ org: slug, id }, { target: targetRaw }] = await Promise.all([params, searchParams]);
  const { org, role } = await requireOrgPage(slug);
  const target = parseTargetParam(targetRaw);
  const loaded = await loadAssessmentResults(db, { org }, id, { target });
  if (!loaded) notFound();
  const { assessment, results, submitted, model } = loaded;
  // The action plan is the bank's own (lib/features/action-plan): analysts and up add roadmap items to it.
  const isBank = org.kind === "BANK";
  const [planned, roundChange] = isBank
    ? await Promise.all([plannedFactors(db, org.id), loadRoundChange(db, org, assessment, results)])
    : [undefined, undefined];
  // The carry-over card reads its verdicts off the same round change: one comparison, one rule.
  const carryOver = roundChange ? await carryOverForResults(db, org, results, roundChange) : undefined;
  const plan = planned ? { orgSlug: org.slug, assessmentId: assessment.id, target, canEdit: hasRole(role, "ANALYST"), planned } : undefined;
  // The what-if sits next to the plan (bank members; viewers run it, analysts and up save).
  const section = isBank && results.status === "ok" ? await whatIfSection(db, org, loaded) : null;
  const whatIf: WhatIfContext | null =
    section && planned
      ? {
          orgSlug: org.slug,
          assessmentId: assessment.id,
          factors: results.factors.flatMap((f) =>
            f.mean === null || f.level === null
              ? []
              : [{ key: f.key, name: f.name, moduleName: f.moduleName, mean: f.mean, level: f.level }],
          ),
          plannedFactorKeys: Object.entries(planned).flatMap(([key, p]) => (p.status === "DONE" ? [] : [key])),
          initial: section.initial,
          saved: section.saved,
          canSave: hasRole(role, "ANALYST"),
          canDelete: hasRole(role, "ADMIN"),
        }
      : null;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">Results · {assessment.name}</h1>
        <Link href={`/${org.slug}/assessments/${assessment.id}`} className="text-sm text-brand-700 underline">
          Assessment and respondents
        </Link>
        {hasRole(role, "ANALYST") && (
          <ExportMenu
            orgSlug={org.slug}
            assessmentId={assessment.id}
            canExportRaw={org.kind === "BANK" && hasRole(role, "ADMIN")}
            target={target ?? undefined}
          />
        )}
      </div>
      {assessment.status === "OPEN" && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Interim results: the assessment is still open. Only submitted questionnaires ({submitted}) are counted.
        </p>
      )}
      <ResultsDashboard results={results} modelInUse={model.label} plan={plan} carryOver={carryOver} roundChange={roundChange} />
      {whatIf && <WhatIfPanel ctx={whatIf} />}
    </>
  );
}
