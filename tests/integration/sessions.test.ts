// Issue 11.6: sign-out ends the session on the server. A JWT's claims (uid, sv, sid) copied before
// sign-out are refused afterwards; "sign out everywhere" ends every session of the account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, revokeAllSessions, revokeSession, userOfSession } from "../../lib/platform/auth/sessions.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("server-side sessions on %s", (engine) => {
  let t: TestDatabase;
  let uid: string;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    uid = (await t.db.user.create({ data: { email: "sam@bank.example", name: "Sam", passwordHash: "x" } })).id;
  });
  afterAll(async () => t?.dispose());

  it("accepts a live session and refuses the same cookie after sign-out", async () => {
    const sid = await createSession(t.db, uid, { userAgent: "Mozilla/5.0 test", ip: "198.51.100.4" });
    const copied = { uid, sv: 0, sid };
    expect(await userOfSession(t.db, copied)).toMatchObject({ id: uid, email: "sam@bank.example" });
    await revokeSession(t.db, sid, uid);
    expect(await userOfSession(t.db, copied)).toBeNull();
    const row = await t.db.session.findUniqueOrThrow({ where: { id: sid } });
    expect(row).toMatchObject({ userAgent: "Mozilla/5.0 test", ip: "198.51.100.4", revokedAt: expect.any(Date) });
  });

  it("refuses a token without a session record, with another user's id, or a forged sid", async () => {
    const sid = await createSession(t.db, uid, {});
    expect(await userOfSession(t.db, { uid, sv: 0 })).toBeNull();
    expect(await userOfSession(t.db, { uid: "someone-else", sv: 0, sid })).toBeNull();
    expect(await userOfSession(t.db, { uid, sv: 0, sid: "c-forged" })).toBeNull();
    // Another user cannot end Sam's session by naming its id.
    await revokeSession(t.db, sid, "someone-else");
    expect(await userOfSession(t.db, { uid, sv: 0, sid })).not.toBeNull();
  });

  it("signs out everywhere: every session of the account ends, another account's stays", async () => {
    const other = (await t.db.user.create({ data: { email: "lee@bank.example", name: "Lee", passwordHash: "x" } })).id;
    const a = await createSession(t.db, uid, {});
    const b = await createSession(t.db, uid, {});
    const lee = await createSession(t.db, other, {});
    expect(await revokeAllSessions(t.db, uid)).toBeGreaterThanOrEqual(2);
    expect(await userOfSession(t.db, { uid, sv: 0, sid: a })).toBeNull();
    expect(await userOfSession(t.db, { uid, sv: 0, sid: b })).toBeNull();
    expect(await userOfSession(t.db, { uid: other, sv: 0, sid: lee })).toMatchObject({ id: other });
    // A new sign-in after that works (new record, new version).
    expect(await userOfSession(t.db, { uid, sv: 1, sid: await createSession(t.db, uid, {}) })).toMatchObject({ id: uid });
  });

  it("refreshes lastSeenAt at most every few minutes", async () => {
    const sid = await createSession(t.db, uid, {});
    const later = new Date(Date.now() + 10 * 60_000);
    await userOfSession(t.db, { uid, sv: 1, sid }, later);
    expect((await t.db.session.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt.getTime()).toBe(later.getTime());
  });
});
