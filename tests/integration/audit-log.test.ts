// The audit trail on a real database: sign-ins (good and bad) are recorded against the person and
// shown to each organisation they belong to; another organisation's events never appear; paging by
// cursor visits every entry once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "../../lib/platform/auth/accounts.ts";
import { hashPassword } from "../../lib/platform/auth/password.ts";
import { recordAudit } from "../../lib/platform/audit.ts";
import { readAllAudit, readAuditPage } from "../../lib/features/audit-log/read.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("audit log on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    await t.db.user.update({ where: { id: cast.a.ANALYST.id }, data: { passwordHash: await hashPassword("analyst long passphrase") } });
  });
  afterAll(async () => t?.dispose());

  it("records sign-ins and failed attempts of a member in that member's organisation only", async () => {
    expect((await checkCredentials(t.db, { email: "analyst@alpha.example", password: "wrong one" }, "203.0.113.9")).ok).toBe(false);
    expect((await checkCredentials(t.db, { email: "analyst@alpha.example", password: "analyst long passphrase" }, "203.0.113.9")).ok).toBe(
      true,
    );
    expect((await checkCredentials(t.db, { email: "nobody@alpha.example", password: "whatever it is" }, null)).ok).toBe(false);

    const alpha = (await readAuditPage(t.db, cast.orgA.id, null)).rows;
    expect(alpha.map((r) => [r.action, r.actor])).toEqual([
      ["auth.signed-in", "analyst@alpha.example"],
      ["auth.sign-in-failed", "analyst@alpha.example"],
    ]);
    expect(alpha[0]?.detail).toEqual({ ip: "203.0.113.9" });
    expect(JSON.stringify(alpha)).not.toMatch(/passphrase|wrong one/);
    expect((await readAuditPage(t.db, cast.orgB.id, null)).rows).toEqual([]);
  });

  it("pages newest first through every entry exactly once, and never shows another organisation's", async () => {
    for (let i = 0; i < 7; i++) {
      await recordAudit(t.db, {
        organizationId: cast.orgA.id,
        actorUserId: cast.a.OWNER.id,
        action: "assessment.created",
        target: `a${i}`,
      });
      await recordAudit(t.db, { organizationId: cast.orgB.id, actorUserId: cast.bOwner.id, action: "assessment.created", target: `b${i}` });
    }
    const seen: string[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<typeof readAuditPage>> = await readAuditPage(t.db, cast.orgA.id, cursor, 3);
      expect(page.rows.length).toBeLessThanOrEqual(3);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.next;
    } while (cursor);
    const all: string[] = [];
    for await (const row of readAllAudit(t.db, cast.orgA.id)) all.push(row.id);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(9);
    const rows = (await readAuditPage(t.db, cast.orgA.id, null, 100)).rows;
    expect(
      rows
        .map((r) => r.target)
        .filter(Boolean)
        .sort(),
    ).toEqual(["a0", "a1", "a2", "a3", "a4", "a5", "a6"]);
    const times = rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });
});
