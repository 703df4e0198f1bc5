import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireOrgPage } from "@/lib/platform/access/session";
import { getAssessment, listRespondents, respondentState } from "@/lib/features/assessments/queries";
import { maySeeRespondentLinks, linkIsCopyable } from "@/lib/features/assessments/link-rotation";
import { respondentToken, respondentUrl } from "@/lib/features/assessments/respondent-links";
import { itemKeysFor } from "@/lib/features/assessments/respond";
import { mailConfigured } from "@/lib/platform/mail/mailer";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/assessments/status-badge";
import { StatusControls } from "@/components/assessments/status-controls";
import { AddRespondentsForm } from "@/components/assessments/add-respondents-form";
import { CopyLinkButton, ReissueLinkButton, RemindButton, RevokeRespondentButton } from "@/components/assessments/respondent-actions";

export const metadata: Metadata = { title: "Assessment" };

export default async function AssessmentPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const { org, role } = await requireOrgPage(slug);
  const assessment = await getAssessment(org.id, id);
  if (!assessment) notFound();
  // Owners and admins of the bank see who was asked and their links (lib/features/assessments/link-rotation.ts).
  const canManage = maySeeRespondentLinks(org, role, assessment);
  const respondents = await listRespondents(org.id, assessment.id);
  const itemCount = itemKeysFor(assessment.frameworkVersion, assessment.modules).size;
  const origin = await requestOrigin();
  const active = respondents.filter((r) => !r.revokedAt);
  const submitted = active.filter((r) => r.submittedAt).length;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">{assessment.name}</h1>
        <StatusBadge status={assessment.status} />
        <Link href={`/${org.slug}/assessments/${assessment.id}/results`} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">View results</Link>
      </div>
      <Card title="Summary">
        <dl className="grid grid-cols-2 gap-y-2 text-sm sm:grid-cols-4">
          <dt className="text-slate-500">Framework</dt><dd>{assessment.frameworkVersion}</dd>
          <dt className="text-slate-500">Modules</dt><dd>{assessment.modules.join(", ")} ({itemCount} statements)</dd>
          <dt className="text-slate-500">Groups</dt><dd>{assessment.groups.join(", ")}</dd>
          <dt className="text-slate-500">Deadline</dt><dd>{assessment.deadline?.toISOString().slice(0, 10) ?? "none"}</dd>
          <dt className="text-slate-500">Submitted</dt><dd data-testid="submitted-count">{submitted} of {active.length}</dd>
        </dl>
        {canManage && <div className="mt-4"><StatusControls orgSlug={org.slug} assessmentId={assessment.id} status={assessment.status} /></div>}
      </Card>
      {canManage && assessment.status === "OPEN" && (
        <Card title="Invite respondents">
          <AddRespondentsForm orgSlug={org.slug} assessmentId={assessment.id} groups={assessment.groups} />
          {!mailConfigured() && <p className="mt-3 text-xs text-slate-500">E-mail sending is not set up for this installation: copy each person&apos;s link from the list below and send it yourself.</p>}
        </Card>
      )}
      <Card title={`Respondents (${active.length})`} actions={canManage && assessment.status === "OPEN" && mailConfigured() ? <RemindButton orgSlug={org.slug} assessmentId={assessment.id} /> : undefined}>
        {respondents.length === 0 ? <p className="text-sm text-slate-600">Nobody has been invited yet.</p> : canManage ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500"><tr><th className="py-2">E-mail</th><th>Group</th><th>Progress</th><th>Status</th><th><span className="sr-only">Actions</span></th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {respondents.map((r) => {
                  const token = linkIsCopyable(r) ? respondentToken(r.tokenSealed) : null;
                  const state = respondentState(r);
                  return (
                    <tr key={r.id} data-testid={`respondent-${r.email}`}>
                      <td className="py-2 pr-3">{r.email}</td>
                      <td className="pr-3">{r.group}</td>
                      <td className="pr-3">{Math.min(r._count.answers, itemCount)} / {itemCount}</td>
                      <td className="pr-3">
                        <StatusBadge status={state} />
                        {r.linkResetAt && !r.submittedAt && !r.revokedAt && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900" data-testid="needs-new-link">needs a new link</span>}
                      </td>
                      <td className="space-x-2 whitespace-nowrap">
                        {state !== "revoked" && token && <CopyLinkButton url={respondentUrl(origin, token)} email={r.email} />}
                        {state !== "revoked" && state !== "submitted" && assessment.status === "OPEN" && <ReissueLinkButton orgSlug={org.slug} assessmentId={assessment.id} respondentId={r.id} />}
                        {state !== "revoked" && assessment.status === "OPEN" && <RevokeRespondentButton orgSlug={org.slug} assessmentId={assessment.id} respondentId={r.id} />}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="text-sm text-slate-600">{submitted} of {active.length} respondents have submitted. Respondent identities are visible to owners and admins only.</p>
        )}
      </Card>
    </>
  );
}
