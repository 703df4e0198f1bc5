// All copyable respondent links of one assessment as CSV, for sending them yourself when e-mail is
// not set up. The same rules as the respondents table (lib/features/assessments/link-rotation.ts): only those who may see
// links (the bank's owners and admins; a consultancy's admins for an assessment it runs; never a
// regulator), and only links that are still copyable (unsent, not revoked). Every download is audited.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { SessionUser } from "../../platform/access/access.ts";
import { refusalResult } from "../../platform/access/refusal.ts";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import { toCsv, type Column } from "../../platform/http/csv.ts";
import { recordAudit } from "../../platform/audit.ts";
import { guardOrg } from "../../features/access/guard.ts";
import { GRANTOR } from "../../features/access/requirements.ts";
import { resolveClientAccess } from "../../features/portfolio/access.ts";
import { getAssessment, listRespondents } from "../../features/assessments/queries.ts";
import { maySeeRespondentLinks } from "../../features/assessments/link-rotation.ts";
import { respondentRows, type RespondentRowView } from "../../features/assessments/respondent-rows.ts";

type LinkRow = RespondentRowView & { link: string };

export const LINK_CSV_COLUMNS: readonly Column<LinkRow>[] = [
  { name: "email", value: (r) => r.email },
  { name: "group", value: (r) => r.group },
  { name: "status", value: (r) => r.state },
  { name: "link", value: (r) => r.link },
];

export interface LinkExport {
  csv: string;
  filename: string;
  count: number;
}

/** Who asks: a bank for its own assessment, or a consultancy for a client's (`bankSlug`). */
export async function exportRespondentLinks(
  db: Db,
  user: SessionUser | null,
  request: { orgSlug: string; bankSlug?: string; assessmentId: string; origin: string },
): Promise<ActionResult<LinkExport>> {
  try {
    const ctx = request.bankSlug
      ? await resolveClientAccess(db, user, request.orgSlug, request.bankSlug, "ADMIN")
      : { ...(await guardOrg(db, { user }, request.orgSlug, { ...GRANTOR, minRole: "ADMIN" })), bank: null };
    const bank = ctx.bank ?? ctx.org;
    const assessment = await getAssessment(db, bank.id, request.assessmentId);
    if (!assessment) return fail(404, "That assessment was not found.");
    if (!maySeeRespondentLinks(ctx.org, ctx.role, assessment)) {
      return fail(403, `${bank.name} runs this assessment: its respondents' links are shown only to its owners and admins.`);
    }
    const rows = respondentRows(await listRespondents(db, bank.id, assessment.id), request.origin).filter(
      (r): r is LinkRow => r.link !== null,
    );
    if (rows.length === 0) {
      return fail(409, "No link can be copied: links sent by e-mail are not shown again. Issue a new link to a respondent to copy it.");
    }
    await recordAudit(db, {
      organizationId: ctx.org.id,
      actorUserId: ctx.user.id,
      action: "assessment.links-exported",
      target: assessment.id,
      detail: { count: rows.length },
    });
    const base =
      assessment.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 60) || "assessment";
    return ok({
      csv: toCsv(LINK_CSV_COLUMNS, rows, { defuseFormulas: true }),
      filename: `${base}-respondent-links.csv`,
      count: rows.length,
    });
  } catch (e) {
    return refusalResult(e);
  }
}
