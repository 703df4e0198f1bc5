// Two-factor authentication with time-based one-time passwords (TOTP, RFC 6238, through `otpauth`)
// and ten single-use recovery codes. The TOTP secret is sealed at rest (AES-256-GCM under the
// installation secret); recovery codes are stored as SHA-256 hashes. A code is accepted once: the
// time step it belongs to is remembered (lastUsedStep), so a code seen over a shoulder cannot be
// replayed within its window. Every function takes `now`, so tests control the clock.
import "server-only";
import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import type { Db } from "../db/connect.ts";
import { seal, unseal } from "../security/seal.ts";
import { hashToken } from "../security/tokens.ts";
import { recordAudit } from "../audit.ts";

const ISSUER = "Meyar";
const PERIOD_SECONDS = 30;
/** Codes of the previous and the next time step are accepted too (clock drift of the phone). */
const WINDOW = 1;
const SEAL_PURPOSE = "totp-secret";
export const RECOVERY_CODE_COUNT = 10;
// Crockford-like alphabet without look-alikes (0/O, 1/I/L): 10 characters ≈ 50 bits.
const RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

function totp(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

const stepAt = (now: Date) => Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);

/** The six-digit code of a secret at a moment (tests and the e2e spec compute codes with it). */
export function totpCode(secretBase32: string, now: Date = new Date()): string {
  return totp(secretBase32, "x").generate({ timestamp: now.getTime() });
}

/** The time step a code belongs to, or null when it is not valid around `now`. */
export function matchTotpStep(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32, "x").validate({ token, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? null : stepAt(now) + delta;
}

export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

function newRecoveryCode(): string {
  let s = "";
  for (let i = 0; i < 10; i++) s += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

export async function twoFactorStatus(db: Db, userId: string): Promise<TwoFactorStatus> {
  const [factor, left] = await Promise.all([
    db.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabled: Boolean(factor?.enabledAt), enabledAt: factor?.enabledAt ?? null, recoveryCodesLeft: factor?.enabledAt ? left : 0 };
}

export async function hasTwoFactor(db: Pick<Db, "twoFactor">, userId: string): Promise<boolean> {
  const factor = await db.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  return Boolean(factor?.enabledAt);
}

export interface PendingSetup {
  /** The key to type into an authenticator app by hand (base32, grouped in fours). */
  manualKey: string;
  /** otpauth:// URI, the content of the QR code. */
  uri: string;
  /** The QR code as an SVG data URL, rendered on the server (no network). */
  qrDataUrl: string;
}

/**
 * Starts (or restarts) setting up an authenticator app: a new secret, stored sealed and not yet
 * enabled. Refused while a factor is enabled (turn it off first), so a stolen session cannot
 * silently replace it.
 */
export async function startTwoFactorSetup(db: Db, user: { id: string; email: string }): Promise<PendingSetup | null> {
  const existing = await db.twoFactor.findUnique({ where: { userId: user.id }, select: { enabledAt: true } });
  if (existing?.enabledAt) return null;
  const secret = new Secret({ size: 20 }).base32;
  await db.twoFactor.upsert({
    where: { userId: user.id },
    create: { userId: user.id, secretSealed: seal(secret, SEAL_PURPOSE) },
    update: { secretSealed: seal(secret, SEAL_PURPOSE), lastUsedStep: 0, createdAt: new Date() },
  });
  return pendingSetupView(secret, user.email);
}

/** The set-up screen for a secret that is pending (not enabled) — null when none is pending. */
export async function pendingTwoFactorSetup(db: Db, user: { id: string; email: string }): Promise<PendingSetup | null> {
  const factor = await db.twoFactor.findUnique({ where: { userId: user.id } });
  if (!factor || factor.enabledAt) return null;
  const secret = unseal(factor.secretSealed, SEAL_PURPOSE);
  return secret ? pendingSetupView(secret, user.email) : null;
}

async function pendingSetupView(secret: string, email: string): Promise<PendingSetup> {
  const uri = totp(secret, email).toString();
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return {
    manualKey: secret.replace(/(.{4})/g, "$1 ").trim(),
    uri,
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

/**
 * Confirms set-up with a code from the app. On success the factor is enabled and ten recovery codes
 * are returned — the only time they are ever shown; only their hashes are kept.
 */
export async function confirmTwoFactorSetup(db: Db, userId: string, code: string, now: Date = new Date()): Promise<string[] | null> {
  const factor = await db.twoFactor.findUnique({ where: { userId } });
  if (!factor || factor.enabledAt) return null;
  const secret = unseal(factor.secretSealed, SEAL_PURPOSE);
  const step = secret ? matchTotpStep(secret, code, now) : null;
  if (step === null) return null;
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.$transaction(async (tx) => {
    const { count } = await tx.twoFactor.updateMany({ where: { userId, enabledAt: null }, data: { enabledAt: now, lastUsedStep: step } });
    if (count === 0) throw new Error("two-factor set-up confirmed concurrently");
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashToken(normaliseRecoveryCode(c)) })) });
    await recordAudit(tx, { organizationId: null, actorUserId: userId, action: "auth.two-factor-enabled" });
  });
  return codes;
}

export type SecondFactorCheck = { ok: true; method: "totp" | "recovery-code" } | { ok: false };

/**
 * Checks a second factor: a six-digit TOTP code (accepted once per time step) or an unused
 * recovery code (then spent). Both updates are conditional, so two concurrent uses of one code
 * cannot both pass.
 */
export async function verifySecondFactor(db: Db, userId: string, code: string, now: Date = new Date()): Promise<SecondFactorCheck> {
  const factor = await db.twoFactor.findUnique({ where: { userId } });
  if (!factor?.enabledAt) return { ok: false };
  const trimmed = code.trim();
  if (/^\d[\d\s]{5,7}$/.test(trimmed)) {
    const secret = unseal(factor.secretSealed, SEAL_PURPOSE);
    const step = secret ? matchTotpStep(secret, trimmed, now) : null;
    if (step === null || step <= factor.lastUsedStep) return { ok: false };
    const { count } = await db.twoFactor.updateMany({ where: { userId, lastUsedStep: { lt: step } }, data: { lastUsedStep: step } });
    return count === 1 ? { ok: true, method: "totp" } : { ok: false };
  }
  const normalised = normaliseRecoveryCode(trimmed);
  if (normalised.length !== 10) return { ok: false };
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashToken(normalised), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? { ok: true, method: "recovery-code" } : { ok: false };
}

/** New recovery codes (the old ones stop working), shown once. Needs a current second factor. */
export async function regenerateRecoveryCodes(db: Db, userId: string, code: string, now: Date = new Date()): Promise<string[] | null> {
  const check = await verifySecondFactor(db, userId, code, now);
  if (!check.ok) return null;
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashToken(normaliseRecoveryCode(c)) })) }),
    db.auditEvent.create({ data: { organizationId: null, actorUserId: userId, action: "auth.recovery-codes-regenerated" } }),
  ]);
  return codes;
}

/**
 * Removes the second factor and its recovery codes and ends every session of the account (it signs
 * in again with its password). Used when the person turns it off and when an owner resets it.
 */
export async function removeTwoFactor(
  db: Db,
  userId: string,
  audit: { organizationId: string | null; actorUserId: string; action: string },
): Promise<boolean> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.twoFactor.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    if (count === 0) return false;
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { ...audit, target: userId });
    return true;
  });
}
