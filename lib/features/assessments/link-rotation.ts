// Who may see a respondent's personal link, and how a link is replaced.
//
// A link reads and overwrites that person's answers, so it is shown only to the bank's owners and
// admins, and to a consultancy's admins for an assessment that consultancy runs (never for the
// bank's own assessments, never to a regulator). It can be copied while unsent; once e-mailed it
// is not shown again. Re-issuing rotates it (the old link stops working at once; answers stay,
// they belong to the respondent record, not to the link). Revoking a consultancy's grant rotates
// every link that consultancy could see and marks those respondents "needs a new link". Links of the
// bank's own assessments that consultancies saw before this rule were invalidated once by migration
// 20261206120000_legacy_link_exposure.
import "server-only";
import { defineOrgAction } from "../access/action.ts";
import { hasRole } from "../../platform/access/roles.ts";
import type { Role } from "../../platform/db/generated/client.ts";
import type { Db } from "../../platform/db/connect.ts";
import { fail, ok } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import { issueRespondentToken } from "./respondent-links.ts";
import { emailLinks } from "./manage.ts";
import { respondentRefSchema } from "./validation.ts";

/** Whether a member of `viewer` with `role` may see respondents' e-mails and links of an assessment of `bankId`. */
export function maySeeRespondentLinks(
  viewer: { id: string; kind: string },
  role: Role,
  assessment: { organizationId: string; runByOrgId: string | null },
): boolean {
  if (!hasRole(role, "ADMIN")) return false;
  if (viewer.id === assessment.organizationId) return viewer.kind === "BANK";
  return viewer.kind === "CONSULTANCY" && assessment.runByOrgId === viewer.id;
}

/** A link may be copied while it has not been sent (or was rotated since it was last sent). */
export function linkIsCopyable(r: { lastSentAt: Date | null; revokedAt: Date | null }): boolean {
  return !r.revokedAt && !r.lastSentAt;
}

/** Rotates the links of every respondent of the bank's assessments that `granteeOrgId` runs. */
export async function rotateLinksSeenBy(
  tx: Pick<Db, "respondent">,
  bankId: string,
  granteeOrgId: string,
  now = new Date(),
): Promise<number> {
  const exposed = await tx.respondent.findMany({
    where: { organizationId: bankId, revokedAt: null, assessment: { organizationId: bankId, runByOrgId: granteeOrgId } },
    select: { id: true, submittedAt: true },
  });
  for (const r of exposed) {
    const fresh = issueRespondentToken();
    await tx.respondent.updateMany({
      where: { id: r.id, organizationId: bankId },
      // A submitted questionnaire needs no new link (nothing left to answer); it is rotated all the same
      // so that the old link no longer reads the answers.
      data: { tokenHash: fresh.tokenHash, tokenSealed: fresh.tokenSealed, lastSentAt: null, linkResetAt: r.submittedAt ? null : now },
    });
  }
  return exposed.length;
}

export const reissueRespondentLink = defineOrgAction({
  name: "assessment.reissue-link",
  minRole: "ADMIN",
  mutates: true,
  schema: respondentRefSchema,
  async run(db, ctx, input) {
    const respondent = await db.respondent.findFirst({
      where: { id: input.respondentId, assessmentId: input.assessmentId, organizationId: ctx.org.id, revokedAt: null },
      include: { assessment: true },
    });
    if (!respondent) return fail(404, "That respondent was not found or their link is revoked.");
    if (respondent.submittedAt) return fail(409, "This person has submitted; they need no new link.");
    const fresh = issueRespondentToken();
    await db.respondent.updateMany({
      where: { id: respondent.id, organizationId: ctx.org.id },
      data: { tokenHash: fresh.tokenHash, tokenSealed: fresh.tokenSealed, lastSentAt: null, linkResetAt: null },
    });
    await recordAudit(db, {
      organizationId: ctx.org.id,
      actorUserId: ctx.user.id,
      action: "assessment.link-reissued",
      target: respondent.id,
    });
    const emailed =
      respondent.assessment.status === "OPEN"
        ? await emailLinks(db, ctx.org, respondent.assessment, [{ email: respondent.email, token: fresh.token }], false)
        : 0;
    return ok(
      undefined,
      emailed ? "New link e-mailed; the old one no longer works." : "New link issued; the old one no longer works. Copy it from the list.",
    );
  },
});
