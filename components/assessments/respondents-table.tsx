// The respondents of one assessment, for the bank's own page and a consultancy's client page. The
// page works out each row (state, link); re-issuing and revoking are offered only where the page
// passes `manage` (an open assessment the viewer may change).
import { StatusBadge } from "@/components/assessments/status-badge";
import { CopyAllLinks, CopyLinkButton, ReissueLinkButton, RevokeRespondentButton } from "@/components/assessments/respondent-actions";
import type { RespondentRowView } from "@/lib/view/assessments/respondent-row";
import { LOCALE_NAMES } from "@/lib/view/i18n/locales";

export function RespondentsTable({
  rows,
  itemCount,
  manage,
  linksCsvHref,
}: {
  rows: RespondentRowView[];
  itemCount: number;
  manage?: { orgSlug: string; assessmentId: string };
  /** Where the copyable links download as CSV (the same rows' links). */
  linksCsvHref: string;
}) {
  const links = rows.flatMap((r) => (r.link ? [{ email: r.email, url: r.link }] : []));
  return (
    <div className="space-y-3">
      {links.length > 0 && <CopyAllLinks links={links} csvHref={linksCsvHref} />}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-slate-500">
            <tr>
              <th className="py-2">E-mail</th>
              <th>Group</th>
              <th>Progress</th>
              <th>Status</th>
              <th>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid={`respondent-${r.email}`}>
                <td className="py-2 pr-3">{r.email}</td>
                <td className="pr-3">{r.group}</td>
                <td className="pr-3">
                  {Math.min(r.answered, itemCount)} / {itemCount}
                </td>
                <td className="pr-3">
                  <StatusBadge status={r.state} />
                  {r.answeredIn && r.answeredIn !== "en" && (
                    <span className="ms-2 text-xs text-slate-500">
                      in{" "}
                      <bdi lang={r.answeredIn} data-testid={`respondent-language-${r.email}`}>
                        {LOCALE_NAMES[r.answeredIn]}
                      </bdi>
                    </span>
                  )}
                  {r.needsNewLink && (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900" data-testid="needs-new-link">
                      needs a new link
                    </span>
                  )}
                </td>
                <td className="whitespace-nowrap">
                  <div className="flex items-center justify-end gap-2">
                    {r.link && <CopyLinkButton url={r.link} email={r.email} />}
                    {manage && r.state !== "revoked" && r.state !== "submitted" && (
                      <ReissueLinkButton orgSlug={manage.orgSlug} assessmentId={manage.assessmentId} respondentId={r.id} />
                    )}
                    {manage && r.state !== "revoked" && (
                      <RevokeRespondentButton orgSlug={manage.orgSlug} assessmentId={manage.assessmentId} respondentId={r.id} />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
