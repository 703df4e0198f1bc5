// TOTP two-factor with a controlled clock, recovery codes, the two-step sign-in, and the sessions
// list — on a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, listActiveSessions, revokeOwnSession, userOfSession } from "../../lib/platform/auth/sessions.ts";
import { pendingTwoFactorSetup, startTwoFactorSetup, totpCode, verifySecondFactor } from "../../lib/platform/auth/two-factor.ts";
import { beginSignIn, CHALLENGE_MAX_ATTEMPTS, CHALLENGE_TTL_MS, completeSignIn } from "../../lib/platform/auth/sign-in.ts";
import { confirmTwoFactor, turnOffTwoFactor } from "../../lib/platform/auth/account-security.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";
import { T0, at, account } from "./support/accounts.ts";

describe.each(enginesUnderTest())("two-factor sign-in and sessions on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await t?.dispose();
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
      await account(t.db, "Nadia Plain", "nadia@bank.example", "copper meadow violin");
      const started = await beginSignIn(t.db, { email: "nadia@bank.example", password: "copper meadow violin" }, null);
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
});
