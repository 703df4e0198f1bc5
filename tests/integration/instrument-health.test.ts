// Instrument health on a real database: the command's feature reads only PUBLISHED assessments'
// submitted answers, stores one report per framework version, and the page's feature returns the latest
// to a consultancy or a regulator — and to nobody else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInstrumentHealth } from "../../lib/features/instrument-health/run.ts";
import { resolveInstrumentHealthAccess } from "../../lib/features/instrument-health/access.ts";
import { latestInstrumentHealth } from "../../lib/features/instrument-health/queries.ts";
import { AccessError, type SessionUser } from "../../lib/platform/access/access.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { createScoredAssessment } from "./support/scored-assessment.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("instrument health on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  const users: Record<"consultant" | "supervisor", SessionUser> = {} as never;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    for (const [key, kind, slug] of [
      ["consultant", "CONSULTANCY", "cx-advisers"],
      ["supervisor", "REGULATOR", "central-bank"],
    ] as const) {
      const org = await t.db.organization.create({ data: { slug, name: slug, kind } });
      users[key] = await t.db.user.create({
        data: { email: `${key}@example.org`, name: key, passwordHash: "scrypt$x" },
        select: { id: true, email: true, name: true },
      });
      await t.db.membership.create({ data: { organizationId: org.id, userId: users[key].id, role: "VIEWER" } });
    }
    for (const orgId of [cast.orgA.id, cast.orgB.id]) {
      const a = await createScoredAssessment(t.db, orgId, { managers: 30, employees: 30 });
      await t.db.assessment.update({ where: { id: a.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    }
    // Closed but not published: its answers must not enter the pool.
    await createScoredAssessment(t.db, cast.orgA.id, { name: "Draft", managers: 5, employees: 5 });
  }, 120_000);
  afterAll(async () => t?.dispose());

  it("shows nothing before the first run", async () => {
    const ctx = await resolveInstrumentHealthAccess(t.db, users.consultant, "cx-advisers");
    expect(await latestInstrumentHealth(t.db, ctx)).toEqual([]);
  });

  it("stores a report from the published answers only, and the page feature returns the latest", async () => {
    const runs = await runInstrumentHealth(t.db);
    expect(runs).toHaveLength(1);
    const { report } = runs[0]!;
    expect(report.frameworkVersion).toBe(latestFramework.version);
    expect(report.assessments).toBe(2);
    expect(report.respondents).toBe(120); // the pending and the revoked respondent are left out
    const cx = report.factors.filter((f) => f.moduleKey === "cx");
    expect(cx.every((f) => f.fit?.converged)).toBe(true);
    expect(cx[0]?.items).toHaveLength(5);
    expect(cx[0]?.invariance).not.toBeNull();
    expect(report.factors.find((f) => f.moduleKey === "ckm")?.withheld).toMatch(/complete responses/);
    expect(await t.db.instrumentHealthReport.count()).toBe(1);

    const second = await runInstrumentHealth(t.db);
    for (const key of ["consultant", "supervisor"] as const) {
      const ctx = await resolveInstrumentHealthAccess(t.db, users[key], key === "consultant" ? "cx-advisers" : "central-bank");
      const views = await latestInstrumentHealth(t.db, ctx);
      expect(views).toHaveLength(1);
      expect(views[0]?.computedAt.getTime()).toBeGreaterThanOrEqual(Date.now() - 60_000);
      expect(views[0]?.report.respondents).toBe(120);
      expect(views[0]?.durationMs).toBe(second[0]?.durationMs);
      expect(views[0]?.report.factors[0]?.fit?.cfi).toBeCloseTo(report.factors[0]?.fit?.cfi as number, 10);
    }
  }, 120_000);

  it("refuses a bank and a non-member with not found", async () => {
    const bank = resolveInstrumentHealthAccess(t.db, cast.a.OWNER, cast.orgA.slug);
    await expect(bank).rejects.toBeInstanceOf(AccessError);
    await expect(bank).rejects.toMatchObject({ reason: "not-found" });
    await expect(resolveInstrumentHealthAccess(t.db, cast.a.OWNER, "cx-advisers")).rejects.toMatchObject({ reason: "not-found" });
    await expect(resolveInstrumentHealthAccess(t.db, null, "cx-advisers")).rejects.toMatchObject({ reason: "unauthenticated" });
  });
});
