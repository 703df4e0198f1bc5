import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { getAssessment } from "@/lib/features/assessments/queries";
import { loadSubmittedResponses } from "@/lib/features/assessments/responses";
import { getFramework, type MaturityLevel, type ModuleKey } from "@/lib/domain/instrument";
import { computeAssessmentResults } from "@/lib/view/results/compute-results";
import { ismModelInUse } from "@/lib/features/ism-studies/adopted-model";
import { ResultsDashboard } from "@/components/results/results-dashboard";
import { ExportMenu } from "@/components/results/export-menu";
import { hasRole } from "@/lib/platform/access/roles";

export const metadata: Metadata = { title: "Results" };

function parseTarget(raw: string | undefined): { overallLevel: MaturityLevel } | undefined {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 2 && n <= 5 ? { overallLevel: n as MaturityLevel } : undefined;
}

// GET /:org/assessments/:id/results – the results dashboard, computed on the server by the engine.
export default async function ResultsPage({ params, searchParams }: { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ target?: string }> }) {
  const [{ org: slug, id }, { target }] = await Promise.all([params, searchParams]);
  const { org, role } = await requireOrgPage(slug);
  const assessment = await getAssessment(db, org.id, id);
  const framework = assessment ? getFramework(assessment.frameworkVersion) : undefined;
  if (!assessment || !framework) notFound();
  const [responses, model] = await Promise.all([loadSubmittedResponses(db, org.id, assessment.id), ismModelInUse(db, [org.id])]);
  const results = computeAssessmentResults({
    framework, modules: assessment.modules as ModuleKey[], groups: assessment.groups, responses, target: parseTarget(target), ismModel: model.model,
  });
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">Results · {assessment.name}</h1>
        <Link href={`/${org.slug}/assessments/${assessment.id}`} className="text-sm text-brand-700 underline">Assessment and respondents</Link>
        {hasRole(role, "ANALYST") && <ExportMenu orgSlug={org.slug} assessmentId={assessment.id} canExportRaw={org.kind === "BANK" && hasRole(role, "ADMIN")} target={parseTarget(target)?.overallLevel} />}
      </div>
      {assessment.status === "OPEN" && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">Interim results: the assessment is still open. Only submitted questionnaires ({responses.length}) are counted.</p>
      )}
      <ResultsDashboard results={results} modelInUse={model.label} />
    </>
  );
}
