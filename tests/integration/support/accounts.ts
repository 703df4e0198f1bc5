// What the account tests share: a fixed clock, sign-up, turning two-factor on, reading a link out of an e-mail.
import { signUp } from "../../../lib/platform/auth/accounts.ts";
import { confirmTwoFactorSetup, startTwoFactorSetup, totpCode } from "../../../lib/platform/auth/two-factor.ts";
import type { SessionUser } from "../../../lib/platform/access/access.ts";
import type { Db } from "../../../lib/platform/db/connect.ts";

export const T0 = new Date("2026-12-02T15:00:00.000Z");
export const at = (ms: number) => new Date(T0.getTime() + ms);

export async function account(db: Db, name: string, email: string, password: string): Promise<SessionUser> {
  const r = await signUp(db, { name, email, password });
  if (!r.ok) throw new Error(`sign-up failed: ${r.error}`);
  return r.data;
}

/** Turns on two-factor for a user at time `now` and returns the secret (as the app's set-up screen shows it). */
export async function enrol(db: Db, user: SessionUser, now: Date): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await startTwoFactorSetup(db, user);
  if (!setup) throw new Error("set-up refused");
  const secret = setup.manualKey.replace(/\s+/g, "");
  const codes = await confirmTwoFactorSetup(db, user.id, totpCode(secret, now), now);
  if (!codes) throw new Error("confirmation refused");
  return { secret, recoveryCodes: codes };
}

/** The reset link's token out of a received e-mail (quoted-printable soft breaks removed). */
export function tokenFromMail(raw: string): string {
  const body = raw.replace(/=\r?\n/g, "");
  const m = /\/reset-password\/([A-Za-z0-9_-]{20,})/.exec(body);
  if (!m?.[1]) throw new Error("no reset link in the e-mail");
  return m[1];
}

export async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
}
