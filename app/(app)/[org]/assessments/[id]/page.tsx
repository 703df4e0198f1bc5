import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { getAssessment, listRespondents } from "@/lib/features/assessments/queries";
import { maySeeRespondentLinks } from "@/lib/features/assessments/link-rotation";
import { respondentRows } from "@/lib/features/assessments/respondent-rows";
import { itemKeysFor } from "@/lib/features/assessments/respond";
import { mailConfigured } from "@/lib/platform/mail/mailer";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/assessments/status-badge";
import { StatusControls } from "@/components/assessments/status-controls";
import { AddRespondentsForm } from "@/components/assessments/add-respondents-form";
import { RemindButton } from "@/components/assessments/respondent-actions";
import { RespondentsTable } from "@/components/assessments/respondents-table";
import { LimitNotice } from "@/components/billing/limit-notice";
import { respondentsAllowance } from "@/lib/features/billing/allowances";
import { respondentsNotice } from "@/lib/view/billing/limit-notices";
import { scheduleSummary } from "@/lib/features/assessments/schedule";
import { scheduleView } from "@/lib/view/assessments/schedule-view";
import { ScheduleFacts, ScheduleForm } from "@/components/assessments/schedule-form";

export const metadata: Metadata = { title: "Assessment" };

export default async function AssessmentPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org, role } = await requireOrgPage(slug);
  const assessment = await getAssessment(db, org.id, id);
  if (!assessment) notFound();
  // Owners and admins of the bank see who was asked and their links (lib/features/assessments/link-rotation.ts).
  const canManage = maySeeRespondentLinks(org, role, assessment);
  const respondents = await listRespondents(db, org.id, assessment.id);
  const itemCount = itemKeysFor(assessment.frameworkVersion, assessment.modules).size;
  const origin = await requestOrigin();
  const active = respondents.filter((r) => !r.revokedAt);
  const submitted = active.filter((r) => r.submittedAt).length;
  const inviting = canManage && assessment.status === "OPEN";
  const limit = inviting ? respondentsNotice(await respondentsAllowance(db, org, assessment)) : null;
  const summary = await scheduleSummary(db, org.id, assessment.id);
  const schedule = summary ? scheduleView(summary, mailConfigured()) : null;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">{assessment.name}</h1>
        <StatusBadge status={assessment.status} />
        <Link
          href={`/${org.slug}/assessments/${assessment.id}/results`}
          className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          View results
        </Link>
      </div>
      <Card title="Summary">
        <dl className="grid grid-cols-2 gap-y-2 text-sm sm:grid-cols-4">
          <dt className="text-slate-500">Framework</dt>
          <dd>{assessment.frameworkVersion}</dd>
          <dt className="text-slate-500">Modules</dt>
          <dd>
            {assessment.modules.join(", ")} ({itemCount} statements)
          </dd>
          <dt className="text-slate-500">Groups</dt>
          <dd>{assessment.groups.join(", ")}</dd>
          <dt className="text-slate-500">Deadline</dt>
          <dd>{assessment.deadline?.toISOString().slice(0, 10) ?? "none"}</dd>
          <dt className="text-slate-500">Submitted</dt>
          <dd data-testid="submitted-count">
            {submitted} of {active.length}
          </dd>
        </dl>
        {canManage && (
          <div className="mt-4">
            <StatusControls orgSlug={org.slug} assessmentId={assessment.id} status={assessment.status} />
          </div>
        )}
      </Card>
      {schedule && assessment.status === "OPEN" && (
        <Card title="Closing date and reminders">
          <ScheduleFacts view={schedule} />
          {inviting && <ScheduleForm orgSlug={org.slug} assessmentId={assessment.id} view={schedule} />}
        </Card>
      )}
      {inviting && (
        <Card title="Invite respondents">
          {limit && (
            <div className="mb-4">
              <LimitNotice notice={limit} billingHref={`/${org.slug}/billing`} />
            </div>
          )}
          {!limit?.blocked && <AddRespondentsForm orgSlug={org.slug} assessmentId={assessment.id} groups={assessment.groups} />}
          {!mailConfigured() && (
            <p className="mt-3 text-xs text-slate-500">
              E-mail sending is not set up for this installation: copy the links from the list below (one by one or all at once) and send
              them yourself.
            </p>
          )}
        </Card>
      )}
      <Card
        title={`Respondents (${active.length})`}
        actions={
          canManage && assessment.status === "OPEN" && mailConfigured() ? (
            <RemindButton orgSlug={org.slug} assessmentId={assessment.id} />
          ) : undefined
        }
      >
        {respondents.length === 0 ? (
          <p className="text-sm text-slate-600">Nobody has been invited yet.</p>
        ) : canManage ? (
          <RespondentsTable
            rows={respondentRows(respondents, origin)}
            itemCount={itemCount}
            linksCsvHref={`/${org.slug}/assessments/${assessment.id}/links.csv`}
            manage={assessment.status === "OPEN" ? { orgSlug: org.slug, assessmentId: assessment.id } : undefined}
          />
        ) : (
          <p className="text-sm text-slate-600">
            {submitted} of {active.length} respondents have submitted. Respondent identities are visible to owners and admins only.
          </p>
        )}
      </Card>
    </>
  );
}
