// Issue 17, accounts: password reset by e-mail (single use, expiry, same answer for unknown
// addresses, limits, sessions ended), TOTP two-factor with a controlled clock, recovery codes, the
// two-step sign-in, the organisation's "members must use two-factor" policy, an owner resetting a
// member's factor or issuing a reset link, and the sessions list — on a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "../../lib/platform/auth/accounts.ts";
import {
  issuePasswordResetToken,
  requestPasswordReset,
  RESET_REQUESTED_MESSAGE,
  RESET_REQUESTS_PER_ACCOUNT,
  RESET_REQUESTS_PER_IP,
  RESET_TTL_MS,
  resetLinkState,
  resetPassword,
} from "../../lib/platform/auth/password-reset.ts";
import { createSession, listActiveSessions, revokeOwnSession, userOfSession } from "../../lib/platform/auth/sessions.ts";
import {
  confirmTwoFactorSetup,
  pendingTwoFactorSetup,
  startTwoFactorSetup,
  totpCode,
  verifySecondFactor,
} from "../../lib/platform/auth/two-factor.ts";
import { beginSignIn, CHALLENGE_MAX_ATTEMPTS, CHALLENGE_TTL_MS, completeSignIn } from "../../lib/platform/auth/sign-in.ts";
import { confirmTwoFactor, turnOffTwoFactor } from "../../lib/platform/auth/account-security.ts";
import { createMailer } from "../../lib/platform/mail/mailer.ts";
import { issueMemberPasswordReset, resetMemberTwoFactor, setTwoFactorPolicy } from "../../lib/features/org/account-security.ts";
import { updateOrganization } from "../../lib/features/org/organizations.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import type { Db } from "../../lib/platform/db/connect.ts";
import { startSmtpSink } from "./support/smtp-sink.ts";
import {
  confirmEmail,
  emailConfirmedForInvitations,
  sendEmailVerification,
  VERIFICATION_SENDS_PER_ACCOUNT,
  VERIFICATION_TTL_MS,
} from "../../lib/platform/auth/email-verification.ts";
import { acceptInvitation } from "../../lib/features/org/invitations.ts";
import { hashToken, newToken } from "../../lib/platform/security/tokens.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const T0 = new Date("2026-12-02T15:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

async function account(db: Db, name: string, email: string, password: string): Promise<SessionUser> {
  const r = await signUp(db, { name, email, password });
  if (!r.ok) throw new Error(`sign-up failed: ${r.error}`);
  return r.data;
}

/** Turns on two-factor for a user at time `now` and returns the secret (as the app's set-up screen shows it). */
async function enrol(db: Db, user: SessionUser, now: Date): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await startTwoFactorSetup(db, user);
  if (!setup) throw new Error("set-up refused");
  const secret = setup.manualKey.replace(/\s+/g, "");
  const codes = await confirmTwoFactorSetup(db, user.id, totpCode(secret, now), now);
  if (!codes) throw new Error("confirmation refused");
  return { secret, recoveryCodes: codes };
}

/** The reset link's token out of a received e-mail (quoted-printable soft breaks removed). */
function tokenFromMail(raw: string): string {
  const body = raw.replace(/=\r?\n/g, "");
  const m = /\/reset-password\/([A-Za-z0-9_-]{20,})/.exec(body);
  if (!m?.[1]) throw new Error("no reset link in the e-mail");
  return m[1];
}

