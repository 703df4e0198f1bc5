// What an organisation's owners decide about its members' sign-in: the "members must use
// two-factor" policy (enforced by the access guard), resetting a member's second factor, and a
// one-time password-reset link for a member when the server cannot send e-mail. Only for members
// whose account belongs to this organisation alone: an owner here must not be able to weaken an
// account that also opens another organisation's data.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { OrgContext } from "../../platform/access/access.ts";
import { defineOrgAction } from "../access/action.ts";
import { fail, ok, type ActionFailure } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import { hasTwoFactor, removeTwoFactor } from "../../platform/auth/two-factor.ts";
import { issuePasswordResetToken, OWNER_ISSUED_RESET_TTL_MS, resetLinkPath } from "../../platform/auth/password-reset.ts";
import { appBaseUrl } from "../../platform/http/app-url.ts";
import { memberAccountSchema, twoFactorPolicySchema } from "./validation.ts";

export const setTwoFactorPolicy = defineOrgAction({
  name: "org.two-factor-policy",
  minRole: "OWNER",
  mutates: true,
  schema: twoFactorPolicySchema,
  async run(db, ctx, input) {
    if (input.required && !(await hasTwoFactor(db, ctx.user.id))) {
      return fail(409, "Turn on two-factor authentication for your own account first, so that you are not locked out.");
    }
    if (ctx.org.requireTwoFactor === input.required) return ok(undefined, "Nothing changed.");
    await db.$transaction(async (tx) => {
      await tx.organization.update({ where: { id: ctx.org.id }, data: { requireTwoFactor: input.required } });
      await recordAudit(tx, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "org.two-factor-policy-changed",
        detail: { required: input.required },
      });
    });
    return ok(
      undefined,
      input.required
        ? "Members must now use two-factor authentication. Anyone without it is asked to set it up before they can continue."
        : "Two-factor authentication is now optional for members.",
    );
  },
});

/** The member named by a membership of this organisation, if an owner may act on their account. */
async function memberAccount(db: Db, ctx: OrgContext, membershipId: string): Promise<{ userId: string; name: string } | ActionFailure> {
  const target = await db.membership.findFirst({
    where: { id: membershipId, organizationId: ctx.org.id },
    select: { userId: true, user: { select: { name: true } } },
  });
  if (!target) return fail(404, "That member was not found.");
  if (target.userId === ctx.user.id) return fail(409, "This is your own account: manage it on your account page.");
  const elsewhere = await db.membership.count({ where: { userId: target.userId, organizationId: { not: ctx.org.id } } });
  if (elsewhere > 0) {
    return fail(
      409,
      `${target.user.name} also belongs to another organisation, so only they can change how they sign in (from the sign-in page or their account page).`,
    );
  }
  return { userId: target.userId, name: target.user.name };
}

export const resetMemberTwoFactor = defineOrgAction({
  name: "member.reset-two-factor",
  minRole: "OWNER",
  mutates: true,
  schema: memberAccountSchema,
  async run(db, ctx, input) {
    const member = await memberAccount(db, ctx, input.membershipId);
    if ("ok" in member) return member;
    const removed = await removeTwoFactor(db, member.userId, {
      organizationId: ctx.org.id,
      actorUserId: ctx.user.id,
      action: "member.two-factor-reset",
    });
    if (!removed) return fail(409, `${member.name} has no second factor to reset.`);
    return ok(
      undefined,
      `${member.name}'s second factor was removed and every session of their account has ended. They sign in with their password${
        ctx.org.requireTwoFactor ? " and are asked to set up two-factor again" : ""
      }.`,
    );
  },
});

export const issueMemberPasswordReset = defineOrgAction({
  name: "member.issue-password-reset",
  minRole: "OWNER",
  mutates: true,
  schema: memberAccountSchema,
  async run(db, ctx, input) {
    const member = await memberAccount(db, ctx, input.membershipId);
    if ("ok" in member) return member;
    const token = await issuePasswordResetToken(db, member.userId, { ttlMs: OWNER_ISSUED_RESET_TTL_MS, issuedById: ctx.user.id });
    // The link itself is never recorded; only that one was issued, and by whom.
    await recordAudit(db, {
      organizationId: ctx.org.id,
      actorUserId: ctx.user.id,
      action: "member.password-reset-issued",
      target: member.userId,
    });
    return ok(
      { link: `${appBaseUrl()}${resetLinkPath(token)}` },
      `Give this link to ${member.name} in person or by a channel you trust. It works once, within 24 hours, and is shown only now.`,
    );
  },
});
