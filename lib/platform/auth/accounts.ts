// Sign-up and credential checks. Framework-free: lib/platform/auth/config.ts wires these into Auth.js.
import "server-only";
import type { Db } from "../db/connect.ts";
import { fail, ok, validationFailure, type ActionResult } from "../http/action-result.ts";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password.ts";
import {
  clearRateLimit,
  hitRateLimit,
  SIGN_IN_ACCOUNT_FAILURES,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_IP,
  signInAllowance,
} from "../security/rate-limit.ts";
import type { SessionUser } from "./session-user.ts";
import { changePasswordSchema, signInSchema, signUpSchema } from "../validation/account.ts";
import { passwordWeakness } from "../validation/password-policy.ts";
import { recordAudit } from "../audit.ts";
import { hasTwoFactor } from "./two-factor.ts";

export async function signUp(db: Db, raw: unknown): Promise<ActionResult<SessionUser>> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  const { name, email, password } = parsed.data;
  const exists = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (exists)
    return fail(409, "An account with that e-mail already exists.", {
      email: ["An account with that e-mail already exists. Sign in instead."],
    });
  try {
    const user = await db.user.create({
      data: { name, email, passwordHash: await hashPassword(password) },
      select: { id: true, email: true, name: true },
    });
    return ok(user);
  } catch (e) {
    if (typeof e === "object" && e && "code" in e && e.code === "P2002") {
      return fail(409, "An account with that e-mail already exists.", {
        email: ["An account with that e-mail already exists. Sign in instead."],
      });
    }
    throw e;
  }
}

/** The answer to a password operation on an account created by single sign-on, which has none. */
export const NO_PASSWORD = "Your account signs in through single sign-on and has no password in Meyar; your identity provider manages it.";

export const signInPairKey = (email: string, address: string) => `sign-in:account-ip:${email}:${address}`;

export type CredentialCheck =
  | { ok: true; user: SessionUser & { sessionVersion: number }; twoFactor: boolean }
  | { ok: false; reason: "invalid" | "rate-limited"; retryAfterSeconds?: number };

export async function checkCredentials(db: Db, raw: unknown, clientIp: string | null): Promise<CredentialCheck> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const address = clientIp ?? "unknown";
  const pairKey = signInPairKey(email, address);
  const failureKey = `sign-in:account-failures:${email}`;
  const failures = await db.rateLimitBucket.findUnique({ where: { key: failureKey } });
  const recentFailures =
    failures && failures.windowStart.getTime() + SIGN_IN_ACCOUNT_FAILURES.windowSeconds * 1000 > Date.now() ? failures.count : 0;
  const verdicts = await Promise.all([
    hitRateLimit(db, pairKey, { ...SIGN_IN_PER_ACCOUNT, limit: signInAllowance(recentFailures) }),
    hitRateLimit(db, `sign-in:ip:${address}`, SIGN_IN_PER_IP),
  ]);
  const blocked = verdicts.find((v) => !v.allowed);
  if (blocked) return { ok: false, reason: "rate-limited", retryAfterSeconds: blocked.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !valid) await hitRateLimit(db, failureKey, SIGN_IN_ACCOUNT_FAILURES);
  if (!user) return { ok: false, reason: "invalid" };
  // Sign-ins belong to the person, not to one organisation; each organisation's audit log shows its members'.
  const audit = { organizationId: null, actorUserId: user.id, detail: clientIp ? { ip: clientIp } : undefined };
  if (!valid) {
    await recordAudit(db, { ...audit, action: "auth.sign-in-failed" });
    return { ok: false, reason: "invalid" };
  }
  // Only this address's count is cleared: the account's failures elsewhere keep slowing others.
  await clearRateLimit(db, pairKey);
  // With a second factor the sign-in is complete only after the code (lib/platform/auth/sign-in.ts).
  const twoFactor = await hasTwoFactor(db, user.id);
  await recordAudit(db, { ...audit, action: twoFactor ? "auth.password-accepted" : "auth.signed-in" });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion }, twoFactor };
}

/**
 * Changes a signed-in user's password after checking the current one. Bumps sessionVersion, which
 * ends every session of the account, on every server, including the one that made the change.
 * Wrong current passwords count against the same limit as sign-in attempts.
 */
export async function changePassword(db: Db, user: SessionUser, raw: unknown): Promise<ActionResult<undefined>> {
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  const { currentPassword, newPassword } = parsed.data;
  const personal = passwordWeakness(newPassword, [user.email.split("@")[0] ?? "", ...user.name.split(/\s+/)]);
  if (personal) return fail(422, "Please correct the highlighted fields.", { newPassword: [personal] });
  const limit = await hitRateLimit(db, `sign-in:account-password-change:${user.id}`, SIGN_IN_PER_ACCOUNT);
  if (!limit.allowed) return fail(429, "Too many attempts. Wait a few minutes and try again.");
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (account && account.passwordHash === null) return fail(409, NO_PASSWORD);
  if (!account?.passwordHash || !(await verifyPassword(currentPassword, account.passwordHash))) {
    return fail(422, "Please correct the highlighted fields.", { currentPassword: ["That is not your current password."] });
  }
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } } }),
    db.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } }),
    db.auditEvent.create({ data: { organizationId: null, actorUserId: user.id, action: "auth.password-changed" } }),
  ]);
  await clearRateLimit(db, `sign-in:account:${user.email}`);
  return ok(undefined, "Password changed. Every session of your account has ended; sign in with the new password.");
}
