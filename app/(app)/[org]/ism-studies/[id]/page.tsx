import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/platform/db/prisma";
import { hasRole } from "@/lib/platform/access/roles";
import { requireOrgPage } from "@/lib/features/access/page";
import { ISM_STUDIES } from "@/lib/features/access/requirements";
import { adoptedChoice } from "@/lib/features/results/adopted-model";
import { getIsmStudy } from "@/lib/features/ism-studies/queries";
import { aggregateStudy, expertProgress, finishedExpertSsims } from "@/lib/features/ism-studies/aggregation";
import { aboutPanelModel } from "@/lib/view/results/about-model";
import { AboutModel } from "@/components/results/about-model";
import { ruleSchema } from "@/lib/features/ism-studies/validation";
import { adoptionDecision, expertLabel } from "@/lib/features/ism-studies/adoption";
import { ownFactors, pairCount } from "@/lib/features/ism-studies/factors";
import { expertToken, expertUrl } from "@/lib/features/ism-studies/expert-links";
import { latestFramework } from "@/lib/domain/instrument";
import { buildIsmViews } from "@/lib/view/results/ism-view";
import { formatShare } from "@/lib/view/results/format";
import { requestOrigin } from "@/lib/platform/http/request-origin";
import { mailConfigured } from "@/lib/platform/mail/mailer";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/assessments/status-badge";
import { CopyLinkButton } from "@/components/assessments/respondent-actions";
import { IsmLevelDiagram } from "@/components/results/ism-level-diagram";
import { IsmTable } from "@/components/results/ism-table";
import { MicmacScatter } from "@/components/results/micmac-scatter";
import { AddExpertsForm } from "@/components/ism-studies/add-experts-form";
import { AgreementMatrix, PanelAgreement } from "@/components/ism-studies/agreement-matrix";
import { AdoptModelForm, RevokeExpertButton, StudyStatusControl } from "@/components/ism-studies/study-controls";

export const metadata: Metadata = { title: "ISM study" };

