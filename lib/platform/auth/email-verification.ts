// Confirming an account's e-mail address. A new account works for its own new organisation at once;
// joining another by invitation needs a confirmed address while the server sends e-mail (without
// e-mail there is no way to confirm, and the invitation link itself is the proof). The link's
// token is stored as SHA-256, works once, for 24 hours; sending again is limited per account.
import "server-only";
import type { Db } from "../db/connect.ts";
import { fail, ok, type ActionResult } from "../http/action-result.ts";
import { hashToken, newToken } from "../security/tokens.ts";
import { hitRateLimit, type RateLimitRule } from "../security/rate-limit.ts";
import { createMailer, mailConfigured, type Mailer } from "../mail/mailer.ts";
import { appBaseUrl } from "../http/app-url.ts";
import { recordAudit } from "../audit.ts";

export const VERIFICATION_TTL_MS = 24 * 60 * 60_000;
export const VERIFICATION_SENDS_PER_ACCOUNT: RateLimitRule = { limit: 3, windowSeconds: 60 * 60 };

export const verificationLinkPath = (token: string) => `/verify-email/${token}`;

export interface VerificationDeps {
  mailer?: Mailer | null;
  now?: Date;
  onDelivery?: (delivery: Promise<void>) => void;
}

/** Whether this account may join organisations by invitation (a confirmed address, or no e-mail on this server). */
export async function emailConfirmedForInvitations(db: Db, userId: string, mailOn: boolean = mailConfigured()): Promise<boolean> {
  if (!mailOn) return true;
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return Boolean(user?.emailVerifiedAt);
}

/** Sends a confirmation link (at sign-up, and again on request, within the limit). */
export async function sendEmailVerification(db: Db, user: { id: string }, deps: VerificationDeps = {}): Promise<ActionResult<undefined>> {
  const mailer = deps.mailer === undefined ? createMailer() : deps.mailer;
  if (!mailer) return fail(409, "This server cannot send e-mail, so there is nothing to confirm.");
  const now = deps.now ?? new Date();
  const account = await db.user.findUnique({ where: { id: user.id }, select: { email: true, name: true, emailVerifiedAt: true } });
  if (!account) return fail(404, "Account not found.");
  if (account.emailVerifiedAt) return ok(undefined, "Your e-mail address is already confirmed.");
  const limit = await hitRateLimit(db, `email-verification:${user.id}`, VERIFICATION_SENDS_PER_ACCOUNT, now);
  if (!limit.allowed) return fail(429, "We have sent several links already. Wait an hour, then ask for a new one.");
  const token = newToken();
  await db.$transaction([
    db.emailVerificationToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } }),
    db.emailVerificationToken.create({
      data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + VERIFICATION_TTL_MS) },
    }),
  ]);
  const delivery = mailer
    .send({
      to: account.email,
      subject: "Confirm your e-mail address for Meyar",
      text: [
        `Hello ${account.name},`,
        "",
        "Please confirm that this is your e-mail address by opening:",
        "",
        `${appBaseUrl()}${verificationLinkPath(token)}`,
        "",
        "The link works once, within 24 hours. If you did not create a Meyar account, ignore this e-mail.",
      ].join("\n"),
    })
    .catch(() => console.error("[mail] a confirmation e-mail could not be sent"));
  deps.onDelivery?.(delivery);
  return ok(undefined, `We sent a confirmation link to ${account.email}.`);
}

export async function confirmEmail(db: Db, token: string, now: Date = new Date()): Promise<ActionResult<undefined>> {
  const invalid = fail(404, "This confirmation link has expired or was already used. Ask for a new one on your account page.");
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return invalid;
  const row = await db.emailVerificationToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true } });
  if (!row) return invalid;
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.emailVerificationToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return false;
    await tx.user.updateMany({ where: { id: row.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await recordAudit(tx, { organizationId: null, actorUserId: row.userId, action: "auth.email-verified" });
    return true;
  });
  return done ? ok(undefined, "Your e-mail address is confirmed.") : invalid;
}