async function waitFor(check: () => boolean, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(enginesUnderTest())("account security on %s", (engine) => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp?.stop();
    await t?.dispose();
  });

  describe("password reset by e-mail", () => {
    let dana: SessionUser;
    const mailer = () => createMailer({ SMTP_URL: smtp.url });
    beforeAll(async () => {
      dana = await account(t.db, "Dana Karimi", "dana@bank.example", "correct horse battery");
    });

    it("answers the same for an address with and without an account, and mails only the real one", async () => {
      const deliveries: Promise<void>[] = [];
      const deps = { mailer: mailer(), onDelivery: (d: Promise<void>) => deliveries.push(d) };
      const known = await requestPasswordReset(t.db, { email: "Dana@Bank.example" }, "192.0.2.10", deps);
      const unknown = await requestPasswordReset(t.db, { email: "nobody@bank.example" }, "192.0.2.10", deps);
      expect(known).toEqual({ ok: true, data: undefined, message: RESET_REQUESTED_MESSAGE });
      expect(unknown).toEqual(known);
      await Promise.all(deliveries);
      await waitFor(() => smtp.received.length >= 1);
      expect(smtp.received.map((m) => m.to)).toEqual([["dana@bank.example"]]);
      // Only a hash of the token is stored.
      const token = tokenFromMail(smtp.received[0]!.raw);
      const rows = await t.db.passwordResetToken.findMany({ where: { userId: dana.id } });
      expect(rows).toHaveLength(1);
      expect(rows[0]!.tokenHash).not.toContain(token);
      expect(JSON.stringify(rows)).not.toContain(token);
      expect(await t.db.auditEvent.count({ where: { actorUserId: dana.id, action: "auth.password-reset-requested" } })).toBe(1);
    });

    it("sets the new password once, ends every session, and refuses the same link a second time", async () => {
      const token = tokenFromMail(smtp.received[0]!.raw);
      const sid = await createSession(t.db, dana.id, { userAgent: "laptop" });
      const claims = { uid: dana.id, sv: 0, sid };
      expect(await userOfSession(t.db, claims)).not.toBeNull();
      expect(await resetLinkState(t.db, token)).toBe("valid");
      // A weak password is refused and the link stays usable.
      expect(await resetPassword(t.db, { token, newPassword: "password1234" }, null)).toMatchObject({ ok: false, status: 422 });
      expect(await resetPassword(t.db, { token, newPassword: "lantern orchard tidal" }, "192.0.2.10")).toMatchObject({ ok: true });
      expect(await userOfSession(t.db, claims)).toBeNull();
      expect(await t.db.session.count({ where: { userId: dana.id, revokedAt: null } })).toBe(0);
      expect(await resetPassword(t.db, { token, newPassword: "another long passphrase" }, null)).toMatchObject({ ok: false, status: 410 });
      expect(await resetLinkState(t.db, token)).toBe("invalid");
      expect((await beginSignIn(t.db, { email: "dana@bank.example", password: "correct horse battery" }, null)).ok).toBe(false);
      expect((await beginSignIn(t.db, { email: "dana@bank.example", password: "lantern orchard tidal" }, null)).ok).toBe(true);
      expect(await t.db.auditEvent.findFirst({ where: { actorUserId: dana.id, action: "auth.password-reset" } })).toMatchObject({
        detail: { via: "e-mail", ip: "192.0.2.10" },
      });
    });

    it("refuses an expired link and a link replaced by a newer one", async () => {
      const old = await issuePasswordResetToken(t.db, dana.id, { ttlMs: RESET_TTL_MS, now: at(0) });
      expect(await resetPassword(t.db, { token: old, newPassword: "copper meadow violin" }, null, at(RESET_TTL_MS + 1))).toMatchObject({
        ok: false,
        status: 410,
      });
      const first = await issuePasswordResetToken(t.db, dana.id, { ttlMs: RESET_TTL_MS });
      const second = await issuePasswordResetToken(t.db, dana.id, { ttlMs: RESET_TTL_MS });
      expect(await resetPassword(t.db, { token: first, newPassword: "copper meadow violin" }, null)).toMatchObject({ status: 410 });
      expect(await resetPassword(t.db, { token: second, newPassword: "copper meadow violin" }, null)).toMatchObject({ ok: true });
      expect(await resetPassword(t.db, { token: "x".repeat(43), newPassword: "copper meadow violin" }, null)).toMatchObject({
        status: 410,
      });
    });

    it("stops mailing one account after its limit, with the same answer, and limits one client address openly", async () => {
      await t.db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "password-reset:" } } });
      const before = smtp.received.length;
      const deliveries: Promise<void>[] = [];
      const deps = { mailer: mailer(), onDelivery: (d: Promise<void>) => deliveries.push(d) };
      const answers = [];
      for (let i = 0; i < RESET_REQUESTS_PER_ACCOUNT.limit + 2; i++) {
        answers.push(await requestPasswordReset(t.db, { email: "dana@bank.example" }, `198.51.100.${i}`, deps));
      }
      await Promise.all(deliveries);
      await waitFor(() => smtp.received.length >= before + RESET_REQUESTS_PER_ACCOUNT.limit);
      await new Promise((r) => setTimeout(r, 200));
      expect(smtp.received.length - before).toBe(RESET_REQUESTS_PER_ACCOUNT.limit);
      for (const a of answers) expect(a).toEqual(answers[0]);

      for (let i = 0; i < RESET_REQUESTS_PER_IP.limit; i++)
        await requestPasswordReset(t.db, { email: `x${i}@nowhere.example` }, "203.0.113.50", deps);
      expect(await requestPasswordReset(t.db, { email: "dana@bank.example" }, "203.0.113.50", deps)).toMatchObject({
        ok: false,
        status: 429,
      });
      expect(await requestPasswordReset(t.db, { email: "someone@nowhere.example" }, "203.0.113.50", deps)).toMatchObject({
        ok: false,
        status: 429,
      });
    });

    it("without e-mail configured, asks the person to go to an owner (for every address alike)", async () => {
      const a = await requestPasswordReset(t.db, { email: "dana@bank.example" }, "192.0.2.77", { mailer: null });
      const b = await requestPasswordReset(t.db, { email: "nobody@bank.example" }, "192.0.2.77", { mailer: null });
      expect(a).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/owner of your organisation/) });
      expect(b).toEqual(a);
    });
  });

  describe("two-factor authentication", () => {
    let sam: SessionUser;
    let secret: string;
    let recoveryCodes: string[];
    beforeAll(async () => {
      sam = await account(t.db, "Sam Rahimi", "sam@bank.example", "quiet harbour compass");
    });

    it("sets up with a code from the app at a controlled time and stores the secret sealed and the codes hashed", async () => {
      const setup = await startTwoFactorSetup(t.db, sam);
      if (!setup) throw new Error("no set-up");
      expect(setup.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Meyar:sam%40bank\.example\?/);
      secret = setup.manualKey.replace(/\s+/g, "");
      expect((await pendingTwoFactorSetup(t.db, sam))?.manualKey).toBe(setup.manualKey);
      // A code for another moment (five minutes later) is refused; the code of the moment is accepted.
      expect(await confirmTwoFactor(t.db, sam, { code: totpCode(secret, at(300_000)) }, T0)).toMatchObject({ ok: false, status: 422 });
      const confirmed = await confirmTwoFactor(t.db, sam, { code: totpCode(secret, T0) }, T0);
      expect(confirmed).toMatchObject({ ok: true });
      if (!confirmed.ok) return;
      recoveryCodes = confirmed.data.recoveryCodes;
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      const stored = await t.db.twoFactor.findUniqueOrThrow({ where: { userId: sam.id } });
      expect(stored.secretSealed).not.toContain(secret);
      const hashes = await t.db.recoveryCode.findMany({ where: { userId: sam.id } });
      expect(hashes).toHaveLength(10);
      for (const c of recoveryCodes) expect(JSON.stringify(hashes)).not.toContain(c.replace("-", ""));
      // Set-up cannot be restarted silently while the factor is on.
      expect(await startTwoFactorSetup(t.db, sam)).toBeNull();
    });

    it("accepts a code once, within one step of clock drift, and never again (replay)", async () => {
      const step = 30_000;
      // The confirmation used T0's step: the same code again is refused.
      expect(await verifySecondFactor(t.db, sam.id, totpCode(secret, T0), at(1000))).toEqual({ ok: false });
      // The next step's code, read 25 s late (one step of drift), is accepted once.
      const next = totpCode(secret, at(step));
      expect(await verifySecondFactor(t.db, sam.id, next, at(step + 25_000))).toEqual({ ok: true, method: "totp" });
      expect(await verifySecondFactor(t.db, sam.id, next, at(step + 26_000))).toEqual({ ok: false });
      // A code from three steps ago is refused even if never used.
      expect(await verifySecondFactor(t.db, sam.id, totpCode(secret, at(5 * step)), at(8 * step))).toEqual({ ok: false });
      expect(await verifySecondFactor(t.db, sam.id, "000000", at(10 * step))).toEqual({ ok: false });
    });

    it("spends each recovery code once, in any spelling", async () => {
      const code = recoveryCodes[0]!;
      expect(await verifySecondFactor(t.db, sam.id, code.toLowerCase().replace("-", " "), T0)).toEqual({
        ok: true,
        method: "recovery-code",
      });
      expect(await verifySecondFactor(t.db, sam.id, code, T0)).toEqual({ ok: false });
      expect(await t.db.recoveryCode.count({ where: { userId: sam.id, usedAt: null } })).toBe(9);
      expect(await verifySecondFactor(t.db, sam.id, "ABCDE-FGHJK", T0)).toEqual({ ok: false });
    });

    it("asks for the code after the password, and the password alone never makes a session", async () => {
      const now = at(20 * 30_000);
      const started = await beginSignIn(t.db, { email: "sam@bank.example", password: "quiet harbour compass" }, "192.0.2.1", now);
      expect(started).toMatchObject({ ok: true, needsCode: true });
      if (!started.ok) return;
      expect(await completeSignIn(t.db, { challenge: started.challenge }, null, now)).toEqual({ ok: false, reason: "code-required" });
      expect(await completeSignIn(t.db, { challenge: started.challenge, code: "123456" }, null, now)).toEqual({
        ok: false,
        reason: "wrong-code",
      });
      const done = await completeSignIn(t.db, { challenge: started.challenge, code: totpCode(secret, now) }, "192.0.2.1", now);
      expect(done).toMatchObject({ ok: true, user: { id: sam.id } });
      // The challenge is spent.
      expect(await completeSignIn(t.db, { challenge: started.challenge, code: totpCode(secret, at(21 * 30_000)) }, null, now)).toEqual({
        ok: false,
        reason: "expired",
      });
      expect(await t.db.auditEvent.findFirst({ where: { actorUserId: sam.id, action: "auth.signed-in" } })).toMatchObject({
        detail: { secondFactor: "totp", ip: "192.0.2.1" },
      });
      // A recovery code completes a sign-in too.
      const again = await beginSignIn(t.db, { email: "sam@bank.example", password: "quiet harbour compass" }, null, now);
      if (!again.ok) throw new Error("no challenge");
      expect(await completeSignIn(t.db, { challenge: again.challenge, code: recoveryCodes[1] }, null, now)).toMatchObject({ ok: true });
    });

    it("ends a challenge after too many wrong codes, and when it expires", async () => {
      const now = at(40 * 30_000);
      const started = await beginSignIn(t.db, { email: "sam@bank.example", password: "quiet harbour compass" }, null, now);
      if (!started.ok) throw new Error("no challenge");
      for (let i = 0; i < CHALLENGE_MAX_ATTEMPTS; i++) {
        expect(await completeSignIn(t.db, { challenge: started.challenge, code: "999999" }, null, now)).toMatchObject({ ok: false });
      }
      expect(await completeSignIn(t.db, { challenge: started.challenge, code: totpCode(secret, now) }, null, now)).toEqual({
        ok: false,
        reason: "expired",
      });
      const late = await beginSignIn(t.db, { email: "sam@bank.example", password: "quiet harbour compass" }, null, now);
      if (!late.ok) throw new Error("no challenge");
      const later = at(40 * 30_000 + CHALLENGE_TTL_MS + 1000);
      expect(await completeSignIn(t.db, { challenge: late.challenge, code: totpCode(secret, later) }, null, later)).toEqual({
        ok: false,
        reason: "expired",
      });
      expect(await completeSignIn(t.db, { challenge: "forged-challenge-0123456789abcdef" }, null, now)).toEqual({
        ok: false,
        reason: "expired",
      });
    });

    it("an account without two-factor completes its challenge without a code", async () => {
      const started = await beginSignIn(t.db, { email: "dana@bank.example", password: "copper meadow violin" }, null);
      expect(started).toMatchObject({ ok: true, needsCode: false, setupRequired: false });
      if (!started.ok) return;
      expect(await completeSignIn(t.db, { challenge: started.challenge }, null)).toMatchObject({ ok: true });
    });

    it("turns off only with the password, and then every session ends", async () => {
      const sid = await createSession(t.db, sam.id, {});
      const user = await t.db.user.findUniqueOrThrow({ where: { id: sam.id }, select: { sessionVersion: true } });
      expect(await turnOffTwoFactor(t.db, sam, { password: "wrong" })).toMatchObject({ ok: false, status: 422 });
      expect(await turnOffTwoFactor(t.db, sam, { password: "quiet harbour compass" })).toMatchObject({ ok: true });
      expect(await userOfSession(t.db, { uid: sam.id, sv: user.sessionVersion, sid })).toBeNull();
      expect(await t.db.twoFactor.count({ where: { userId: sam.id } })).toBe(0);
      expect(await t.db.recoveryCode.count({ where: { userId: sam.id } })).toBe(0);
    });
  });

  describe("the organisation's two-factor policy and the owners' powers", () => {
    let owner: SessionUser;
    let member: SessionUser;
    let shared: SessionUser;
    let org: { id: string; slug: string };
    let memberMembership: string;
    let sharedMembership: string;
    beforeAll(async () => {
      owner = await account(t.db, "Olga Owner", "olga@atlas.example", "violet canyon drumbeat");
      member = await account(t.db, "Milo Member", "milo@atlas.example", "amber glacier notebook");
      shared = await account(t.db, "Sara Shared", "sara@atlas.example", "silver pepper lighthouse");
      org = await t.db.organization.create({
        data: { slug: "atlas", name: "Atlas Bank", kind: "BANK", ownership: "PRIVATE", sizeBand: "LARGE", region: "Gulf" },
      });
      const other = await t.db.organization.create({ data: { slug: "other-bank", name: "Other Bank", kind: "BANK" } });
      await t.db.membership.create({ data: { organizationId: org.id, userId: owner.id, role: "OWNER" } });
      memberMembership = (await t.db.membership.create({ data: { organizationId: org.id, userId: member.id, role: "ADMIN" } })).id;
      sharedMembership = (await t.db.membership.create({ data: { organizationId: org.id, userId: shared.id, role: "VIEWER" } })).id;
      await t.db.membership.create({ data: { organizationId: other.id, userId: shared.id, role: "OWNER" } });
    });

    it("lets an owner require two-factor only once the owner uses it, and audits the change", async () => {
      expect(await setTwoFactorPolicy.invoke(t.db, owner, org.slug, { required: "true" })).toMatchObject({ ok: false, status: 409 });
      expect(await setTwoFactorPolicy.invoke(t.db, member, org.slug, { required: "true" })).toMatchObject({ ok: false, status: 403 });
      await enrol(t.db, owner, new Date());
      expect(await setTwoFactorPolicy.invoke(t.db, owner, org.slug, { required: "true" })).toMatchObject({ ok: true });
      expect((await t.db.organization.findUniqueOrThrow({ where: { id: org.id } })).requireTwoFactor).toBe(true);
      expect(await t.db.auditEvent.count({ where: { organizationId: org.id, action: "org.two-factor-policy-changed" } })).toBe(1);
    });

    it("sends a member without two-factor to set it up at sign-in, and the guard refuses them until then", async () => {
      const started = await beginSignIn(t.db, { email: "milo@atlas.example", password: "amber glacier notebook" }, null);
      expect(started).toMatchObject({ ok: true, needsCode: false, setupRequired: true });
      const refused = await updateOrganization.invoke(t.db, member, org.slug, {
        name: "Atlas Bank",
        ownership: "PRIVATE",
        sizeBand: "LARGE",
        region: "Gulf",
      });
      expect(refused).toMatchObject({ ok: false, status: 403, error: expect.stringMatching(/requires two-factor/) });
      expect(await turnOffTwoFactor(t.db, owner, { password: "violet canyon drumbeat" })).toMatchObject({ ok: false, status: 409 });
      const { secret } = await enrol(t.db, member, new Date());
      const allowed = await updateOrganization.invoke(t.db, member, org.slug, {
        name: "Atlas Bank",
        ownership: "PRIVATE",
        sizeBand: "LARGE",
        region: "Gulf",
      });
      expect(allowed).toMatchObject({ ok: true });
      const next = await beginSignIn(t.db, { email: "milo@atlas.example", password: "amber glacier notebook" }, null);
      expect(next).toMatchObject({ ok: true, needsCode: true, setupRequired: false });
      expect(secret).toHaveLength(32);
    });

    it("lets an owner reset a member's second factor: sessions end, it is audited, and the member must set up again", async () => {
      const sid = await createSession(t.db, member.id, {});
      const { sessionVersion } = await t.db.user.findUniqueOrThrow({ where: { id: member.id }, select: { sessionVersion: true } });
      expect(await resetMemberTwoFactor.invoke(t.db, member, org.slug, { membershipId: memberMembership })).toMatchObject({ status: 403 });
      expect(await resetMemberTwoFactor.invoke(t.db, owner, org.slug, { membershipId: memberMembership })).toMatchObject({ ok: true });
      expect(await t.db.twoFactor.count({ where: { userId: member.id } })).toBe(0);
      expect(await userOfSession(t.db, { uid: member.id, sv: sessionVersion, sid })).toBeNull();
      expect(await t.db.auditEvent.findFirst({ where: { organizationId: org.id, action: "member.two-factor-reset" } })).toMatchObject({
        actorUserId: owner.id,
        target: member.id,
      });
      expect(await beginSignIn(t.db, { email: "milo@atlas.example", password: "amber glacier notebook" }, null)).toMatchObject({
        setupRequired: true,
      });
      expect(await resetMemberTwoFactor.invoke(t.db, owner, org.slug, { membershipId: memberMembership })).toMatchObject({ status: 409 });
    });

    it("refuses to touch an account that also belongs to another organisation, or one's own", async () => {
      await enrol(t.db, shared, new Date());
      expect(await resetMemberTwoFactor.invoke(t.db, owner, org.slug, { membershipId: sharedMembership })).toMatchObject({
        ok: false,
        status: 409,
      });
      expect(await issueMemberPasswordReset.invoke(t.db, owner, org.slug, { membershipId: sharedMembership })).toMatchObject({
        ok: false,
        status: 409,
      });
      expect(await t.db.twoFactor.count({ where: { userId: shared.id, enabledAt: { not: null } } })).toBe(1);
      expect(await t.db.passwordResetToken.count({ where: { userId: shared.id } })).toBe(0);
      const own = await t.db.membership.findFirstOrThrow({ where: { userId: owner.id, organizationId: org.id } });
      expect(await resetMemberTwoFactor.invoke(t.db, owner, org.slug, { membershipId: own.id })).toMatchObject({ status: 409 });
    });

    it("lets an owner issue a one-time reset link for a member, shown once and stored only as a hash", async () => {
      expect(await issueMemberPasswordReset.invoke(t.db, member, org.slug, { membershipId: memberMembership })).toMatchObject({
        status: 403,
      });
      const issued = await issueMemberPasswordReset.invoke(t.db, owner, org.slug, { membershipId: memberMembership });
      expect(issued).toMatchObject({ ok: true, data: { link: expect.stringMatching(/\/reset-password\/[\w-]{40,}$/) } });
      if (!issued.ok) return;
      const token = issued.data.link.split("/").pop()!;
      const row = await t.db.passwordResetToken.findFirstOrThrow({ where: { userId: member.id, usedAt: null } });
      expect(row).toMatchObject({ issuedById: owner.id });
      expect(JSON.stringify(row)).not.toContain(token);
      const audit = await t.db.auditEvent.findFirstOrThrow({ where: { organizationId: org.id, action: "member.password-reset-issued" } });
      expect(JSON.stringify(audit)).not.toContain(token);
      expect(await resetPassword(t.db, { token, newPassword: "marble falcon harvest" }, null)).toMatchObject({ ok: true });
      expect(await resetPassword(t.db, { token, newPassword: "marble falcon harvest 2" }, null)).toMatchObject({ status: 410 });
      expect(await t.db.auditEvent.findFirst({ where: { actorUserId: member.id, action: "auth.password-reset" } })).toMatchObject({
        detail: { via: "owner-issued-link" },
      });
    });
  });

  describe("the sessions list", () => {
    it("lists only the account's live sessions and ends one without touching the others or another account's", async () => {
      const lee = await account(t.db, "Lee Chen", "lee@bank.example", "orange bicycle thunder");
      const kim = await account(t.db, "Kim Park", "kim@bank.example", "walnut signal meadow");
      const phone = await createSession(t.db, lee.id, {
        userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Safari",
        ip: "192.0.2.5",
      });
      const laptop = await createSession(t.db, lee.id, { userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0", ip: "192.0.2.6" });
      const ended = await createSession(t.db, lee.id, {});
      await revokeOwnSession(t.db, lee.id, ended);
      const stale = await createSession(t.db, lee.id, {});
      await t.db.session.update({ where: { id: stale }, data: { lastSeenAt: new Date(Date.now() - 9 * 60 * 60_000) } });
      const kims = await createSession(t.db, kim.id, {});

      const listed = await listActiveSessions(t.db, lee.id);
      expect(listed.map((s) => s.id).sort()).toEqual([phone, laptop].sort());
      expect(listed.find((s) => s.id === phone)).toMatchObject({ ip: "192.0.2.5" });

      expect(await revokeOwnSession(t.db, lee.id, kims)).toBe(false);
      expect(await userOfSession(t.db, { uid: kim.id, sv: 0, sid: kims })).not.toBeNull();
      expect(await revokeOwnSession(t.db, lee.id, phone)).toBe(true);
      expect(await userOfSession(t.db, { uid: lee.id, sv: 0, sid: phone })).toBeNull();
      expect(await userOfSession(t.db, { uid: lee.id, sv: 0, sid: laptop })).not.toBeNull();
      expect((await listActiveSessions(t.db, lee.id)).map((s) => s.id)).toEqual([laptop]);
    });
  });

  describe("e-mail verification", () => {
    it("mails a single-use confirmation link, limits re-sending, and then lets the person join by invitation", async () => {
      const vera = await account(t.db, "Vera Verify", "vera@bank.example", "saffron lagoon ticket");
      const mailer = createMailer({ SMTP_URL: smtp.url });
      const deliveries: Promise<void>[] = [];
      const deps = { mailer, onDelivery: (d: Promise<void>) => deliveries.push(d) };
      expect(await emailConfirmedForInvitations(t.db, vera.id, true)).toBe(false);
      expect(await emailConfirmedForInvitations(t.db, vera.id, false)).toBe(true);
      const before = smtp.received.length;
      // One at a time, so the e-mails arrive in the order the links were made.
      for (let i = 0; i < VERIFICATION_SENDS_PER_ACCOUNT.limit; i++) {
        expect(await sendEmailVerification(t.db, vera, deps)).toMatchObject({ ok: true });
        await Promise.all(deliveries);
        await waitFor(() => smtp.received.length >= before + i + 1);
      }
      expect(await sendEmailVerification(t.db, vera, deps)).toMatchObject({ ok: false, status: 429 });
      const mails = smtp.received.slice(before).filter((m) => m.to[0] === "vera@bank.example");
      const tokens = mails.map((m) => /\/verify-email\/([A-Za-z0-9_-]{20,})/.exec(m.raw.replace(/=\r?\n/g, ""))?.[1] ?? "");
      // Only the newest link works; it works once.
      expect(await confirmEmail(t.db, tokens[0]!)).toMatchObject({ ok: false, status: 404 });
      const newest = tokens[tokens.length - 1]!;
      expect(await confirmEmail(t.db, newest, new Date(Date.now() + VERIFICATION_TTL_MS + 1000))).toMatchObject({ ok: false });
      expect(await confirmEmail(t.db, newest)).toMatchObject({ ok: true });
      expect(await confirmEmail(t.db, newest)).toMatchObject({ ok: false, status: 404 });
      expect(await emailConfirmedForInvitations(t.db, vera.id, true)).toBe(true);
      expect(await sendEmailVerification(t.db, vera, { mailer })).toMatchObject({
        ok: true,
        message: expect.stringMatching(/already confirmed/),
      });
    });

    it("refuses an invitation to an unconfirmed address while e-mail is on", async () => {
      const org = await t.db.organization.create({ data: { slug: "invite-bank", name: "Invite Bank", kind: "BANK" } });
      const owner = await t.db.user.create({ data: { email: "boss@invite.example", name: "Boss", passwordHash: "x" } });
      const guest = await account(t.db, "Gus Guest", "gus@invite.example", "harvest beacon pillow");
      const token = newToken();
      await t.db.invitation.create({
        data: {
          organizationId: org.id,
          email: "gus@invite.example",
          role: "VIEWER",
          tokenHash: hashToken(token),
          expiresAt: new Date(Date.now() + 86_400_000),
          invitedById: owner.id,
        },
      });
      const saved = process.env.SMTP_URL;
      process.env.SMTP_URL = smtp.url;
      try {
        expect(await acceptInvitation(t.db, guest, token)).toMatchObject({
          ok: false,
          status: 403,
          error: expect.stringMatching(/Confirm your e-mail/),
        });
        expect(await t.db.membership.count({ where: { organizationId: org.id } })).toBe(0);
        await t.db.user.update({ where: { id: guest.id }, data: { emailVerifiedAt: new Date() } });
        expect(await acceptInvitation(t.db, guest, token)).toMatchObject({ ok: true });
      } finally {
        if (saved === undefined) delete process.env.SMTP_URL;
        else process.env.SMTP_URL = saved;
      }
    });
  });
});
