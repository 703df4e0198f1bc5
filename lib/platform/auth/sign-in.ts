// Sign-in in two steps. Step 1 (beginSignIn) checks the password with all the sign-in limits of
// ./accounts.ts and, when it is right, issues a sign-in challenge: a short-lived, single-use token
// whose hash is stored. Step 2 (completeSignIn, called by the Auth.js credentials provider) turns a
// challenge into a session — after a second-factor code when the account has one. The provider
// accepts nothing but a challenge, so the password alone never yields a session of an account
// that uses two-factor, whatever a hand-made request sends.
import "server-only";
import type { Db } from "../db/connect.ts";
import { checkCredentials } from "./accounts.ts";
import { hasTwoFactor, verifySecondFactor } from "./two-factor.ts";
import { hashToken, newToken } from "../security/tokens.ts";
import { hitRateLimit, type RateLimitRule } from "../security/rate-limit.ts";
import { recordAudit } from "../audit.ts";
import type { SessionUser } from "./session-user.ts";

export const CHALLENGE_TTL_MS = 5 * 60_000;
/** Wrong codes one challenge allows before the password must be entered again. */
export const CHALLENGE_MAX_ATTEMPTS = 5;
/** Wrong second-factor codes per account, from every address. */
export const SECOND_FACTOR_PER_ACCOUNT: RateLimitRule = { limit: 10, windowSeconds: 15 * 60 };

export type SignInStart =
  | { ok: true; challenge: string; needsCode: boolean; setupRequired: boolean; userId: string }
  | { ok: false; reason: "invalid" | "rate-limited"; retryAfterSeconds?: number };

/** True when an organisation the person belongs to requires two-factor authentication. */
export async function twoFactorRequiredFor(db: Db, userId: string): Promise<boolean> {
  return (await db.membership.count({ where: { userId, organization: { requireTwoFactor: true } } })) > 0;
}

/** The name of an organisation of the person's that requires two-factor, or null. */
export async function organizationRequiringTwoFactor(db: Db, userId: string): Promise<string | null> {
  const m = await db.membership.findFirst({
    where: { userId, organization: { requireTwoFactor: true } },
    select: { organization: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return m?.organization.name ?? null;
}

export async function beginSignIn(db: Db, raw: unknown, clientIp: string | null, now: Date = new Date()): Promise<SignInStart> {
  const checked = await checkCredentials(db, raw, clientIp);
  if (!checked.ok) return checked;
  const challenge = newToken();
  await db.signInChallenge.create({
    data: {
      userId: checked.user.id,
      tokenHash: hashToken(challenge),
      expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
      ip: clientIp,
    },
  });
  const setupRequired = !checked.twoFactor && (await twoFactorRequiredFor(db, checked.user.id));
  return { ok: true, challenge, needsCode: checked.twoFactor, setupRequired, userId: checked.user.id };
}

export type SignInFinish =
  | { ok: true; user: SessionUser & { sessionVersion: number } }
  | { ok: false; reason: "expired" | "code-required" | "wrong-code" | "rate-limited" };

export async function completeSignIn(
  db: Db,
  input: { challenge?: unknown; code?: unknown },
  clientIp: string | null,
  now: Date = new Date(),
): Promise<SignInFinish> {
  if (typeof input.challenge !== "string" || input.challenge.length < 20 || input.challenge.length > 100) {
    return { ok: false, reason: "expired" };
  }
  const found = await db.signInChallenge.findUnique({ where: { tokenHash: hashToken(input.challenge) } });
  if (!found || found.usedAt || found.expiresAt <= now || found.attempts >= CHALLENGE_MAX_ATTEMPTS) {
    return { ok: false, reason: "expired" };
  }
  const user = await db.user.findUnique({
    where: { id: found.userId },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  if (!user) return { ok: false, reason: "expired" };
  const audit = { organizationId: null, actorUserId: user.id };
  const ip = clientIp ? { ip: clientIp } : {};
  let method: string | undefined;
  if (await hasTwoFactor(db, user.id)) {
    const code = typeof input.code === "string" ? input.code.slice(0, 40) : "";
    if (!code.trim()) return { ok: false, reason: "code-required" };
    const limit = await hitRateLimit(db, `sign-in:second-factor:${user.id}`, SECOND_FACTOR_PER_ACCOUNT, now);
    if (!limit.allowed) return { ok: false, reason: "rate-limited" };
    const check = await verifySecondFactor(db, user.id, code, now);
    if (!check.ok) {
      await db.signInChallenge.updateMany({ where: { id: found.id }, data: { attempts: { increment: 1 } } });
      await recordAudit(db, { ...audit, action: "auth.two-factor-failed", detail: ip });
      return { ok: false, reason: "wrong-code" };
    }
    method = check.method;
  }
  // Spent exactly once, even when two requests race with the same challenge.
  const { count } = await db.signInChallenge.updateMany({
    where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return { ok: false, reason: "expired" };
  if (method) await recordAudit(db, { ...audit, action: "auth.signed-in", detail: { ...ip, secondFactor: method } });
  return { ok: true, user };
}
