// Single sign-on, applied to the database: an identity provider's profile that ./oidc-policy.ts
// accepts becomes a Meyar account (created, or linked by its verified e-mail address), a membership
// of the mapped organisation with the default role at the first SSO sign-in, and a server-side
// session record (./sessions.ts) exactly like a password sign-in's. Refusals are audited and create
// nothing. lib/platform/auth/config.ts calls this from Auth.js's signIn callback.
import "server-only";
import type { Db } from "../db/connect.ts";
import { recordAudit } from "../audit.ts";
import { createSession } from "./sessions.ts";
import { decideOidcSignIn, type DomainMap, type OidcRefusal } from "./oidc-policy.ts";
import type { SessionUser } from "./session-user.ts";

export type OidcSignInRefusal = OidcRefusal | "organization" | "other-identity";

export type OidcSignIn =
  | {
      ok: true;
      user: SessionUser & { sessionVersion: number };
      sessionId: string;
      /** "created": a new account; "linked": an existing account taken on by SSO; "returning": signed in with SSO before. */
      account: "created" | "linked" | "returning";
    }
  | { ok: false; reason: OidcSignInRefusal };

export interface OidcSignInContext {
  issuer: string;
  domains: DomainMap;
  ip: string | null;
  userAgent: string | null;
  now?: Date;
}

const isUniqueViolation = (e: unknown) => typeof e === "object" && e !== null && "code" in e && e.code === "P2002";

export async function signInWithOidc(db: Db, profile: Record<string, unknown>, ctx: OidcSignInContext): Promise<OidcSignIn> {
  const now = ctx.now ?? new Date();
  const ip = ctx.ip ? { ip: ctx.ip } : {};
  const refuse = async (reason: OidcSignInRefusal, detail: Record<string, string> = {}, actorUserId: string | null = null) => {
    // Who was refused, as far as it is safe to say: the domain (not the address) and why.
    await recordAudit(db, { organizationId: null, actorUserId, action: "auth.sso-refused", detail: { ...ip, reason, ...detail } });
    return { ok: false as const, reason };
  };
  const decision = decideOidcSignIn(profile, ctx.domains);
  if (!decision.ok) return refuse(decision.reason, decision.domain ? { domain: decision.domain } : {});
  const { email, name, domain, mapping } = decision;
  const identity = `${ctx.issuer} ${decision.subject}`;
  const org = await db.organization.findUnique({ where: { slug: mapping.organizationSlug }, select: { id: true } });
  // A mapping to an organisation that does not exist is the operator's mistake: nothing is created.
  if (!org) return refuse("organization", { domain });

  const attempt = () =>
    db.$transaction(async (tx) => {
      const select = { id: true, email: true, name: true, sessionVersion: true, oidcSubject: true, emailVerifiedAt: true } as const;
      let user = await tx.user.findUnique({ where: { email }, select });
      let account: "created" | "linked" | "returning";
      if (!user) {
        user = await tx.user.create({ data: { email, name, passwordHash: null, emailVerifiedAt: now, oidcSubject: identity }, select });
        account = "created";
      } else if (user.oidcSubject === identity) {
        account = "returning";
      } else if (user.oidcSubject?.startsWith(`${ctx.issuer} `)) {
        // The address now belongs to another person at the same identity provider (e.g. reissued
        // after someone left): they do not inherit the account.
        return { refused: "other-identity" as const, userId: user.id };
      } else {
        // The provider verified the address, so the person holds it. An account nobody had confirmed
        // may have been registered by someone else in advance: its password, second factor and
        // sessions end, and from now on it signs in through SSO only.
        const unconfirmed = !user.emailVerifiedAt;
        if (unconfirmed) {
          await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
          await tx.twoFactor.deleteMany({ where: { userId: user.id } });
          await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
          await tx.signInChallenge.deleteMany({ where: { userId: user.id } });
          await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
        }
        user = await tx.user.update({
          where: { id: user.id },
          data: {
            oidcSubject: identity,
            emailVerifiedAt: user.emailVerifiedAt ?? now,
            ...(unconfirmed ? { passwordHash: null, sessionVersion: { increment: 1 } } : {}),
          },
          select,
        });
        await recordAudit(tx, {
          organizationId: null,
          actorUserId: user.id,
          action: "auth.sso-linked",
          detail: { ...ip, passwordRemoved: unconfirmed },
        });
        account = "linked";
      }
      // The mapping grants a membership when SSO first takes on the account; a membership that
      // exists keeps its role, and one an owner removed later is not given back by signing in again.
      if (account !== "returning") {
        const existing = await tx.membership.findUnique({
          where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
          select: { id: true },
        });
        if (!existing) {
          await tx.membership.create({ data: { organizationId: org.id, userId: user.id, role: mapping.role } });
          await recordAudit(tx, {
            organizationId: org.id,
            actorUserId: user.id,
            action: "member.joined-by-sso",
            target: user.id,
            detail: { role: mapping.role, domain },
          });
        }
      }
      const sessionId = await createSession(tx, user.id, { userAgent: ctx.userAgent, ip: ctx.ip, method: "oidc" });
      await recordAudit(tx, { organizationId: null, actorUserId: user.id, action: "auth.signed-in", detail: { ...ip, method: "sso" } });
      const { id, sessionVersion } = user;
      return { refused: null, sessionId, account, user: { id, email: user.email, name: user.name, sessionVersion } };
    });

  let result: Awaited<ReturnType<typeof attempt>>;
  try {
    result = await attempt();
  } catch (e) {
    // The same person's first sign-in racing in two tabs: the second sees the account the first made.
    if (!isUniqueViolation(e)) throw e;
    result = await attempt();
  }
  if (result.refused) return refuse(result.refused, { domain }, result.userId);
  return { ok: true, user: result.user, sessionId: result.sessionId, account: result.account };
}