// GET /:org/ism-studies/:id?rule=majority|threshold&threshold=60 – completion, aggregate, agreement, model.
export default async function IsmStudyPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string; id: string }>;
  searchParams: Promise<{ rule?: string; threshold?: string }>;
}) {
  const [{ org: slug, id }, query] = await Promise.all([params, searchParams]);
  const { org, role } = await requireOrgPage(slug, ISM_STUDIES);
  const study = await getIsmStudy(db, org.id, id);
  if (!study) notFound();
  const canManage = hasRole(role, "ADMIN");
  const parsedRule = ruleSchema.safeParse({ rule: query.rule === "threshold" ? "threshold" : "majority", threshold: query.threshold });
  const rule = parsedRule.success ? parsedRule.data : { kind: "majority" as const };
  const [experts, aggregation, adopted, origin, expertSsims] = await Promise.all([
    expertProgress(db, org.id, study),
    aggregateStudy(db, org.id, study, rule),
    adoptedChoice(db, org.id),
    requestOrigin(),
    finishedExpertSsims(db, org.id, study),
  ]);
  const active = experts.filter((e) => !e.revoked);
  const views = aggregation.ok ? buildIsmViews(aggregation.model, latestFramework, () => undefined) : null;
  // With the experts' own answers the loop report can say which agreement threshold would break a loop.
  const about = aggregation.ok
    ? aboutPanelModel(
        aggregation.model,
        expertSsims.map((e) => e.ssim),
      )
    : null;
  const own = ownFactors(study.factorKeys);
  const thresholdText = rule.kind === "threshold" ? String(Math.round(rule.threshold * 100)) : "";
  const unfinished = active.filter((e) => !e.finished);
  // What adopting would say if the adopter proceeds without every unfinished expert: the warnings to show first.
  const adoption = aggregation.ok ? adoptionDecision(experts, aggregation.model.levelCount, new Set(unfinished.map((e) => e.id))) : null;
  const isAdopted =
    adopted?.studyId === study.id && adopted.ruleKind === rule.kind && (rule.kind === "majority" || adopted.threshold === rule.threshold);
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">{study.name}</h1>
        <StatusBadge status={study.status} />
        <Link href={`/${org.slug}/ism-studies`} className="text-sm text-brand-700 underline">
          All studies
        </Link>
      </div>
      {canManage && <StudyStatusControl orgSlug={org.slug} studyId={study.id} status={study.status} />}

      <Card title={`Factors (${study.factorKeys.length}, ${pairCount(study.factorKeys.length)} pairs)`}>
        <ol className="grid list-decimal gap-x-6 pl-5 text-sm sm:grid-cols-2">
          {study.factorNames.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ol>
      </Card>

      <Card title={`Experts: ${active.filter((e) => e.finished).length} of ${active.length} finished`}>
        {experts.length === 0 ? (
          <p className="text-sm text-slate-600">Nobody has been invited yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="expert-table">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th className="py-2">Expert</th>
                  {canManage && <th>E-mail</th>}
                  <th>Progress</th>
                  <th>Status</th>
                  {canManage && (
                    <th>
                      <span className="sr-only">Actions</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {experts.map((e) => {
                  const token = canManage ? expertToken(e.tokenSealed) : null;
                  const status = e.revoked ? "revoked" : e.finished ? "submitted" : e.startedAt ? "in-progress" : "not-started";
                  return (
                    <tr key={e.id} data-testid={`expert-${e.email}`}>
                      <td className="py-2 pr-3">{e.name}</td>
                      {canManage && <td className="pr-3">{e.email}</td>}
                      <td className="pr-3 tabular-nums" data-testid="expert-progress">
                        {e.answered} / {e.total}
                      </td>
                      <td className="pr-3">
                        <StatusBadge status={status} />
                      </td>
                      {canManage && (
                        <td className="space-x-2 whitespace-nowrap">
                          {!e.revoked && token && <CopyLinkButton url={expertUrl(origin, token)} email={e.email} />}
                          {!e.revoked && <RevokeExpertButton orgSlug={org.slug} studyId={study.id} expertId={e.id} />}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {canManage && study.status === "OPEN" && (
          <div className="mt-4 space-y-2">
            <AddExpertsForm orgSlug={org.slug} studyId={study.id} />
            {!mailConfigured() && (
              <p className="text-xs text-slate-500">
                E-mail is not configured on this server: copy each expert&apos;s link from the list above.
              </p>
            )}
          </div>
        )}
      </Card>

      <Card title="Aggregated model">
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm" aria-label="Aggregation rule">
          <label className="space-y-1">
            <span className="block font-medium text-slate-700">Rule</span>
            <select name="rule" defaultValue={rule.kind} className="rounded border border-slate-300 px-2 py-1">
              <option value="majority">Majority (more than half of the experts)</option>
              <option value="threshold">Threshold share</option>
            </select>
          </label>
          <label className="space-y-1">
            <span className="block font-medium text-slate-700">Threshold (%)</span>
            <input
              name="threshold"
              defaultValue={thresholdText}
              inputMode="decimal"
              placeholder="e.g. 60"
              className="w-24 rounded border border-slate-300 px-2 py-1"
            />
          </label>
          <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5 hover:bg-slate-50">
            Aggregate
          </button>
          {!parsedRule.success && (
            <p role="alert" className="text-xs text-red-700">
              Give a threshold between 1 and 100 %; showing the majority rule.
            </p>
          )}
        </form>
        {!aggregation.ok ? (
          <p className="text-sm text-slate-600">{aggregation.reason}</p>
        ) : (
          <div className="space-y-4">
            <dl className="grid grid-cols-2 gap-y-1 text-sm sm:grid-cols-4" data-testid="aggregate-summary">
              <dt className="text-slate-500">Experts counted</dt>
              <dd>{aggregation.aggregate.expertCount}</dd>
              <dt className="text-slate-500">Rule</dt>
              <dd>{rule.kind === "majority" ? "majority" : `threshold ${thresholdText} %`}</dd>
              <dt className="text-slate-500">Mean agreement</dt>
              <dd data-testid="mean-agreement">{formatShare(aggregation.aggregate.meanAgreement)}</dd>
              <dt className="text-slate-500">Fleiss&rsquo; kappa</dt>
              <dd>{aggregation.aggregate.fleissKappa === null ? "–" : aggregation.aggregate.fleissKappa.toFixed(2)}</dd>
            </dl>
            <PanelAgreement panel={aggregation.panel} />
            <p className="text-xs text-slate-600">
              Only experts who judged every pair count. Each cell shows the aggregated letter and the share of experts who gave exactly that
              letter (green ≥ 75 %, amber ≥ 50 %, red below).
            </p>
            <AgreementMatrix aggregate={aggregation.aggregate} names={study.factorNames} />
            {views && (
              <>
                <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">{views.ism.caveat}</p>
                <p className="text-xs text-slate-600">
                  A study has no maturity scores, so the boxes read &ldquo;No data&rdquo;; once adopted, the results dashboard colours them
                  by the bank&rsquo;s maturity.
                </p>
                <IsmLevelDiagram ism={views.ism} />
                <IsmTable ism={views.ism} />
                <AboutModel about={about} notes={[]} />
                <h3 className="text-sm font-semibold">Driving and dependence (MICMAC)</h3>
                <MicmacScatter micmac={views.micmac} />
              </>
            )}
            {canManage &&
              (own.length > 0 ? (
                <p className="text-sm text-slate-600">
                  This study has its own factors, not only the instrument&rsquo;s e-CRM factors, so its model cannot drive the roadmap.
                </p>
              ) : isAdopted ? (
                <p className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="adopted-note">
                  This model (with this rule) is the one your roadmaps use.
                </p>
              ) : (
                <AdoptModelForm
                  orgSlug={org.slug}
                  studyId={study.id}
                  rule={rule.kind}
                  threshold={thresholdText}
                  label="Adopt this model for our roadmaps"
                  missing={unfinished.map((e) => ({ id: e.id, label: expertLabel(e) }))}
                  warnings={(adoption?.warnings ?? []).filter((w) => !w.startsWith("Adopted without"))}
                />
              ))}
          </div>
        )}
      </Card>
    </>
  );
}
