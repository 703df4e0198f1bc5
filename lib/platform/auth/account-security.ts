// The signed-in person's own sign-in security, as the account page's actions call it: two-factor
// set-up, confirmation, recovery codes, turning it off, and ending one of their sessions.
import "server-only";
import { z } from "zod";
import type { Db } from "../db/connect.ts";
import { fail, ok, validationFailure, type ActionResult } from "../http/action-result.ts";
import { hitRateLimit, SIGN_IN_PER_ACCOUNT } from "../security/rate-limit.ts";
import { disableTwoFactorSchema, secondFactorCodeSchema } from "../validation/account.ts";
import { verifyPassword } from "./password.ts";
import { NO_PASSWORD } from "./accounts.ts";
import { confirmTwoFactorSetup, regenerateRecoveryCodes, removeTwoFactor, startTwoFactorSetup } from "./two-factor.ts";
import { revokeOwnSession } from "./sessions.ts";
import type { SessionUser } from "./session-user.ts";

const WRONG_CODE = { code: ["That code is not right. Enter the newest six-digit code from your authenticator app."] };

export async function beginTwoFactorSetup(db: Db, user: SessionUser): Promise<ActionResult<undefined>> {
  const started = await startTwoFactorSetup(db, user);
  if (!started) return fail(409, "Two-factor authentication is already on.");
  return ok(undefined);
}

type CodeCheckedStep = (db: Db, userId: string, code: string, now: Date) => Promise<string[] | null>;

// Both steps that hand out recovery codes need a valid authenticator code, counted against the same limit.
async function recoveryCodesAfterCode(
  db: Db,
  user: SessionUser,
  raw: unknown,
  now: Date,
  step: CodeCheckedStep,
  message: string,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const parsed = secondFactorCodeSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  const limit = await hitRateLimit(db, `two-factor:setup:${user.id}`, SIGN_IN_PER_ACCOUNT, now);
  if (!limit.allowed) return fail(429, "Too many attempts. Wait a few minutes and try again.");
  const codes = await step(db, user.id, parsed.data.code, now);
  if (!codes) return fail(422, "Please correct the highlighted fields.", WRONG_CODE);
  return ok({ recoveryCodes: codes }, message);
}

export function confirmTwoFactor(db: Db, user: SessionUser, raw: unknown, now: Date = new Date()) {
  return recoveryCodesAfterCode(
    db,
    user,
    raw,
    now,
    confirmTwoFactorSetup,
    "Two-factor authentication is on. Keep these recovery codes somewhere safe; each works once.",
  );
}

export function newRecoveryCodes(db: Db, user: SessionUser, raw: unknown, now: Date = new Date()) {
  return recoveryCodesAfterCode(db, user, raw, now, regenerateRecoveryCodes, "New recovery codes: the old ones no longer work.");
}

/** Turning two-factor off needs the password, and is refused while an organisation requires it. */
export async function turnOffTwoFactor(db: Db, user: SessionUser, raw: unknown): Promise<ActionResult<undefined>> {
  const parsed = disableTwoFactorSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  const requiring = await db.membership.findFirst({
    where: { userId: user.id, organization: { requireTwoFactor: true } },
    select: { organization: { select: { name: true } } },
  });
  if (requiring) return fail(409, `${requiring.organization.name} requires two-factor authentication, so it cannot be turned off.`);
  const limit = await hitRateLimit(db, `sign-in:account-password-change:${user.id}`, SIGN_IN_PER_ACCOUNT);
  if (!limit.allowed) return fail(429, "Too many attempts. Wait a few minutes and try again.");
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (account && account.passwordHash === null) return fail(409, NO_PASSWORD);
  if (!account?.passwordHash || !(await verifyPassword(parsed.data.password, account.passwordHash))) {
    return fail(422, "Please correct the highlighted fields.", { password: ["That is not your current password."] });
  }
  const removed = await removeTwoFactor(db, user.id, { organizationId: null, actorUserId: user.id, action: "auth.two-factor-disabled" });
  if (!removed) return fail(409, "Two-factor authentication is already off.");
  return ok(undefined, "Two-factor authentication is off. Every session of your account has ended; sign in again.");
}

const sessionIdSchema = z.object({ sessionId: z.string().min(1).max(64) });

export async function endOneSession(db: Db, user: SessionUser, raw: unknown): Promise<ActionResult<undefined>> {
  const parsed = sessionIdSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  if (!(await revokeOwnSession(db, user.id, parsed.data.sessionId))) return fail(404, "That session has already ended.");
  return ok(undefined, "That session has ended.");
}
