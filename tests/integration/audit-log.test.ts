// The audit trail on a real database: sign-ins (good and bad) are recorded against the person and
// shown to each organisation they belong to; another organisation's events never appear; paging by
// cursor visits every entry once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "../../lib/platform/auth/accounts.ts";
import { hashPassword } from "../../lib/platform/auth/password.ts";
import { recordAudit } from "../../lib/platform/audit.ts";
import { readAllAudit, readAuditPage } from "../../lib/features/audit-log/read.ts";
import { parseAuditFilter } from "../../lib/features/audit-log/filter.ts";
import { auditSentence } from "../../lib/view/audit/sentences.ts";
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

  it("reads as sentences naming the actor and the object, looked up only in the organisation's own records", async () => {
    await recordAudit(t.db, {
      organizationId: cast.orgB.id,
      actorUserId: cast.bOwner.id,
      action: "assessment.closed",
      target: cast.bAssessmentId,
      detail: { from: "OPEN", to: "CLOSED" },
    });
    await recordAudit(t.db, {
      organizationId: cast.orgB.id,
      actorUserId: cast.bOwner.id,
      action: "member.role-changed",
      target: (await t.db.membership.findUniqueOrThrow({ where: { id: cast.bViewerMembershipId } })).userId,
      detail: { from: "VIEWER", to: "ANALYST" },
    });
    // Alpha's trail naming Beta's assessment must not learn its name.
    await recordAudit(t.db, {
      organizationId: cast.orgA.id,
      actorUserId: cast.a.OWNER.id,
      action: "assessment.closed",
      target: cast.bAssessmentId,
    });
    const beta = (await readAuditPage(t.db, cast.orgB.id, null)).rows;
    const say = (r: (typeof beta)[number]) => auditSentence(r, { actor: r.actorName, objectName: r.targetName });
    expect(beta.slice(0, 2).map(say)).toEqual([
      "Beta Owner changed the role of Beta Viewer from viewer to analyst.",
      "Beta Owner closed the assessment Beta baseline.",
    ]);
    const alpha = (await readAuditPage(t.db, cast.orgA.id, null)).rows[0]!;
    expect(alpha.targetName).toBeNull();
    expect(auditSentence(alpha, { actor: alpha.actorName, objectName: alpha.targetName })).toBe(
      "Alpha OWNER closed the assessment (deleted).",
    );
  });

  it("filters by person, kind and days; a bad filter is refused in words and filters nothing", async () => {
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    await t.db.auditEvent.createMany({
      data: [
        { organizationId: cast.orgA.id, actorUserId: cast.a.ADMIN.id, action: "member.invited", createdAt: day("2026-03-01") },
        { organizationId: cast.orgA.id, actorUserId: cast.a.ADMIN.id, action: "assessment.created", createdAt: day("2026-03-02") },
        { organizationId: cast.orgA.id, actorUserId: cast.a.OWNER.id, action: "member.invited", createdAt: day("2026-03-03") },
      ],
    });
    const read = async (q: Record<string, string>) => {
      const parsed = parseAuditFilter(q);
      if (!parsed.ok) throw new Error(parsed.error);
      return (await readAuditPage(t.db, cast.orgA.id, null, 100, parsed.filter)).rows.map((r) => [r.action, r.actor]);
    };
    expect(await read({ who: cast.a.ADMIN.id, from: "2026-03-01", to: "2026-03-03" })).toEqual([
      ["assessment.created", "admin@alpha.example"],
      ["member.invited", "admin@alpha.example"],
    ]);
    expect(await read({ kind: "members", from: "2026-03-02", to: "2026-03-03" })).toEqual([["member.invited", "owner@alpha.example"]]);
    expect(await read({ kind: "members", to: "2026-03-01" })).toEqual([["member.invited", "admin@alpha.example"]]);
    expect(parseAuditFilter({ kind: "everything" })).toMatchObject({ ok: false, error: "Choose a kind of event from the list." });
    expect(parseAuditFilter({ from: "2026-03-05", to: "2026-03-01" })).toMatchObject({
      ok: false,
      error: "The last day comes before the first day.",
    });
    expect(parseAuditFilter({ from: "2026-02-30" })).toMatchObject({ ok: false, error: "That date does not exist." });
  });
});
