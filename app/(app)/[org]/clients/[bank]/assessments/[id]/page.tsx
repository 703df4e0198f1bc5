import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/platform/db/prisma";
import { requireOnPage } from "@/lib/features/access/page";
import { resolveClientAccess } from "@/lib/features/portfolio/access";
import { loadAssessmentResults } from "@/lib/features/results/assessment-results";
import { getAssessment, listRespondents } from "@/lib/features/assessments/queries";
import { maySeeRespondentLinks } from "@/lib/features/assessments/link-rotation";
import { respondentRows } from "@/lib/features/assessments/respondent-rows";
import { itemKeysFor } from "@/lib/features/assessments/respond";
import { mailConfigured } from "@/lib/platform/mail/mailer";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/assessments/status-badge";
import { AddRespondentsForm } from "@/components/assessments/add-respondents-form";
import { RespondentsTable } from "@/components/assessments/respondents-table";
import { ResultsDashboard } from "@/components/results/results-dashboard";
import { addClientRespondentsAction } from "../../../actions";

export const metadata: Metadata = { title: "Client assessment" };

// GET /:org/clients/:bank/assessments/:id – a client's assessment: respondents (admins) and results.
export default async function ClientAssessmentPage({ params }: { params: Promise<{ org: string; bank: string; id: string }> }) {
  const { org: slug, bank: bankSlug, id } = await params;
  const { org, role, bank } = await requireOnPage((db, user) => resolveClientAccess(db, user, slug, bankSlug));
  const assessment = await getAssessment(db, bank.id, id);
  if (!assessment) notFound();
  // E-mails and links only for an assessment this consultancy runs; the bank's own stay the bank's.
  const seesLinks = maySeeRespondentLinks(org, role, assessment);
  // The grant was checked above; the loader applies the consultancy's adopted model first (its own
  // panel), then the bank's, else the reference model, and the bank's anonymity threshold.
  const [loaded, respondents, origin] = await Promise.all([
    loadAssessmentResults(db, { org, client: bank }, id),
    listRespondents(db, bank.id, assessment.id),
    requestOrigin(),
  ]);
  if (!loaded) notFound();
  const { results, model } = loaded;
  const active = respondents.filter((r) => !r.revokedAt);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">
          {assessment.name} · {bank.name}
        </h1>
        <StatusBadge status={assessment.status} />
        <Link href={`/${org.slug}/clients/${bank.slug}`} className="text-sm text-brand-700 underline">
          {bank.name}
        </Link>
      </div>
      <Card title="Respondents">
        <p className="text-sm text-slate-700" data-testid="submitted-count">
          {active.filter((r) => r.submittedAt).length} of {active.length} submitted.
        </p>
        {!seesLinks && (
          <p className="mt-2 text-xs text-slate-500">
            {assessment.runByOrgId === org.id
              ? "Respondent identities are visible to admins only."
              : `${bank.name} runs this assessment: who was asked, and their links, stay with ${bank.name}.`}
          </p>
        )}
        {seesLinks && assessment.status === "OPEN" && (
          <div className="mt-4 space-y-3">
            <AddRespondentsForm
              orgSlug={org.slug}
              assessmentId={assessment.id}
              groups={assessment.groups}
              action={addClientRespondentsAction}
              hidden={{ bank: bank.slug }}
            />
            {!mailConfigured() && (
              <p className="text-xs text-slate-500">
                E-mail is not configured on this server: copy the links from the list below, one by one or all at once.
              </p>
            )}
          </div>
        )}
        {seesLinks && respondents.length > 0 && (
          <div className="mt-4">
            <RespondentsTable
              rows={respondentRows(respondents, origin)}
              itemCount={itemKeysFor(assessment.frameworkVersion, assessment.modules).size}
              linksCsvHref={`/${org.slug}/clients/${bank.slug}/assessments/${assessment.id}/links.csv`}
            />
          </div>
        )}
      </Card>
      {assessment.status === "OPEN" && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Interim results: the assessment is still open. Only submitted questionnaires are counted.
        </p>
      )}
      <ResultsDashboard results={results} modelInUse={model.label} showTargetControl={false} />
    </>
  );
}
