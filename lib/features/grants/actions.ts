// A bank grants a consultancy or a regulator access, and revokes it. Only the bank's owners and
// admins may; the grantee must be of the kind the grant is for. Both sides' audit trails record it.
import "server-only";
import { z } from "zod";
import { defineOrgAction } from "../access/action.ts";
import { GRANTOR } from "../access/requirements.ts";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import { ORG_KIND_LABELS } from "../org/labels.ts";
import { GRANTEE_KIND, activeGrant } from "./grants.ts";
import { rotateLinksSeenBy } from "../assessments/link-rotation.ts";

export const grantAccessSchema = z.object({
  kind: z.enum(["CONSULTANCY", "REGULATOR"], { error: "Choose a consultancy or a regulator." }),
  granteeSlug: z
    .string({ error: "Enter the organisation's web address." })
    .trim()
    .toLowerCase()
    .min(1, "Enter the organisation's web address.")
    .max(48, "Use at most 48 characters.")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A web address has lowercase letters, digits and single hyphens."),
});

export const revokeGrantSchema = z.object({ grantId: z.string({ error: "Choose a grant." }).min(1, "Choose a grant.").max(64) });

export const grantAccess = defineOrgAction({
  name: "grant.create",
  minRole: "ADMIN",
  ...GRANTOR,
  mutates: true,
  schema: grantAccessSchema,
  async run(db, ctx, input): Promise<ActionResult<{ id: string }>> {
    const wanted = GRANTEE_KIND[input.kind];
    const grantee = await db.organization.findUnique({ where: { slug: input.granteeSlug }, select: { id: true, name: true, kind: true } });
    if (!grantee || grantee.kind !== wanted) {
      const label = ORG_KIND_LABELS[wanted].toLowerCase();
      return fail(422, "Please correct the highlighted fields.", { granteeSlug: [`No ${label} has the address "${input.granteeSlug}".`] });
    }
    if (await activeGrant(db, { kind: input.kind, grantorOrgId: ctx.org.id, granteeOrgId: grantee.id })) {
      return fail(409, `${grantee.name} already has access.`);
    }
    const grant = await db.$transaction(async (tx) => {
      const g = await tx.accessGrant.create({ data: { kind: input.kind, grantorOrgId: ctx.org.id, granteeOrgId: grantee.id } });
      const detail = { kind: input.kind, grantor: ctx.org.slug, grantee: input.granteeSlug };
      await recordAudit(tx, { organizationId: ctx.org.id, actorUserId: ctx.user.id, action: "grant.created", target: g.id, detail });
      await recordAudit(tx, { organizationId: grantee.id, actorUserId: null, action: "grant.received", target: g.id, detail });
      return g;
    });
    return ok(
      { id: grant.id },
      `${grantee.name} now has ${input.kind === "REGULATOR" ? "your published scores" : "access to your assessments"}.`,
    );
  },
});

export const revokeGrant = defineOrgAction({
  name: "grant.revoke",
  minRole: "ADMIN",
  ...GRANTOR,
  mutates: true,
  schema: revokeGrantSchema,
  async run(db, ctx, input) {
    const grant = await db.accessGrant.findFirst({ where: { id: input.grantId, grantorOrgId: ctx.org.id, revokedAt: null } });
    if (!grant) return fail(404, "That grant was not found or is already revoked.");
    let rotated = 0;
    await db.$transaction(async (tx) => {
      const { count } = await tx.accessGrant.updateMany({
        where: { id: grant.id, grantorOrgId: ctx.org.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      if (count === 0) return;
      const detail = { kind: grant.kind, grantor: ctx.org.slug };
      await recordAudit(tx, { organizationId: ctx.org.id, actorUserId: ctx.user.id, action: "grant.revoked", target: grant.id, detail });
      await recordAudit(tx, { organizationId: grant.granteeOrgId, actorUserId: null, action: "grant.lost", target: grant.id, detail });
      // Every respondent link the grantee could see stops working now (lib/features/assessments/link-rotation.ts).
      if (grant.kind === "CONSULTANCY") rotated = await rotateLinksSeenBy(tx, ctx.org.id, grant.granteeOrgId);
    });
    const relink = rotated
      ? ` ${rotated} respondent link(s) it could see were replaced; give the people marked "needs a new link" their new link.`
      : "";
    return ok(undefined, `Access revoked. The organisation no longer sees your data.${relink}`);
  },
});
