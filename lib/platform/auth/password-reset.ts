// Password reset. A reset link carries a random token; only its SHA-256 is stored, it works once and
// expires. Asking for a link answers the same whether or not the address has an account (and the
// e-mail is sent without waiting, so the answer takes the same time too). Limits: per client
// address (refused openly: it says nothing about any account) and per account (silently: no more
// mail, same answer). Choosing the new password ends every session of the account, everywhere.
import "server-only";
import type { Db } from "../db/connect.ts";
import { fail, ok, validationFailure, type ActionResult } from "../http/action-result.ts";
import { hashToken, newToken } from "../security/tokens.ts";
import { hitRateLimit, type RateLimitRule } from "../security/rate-limit.ts";
import { createMailer, type Mailer } from "../mail/mailer.ts";
import { appBaseUrl } from "../http/app-url.ts";
import { hashPassword } from "./password.ts";
import { passwordResetRequestSchema, passwordResetSchema } from "../validation/account.ts";
import { passwordWeakness } from "../validation/password-policy.ts";
import { recordAudit } from "../audit.ts";
import { NO_PASSWORD } from "./accounts.ts";

/** A link e-mailed to the person. */
export const RESET_TTL_MS = 60 * 60_000;
/** A link an owner issues for a member and hands over in person (shown once). */
export const OWNER_ISSUED_RESET_TTL_MS = 24 * 60 * 60_000;
export const RESET_REQUESTS_PER_IP: RateLimitRule = { limit: 10, windowSeconds: 60 * 60 };
export const RESET_REQUESTS_PER_ACCOUNT: RateLimitRule = { limit: 3, windowSeconds: 60 * 60 };

export const RESET_REQUESTED_MESSAGE =
  "If an account exists for that address, we have sent it a link to choose a new password. The link works once, within an hour.";

export const resetLinkPath = (token: string) => `/reset-password/${token}`;

/**
 * Creates a reset token for an account: earlier unused links of the account stop working. Returns
 * the token (to e-mail or to show once); only its hash is stored.
 */
export async function issuePasswordResetToken(
  db: Db,
  userId: string,
  options: { ttlMs: number; issuedById?: string; now?: Date },
): Promise<string> {
  const now = options.now ?? new Date();
  const token = newToken();
  await db.$transaction([
    db.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } }),
    db.passwordResetToken.create({
      data: {
        userId,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + options.ttlMs),
        issuedById: options.issuedById ?? null,
      },
    }),
  ]);
  return token;
}

export interface ResetRequestDeps {
  mailer?: Mailer | null;
  now?: Date;
  /** Called with the delivery promise (tests wait on it); the request itself never waits for SMTP. */
  onDelivery?: (delivery: Promise<void>) => void;
}

export async function requestPasswordReset(
  db: Db,
  raw: unknown,
  clientIp: string | null,
  deps: ResetRequestDeps = {},
): Promise<ActionResult<undefined>> {
  const parsed = passwordResetRequestSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  const mailer = deps.mailer === undefined ? createMailer() : deps.mailer;
  if (!mailer) return fail(409, "This server cannot send e-mail. Ask an owner of your organisation for a password-reset link.");
  const now = deps.now ?? new Date();
  const { email } = parsed.data;
  const perIp = await hitRateLimit(db, `password-reset:ip:${clientIp ?? "unknown"}`, RESET_REQUESTS_PER_IP, now);
  if (!perIp.allowed) return fail(429, "Too many reset requests from this network. Wait an hour and try again.");
  // Counted per address asked for, whether or not it has an account, so the count itself reveals nothing.
  const perAccount = await hitRateLimit(db, `password-reset:account:${email}`, RESET_REQUESTS_PER_ACCOUNT, now);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, passwordHash: true } });
  // An account created by single sign-on has no password to reset (the same answer, nothing sent).
  if (user?.passwordHash && perAccount.allowed) {
    const token = await issuePasswordResetToken(db, user.id, { ttlMs: RESET_TTL_MS, now });
    await recordAudit(db, {
      organizationId: null,
      actorUserId: user.id,
      action: "auth.password-reset-requested",
      detail: ipDetail(clientIp),
    });
    const link = `${appBaseUrl()}${resetLinkPath(token)}`;
    const delivery = mailer
      .send({
        to: email,
        subject: "Choose a new Meyar password",
        text: [
          `Hello ${user.name},`,
          "",
          "Someone (hopefully you) asked to reset the password of your Meyar account. To choose a new password, open:",
          "",
          link,
          "",
          "The link works once, within an hour. Choosing a new password signs your account out on every device.",
          "If you did not ask for this, ignore this e-mail: your password stays as it is.",
        ].join("\n"),
      })
      // The message holds a live link: never log it, only that sending failed.
      .catch(() => console.error("[mail] a password-reset e-mail could not be sent"));
    deps.onDelivery?.(delivery);
  }
  return ok(undefined, RESET_REQUESTED_MESSAGE);
}

export type ResetLinkState = "valid" | "invalid";

/** Whether a link still works (for the page; the reset itself checks again, atomically). */
export async function resetLinkState(db: Db, token: string, now: Date = new Date()): Promise<ResetLinkState> {
  if (token.length < 20 || token.length > 100) return "invalid";
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true } });
  return row && !row.usedAt && row.expiresAt > now ? "valid" : "invalid";
}

const INVALID_LINK = "This reset link has expired or was already used. Ask for a new one from the sign-in page.";

export async function resetPassword(
  db: Db,
  raw: unknown,
  clientIp: string | null,
  now: Date = new Date(),
): Promise<ActionResult<undefined>> {
  const parsed = passwordResetSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  const { token, newPassword } = parsed.data;
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      usedAt: true,
      expiresAt: true,
      issuedById: true,
      user: { select: { id: true, email: true, name: true, passwordHash: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return fail(410, INVALID_LINK);
  // A link an owner issued for an account created by single sign-on does not give it a password.
  if (row.user.passwordHash === null) return fail(409, NO_PASSWORD);
  const personal = passwordWeakness(newPassword, [row.user.email.split("@")[0] ?? "", ...row.user.name.split(/\s+/)]);
  if (personal) return fail(422, "Please correct the highlighted fields.", { newPassword: [personal] });
  const passwordHash = await hashPassword(newPassword);
  const done = await db.$transaction(async (tx) => {
    // Spent exactly once, even when the link is submitted twice at the same moment.
    const { count } = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return false;
    await tx.passwordResetToken.updateMany({ where: { userId: row.user.id, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.session.updateMany({ where: { userId: row.user.id, revokedAt: null }, data: { revokedAt: now } });
    await tx.signInChallenge.deleteMany({ where: { userId: row.user.id } });
    await recordAudit(tx, {
      organizationId: null,
      actorUserId: row.user.id,
      action: "auth.password-reset",
      detail: { via: row.issuedById ? "owner-issued-link" : "e-mail", ...ipDetail(clientIp) },
    });
    return true;
  });
  if (!done) return fail(410, INVALID_LINK);
  return ok(undefined, "Your password was changed and every session of your account has ended. Sign in with the new password.");
}

function ipDetail(clientIp: string | null): { ip?: string } {
  return clientIp ? { ip: clientIp } : {};
}
