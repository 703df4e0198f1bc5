// Member invitations: a single-use link that expires. Only a hash of the token is stored, so a
// database leak does not leak usable links; the token is shown once, to the inviter.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { defineOrgAction } from "../access/action.ts";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import type { SessionUser } from "../../platform/access/access.ts";
import { recordAudit } from "../../platform/audit.ts";
import { hashToken, newToken } from "../../platform/security/tokens.ts";
import { inviteMemberSchema, revokeInvitationSchema } from "./validation.ts";
import { emailConfirmedForInvitations } from "../../platform/auth/email-verification.ts";

export const INVITATION_TTL_DAYS = 7;

export const inviteMember = defineOrgAction({
  name: "member.invite",
  minRole: "ADMIN",
  mutates: true,
  schema: inviteMemberSchema,
  async run(db, ctx, input): Promise<ActionResult<{ token: string; expiresAt: Date }>> {
    if (input.role === "OWNER" && ctx.role !== "OWNER") return fail(403, "Only an owner can invite another owner.");
    const already = await db.membership.findFirst({
      where: { organizationId: ctx.org.id, user: { email: input.email } },
    });
    if (already) return fail(409, "That person is already a member.", { email: ["Already a member of this organisation."] });
    const token = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
    await db.$transaction(async (tx) => {
      const invitation = await tx.invitation.create({
        data: {
          organizationId: ctx.org.id,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          expiresAt,
          invitedById: ctx.user.id,
        },
      });
      await recordAudit(tx, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "member.invited",
        target: invitation.id,
        detail: { email: input.email, role: input.role },
      });
    });
    return ok({ token, expiresAt }, `Invitation created for ${input.email}.`);
  },
});

export const revokeInvitation = defineOrgAction({
  name: "member.revoke-invitation",
  minRole: "ADMIN",
  mutates: true,
  schema: revokeInvitationSchema,
  async run(db, ctx, input) {
    const { count } = await db.invitation.updateMany({
      where: { id: input.invitationId, organizationId: ctx.org.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return fail(404, "That invitation was not found or is no longer open.");
    await recordAudit(db, {
      organizationId: ctx.org.id,
      actorUserId: ctx.user.id,
      action: "member.invitation-revoked",
      target: input.invitationId,
    });
    return ok(undefined, "Invitation revoked.");
  },
});

/** What the invitation page shows before the person accepts. Null when the link is unusable. */
export async function findOpenInvitation(db: Db, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { name: true, slug: true, kind: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) return null;
  return invitation;
}

export async function acceptInvitation(db: Db, user: SessionUser, token: string): Promise<ActionResult<{ orgSlug: string }>> {
  const invitation = await findOpenInvitation(db, token);
  if (!invitation) return fail(404, "This invitation link is invalid, expired, revoked or already used.");
  if (invitation.email !== user.email.toLowerCase()) {
    return fail(403, `This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
  }
  if (!(await emailConfirmedForInvitations(db, user.id))) {
    return fail(403, "Confirm your e-mail address first: open the link we sent you, or ask for a new one on your account page.");
  }
  const accepted = await db.$transaction(async (tx) => {
    // Claim the link atomically: of two concurrent accepts, exactly one wins.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (count === 0) return false;
    const existing = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId: user.id } },
    });
    if (!existing) {
      await tx.membership.create({ data: { organizationId: invitation.organizationId, userId: user.id, role: invitation.role } });
    }
    await recordAudit(tx, {
      organizationId: invitation.organizationId,
      actorUserId: user.id,
      action: "member.joined",
      target: user.id,
      detail: { role: invitation.role, invitationId: invitation.id },
    });
    return true;
  });
  if (!accepted) return fail(404, "This invitation link is invalid, expired, revoked or already used.");
  return ok({ orgSlug: invitation.organization.slug }, `Welcome to ${invitation.organization.name}.`);
}
