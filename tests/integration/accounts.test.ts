// Sign-up, credential checks and the sign-in rate limits, on a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword, checkCredentials, signUp } from "../../lib/platform/auth/accounts.ts";
import { hitRateLimit, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP, signInAllowance } from "../../lib/platform/security/rate-limit.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("accounts on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(async () => t?.dispose());

  it("rejects weak or malformed sign-ups field by field and writes nothing", async () => {
    const r = await signUp(t.db, { name: "", email: "not-an-email", password: "password123" });
    expect(r).toMatchObject({ ok: false, status: 422 });
    if (!r.ok) expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password"]);
    const own = await signUp(t.db, { name: "Dana", email: "dana.k@bank.example", password: "my-dana.k-secret-pass" });
    expect(own).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining("e-mail")] } });
    expect(await t.db.user.count()).toBe(0);
  });

  it("creates an account with a salted scrypt hash, and refuses a second one for the same address", async () => {
    const r = await signUp(t.db, { name: "Dana Karimi", email: " Dana@Bank.example ", password: "correct horse battery" });
    expect(r).toMatchObject({ ok: true, data: { email: "dana@bank.example", name: "Dana Karimi" } });
    const stored = await t.db.user.findUniqueOrThrow({ where: { email: "dana@bank.example" }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.passwordHash).not.toContain("correct horse");
    expect(await signUp(t.db, { name: "Dana Again", email: "dana@bank.example", password: "another long passphrase" })).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it("never returns the password hash from an ordinary query", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "dana@bank.example" } });
    expect(user).not.toHaveProperty("passwordHash");
  });

  it("accepts the right password and refuses a wrong one or an unknown account alike", async () => {
    expect(await checkCredentials(t.db, { email: "dana@bank.example", password: "correct horse battery" }, "10.0.0.1")).toMatchObject({
      ok: true,
      user: { email: "dana@bank.example", sessionVersion: 0 },
    });
    expect(await checkCredentials(t.db, { email: "dana@bank.example", password: "wrong" }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkCredentials(t.db, { email: "nobody@bank.example", password: "wrong" }, "10.0.0.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("stops guessing from one address after the per-(account, address) limit, but the owner elsewhere still signs in", async () => {
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.limit; i++) {
      expect(await checkCredentials(t.db, { email: "dana@bank.example", password: `guess-${i}` }, "10.1.0.1")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const locked = await checkCredentials(t.db, { email: "dana@bank.example", password: "correct horse battery" }, "10.1.0.1");
    expect(locked).toMatchObject({ ok: false, reason: "rate-limited" });
    if (!locked.ok) expect(locked.retryAfterSeconds).toBeGreaterThan(0);
    // The real owner, from the office: not locked out by the stranger's misses.
    expect(await checkCredentials(t.db, { email: "dana@bank.example", password: "correct horse battery" }, "10.2.0.1")).toMatchObject({
      ok: true,
    });
  });

  it("slows an attacker who rotates addresses exponentially, without ever refusing a fresh address's first try", async () => {
    for (let i = 0; i < 40; i++) await checkCredentials(t.db, { email: "dana@bank.example", password: `spray-${i}` }, `10.3.${i}.1`);
    // 50 failures in the window: each address now gets signInAllowance(50) attempts on this account.
    expect(signInAllowance(10)).toBe(10);
    expect(signInAllowance(20)).toBe(5);
    expect(signInAllowance(50)).toBe(1);
    expect(await checkCredentials(t.db, { email: "dana@bank.example", password: "another-guess" }, "10.3.0.1")).toMatchObject({
      ok: false,
      reason: "rate-limited",
    });
    expect(await checkCredentials(t.db, { email: "dana@bank.example", password: "correct horse battery" }, "10.4.0.1")).toMatchObject({
      ok: true,
    });
    await t.db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "sign-in:" } } });
  });

  it("limits one address across many accounts", async () => {
    for (let i = 0; i < SIGN_IN_PER_IP.limit; i++) await hitRateLimit(t.db, "sign-in:ip:203.0.113.9", SIGN_IN_PER_IP);
    expect(await checkCredentials(t.db, { email: "dana@bank.example", password: "correct horse battery" }, "203.0.113.9")).toMatchObject({
      ok: false,
      reason: "rate-limited",
    });
  });

  it("counts concurrent hits exactly (one atomic upsert per hit)", async () => {
    const rule = { limit: 1000, windowSeconds: 60 };
    await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(t.db, "burst", rule)));
    expect((await t.db.rateLimitBucket.findUniqueOrThrow({ where: { key: "burst" } })).count).toBe(25);
  });

  it("changes a password only with the current one, ends every session, and keeps the old hash on refusal", async () => {
    const user = await signUp(t.db, { name: "Farah Haddad", email: "farah@bank.example", password: "tidal orchard lantern" });
    if (!user.ok) throw new Error("sign-up failed");
    const row = () => t.db.user.findUniqueOrThrow({ where: { id: user.data.id }, select: { passwordHash: true, sessionVersion: true } });
    const before = await row();

    expect(await changePassword(t.db, user.data, { currentPassword: "not it", newPassword: "quiet harbour compass" })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { currentPassword: [expect.stringMatching(/not your current/)] },
    });
    expect(await changePassword(t.db, user.data, { currentPassword: "tidal orchard lantern", newPassword: "Password2026!" })).toMatchObject(
      { ok: false, status: 422, fieldErrors: { newPassword: [expect.stringMatching(/common/)] } },
    );
    expect(
      await changePassword(t.db, user.data, { currentPassword: "tidal orchard lantern", newPassword: "farah haddad 1990" }),
    ).toMatchObject({ ok: false, status: 422, fieldErrors: { newPassword: [expect.stringMatching(/name or e-mail/)] } });
    expect(await row()).toEqual(before);

    expect(
      await changePassword(t.db, user.data, { currentPassword: "tidal orchard lantern", newPassword: "quiet harbour compass" }),
    ).toMatchObject({ ok: true });
    const after = await row();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await checkCredentials(t.db, { email: "farah@bank.example", password: "tidal orchard lantern" }, null)).toMatchObject({
      ok: false,
    });
    expect(await checkCredentials(t.db, { email: "farah@bank.example", password: "quiet harbour compass" }, null)).toMatchObject({
      ok: true,
      user: { sessionVersion: after.sessionVersion },
    });
    expect(await t.db.auditEvent.count({ where: { actorUserId: user.data.id, action: "auth.password-changed" } })).toBe(1);
  });
});
