import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed.ts";
import { DEMO_USERS } from "../../prisma/demo-data.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("demo seed on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(async () => t?.dispose());

  it("is idempotent and gives every screen fictitious data to show", async () => {
    await seedDemo(t.db);
    const counts = async () =>
      Promise.all([t.db.organization.count(), t.db.user.count(), t.db.membership.count(), t.db.accessGrant.count()]);
    const plan = () => t.db.initiative.count({ where: { organization: { slug: "atlas-bank" } } });
    const firstPlan = await plan();
    const first = await counts();
    await seedDemo(t.db);
    expect(await counts()).toEqual(first);
    expect(await plan()).toBe(firstPlan);

    // Atlas Bank's action plan: about six initiatives in mixed states, one of them overdue, owned by members.
    const initiatives = await t.db.initiative.findMany({ where: { organization: { slug: "atlas-bank" } }, include: { owner: true } });
    expect(initiatives.length).toBe(6);
    expect(new Set(initiatives.map((i) => i.status))).toEqual(new Set(["PLANNED", "IN_PROGRESS", "DONE", "DROPPED"]));
    const today = new Date();
    const overdue = initiatives.filter((i) => i.dueDate && i.dueDate < today && (i.status === "PLANNED" || i.status === "IN_PROGRESS"));
    expect(overdue.map((i) => i.title)).toContain("Move customer data to one cloud data platform");
    expect(initiatives.every((i) => i.owner === null || i.owner.organizationId === i.organizationId)).toBe(true);

    const banks = await t.db.organization.findMany({ where: { kind: "BANK" } });
    expect(banks.length).toBeGreaterThanOrEqual(40);
    expect(banks.every((b) => b.isDemo && b.name.endsWith("(demo)"))).toBe(true);
    expect(new Set(banks.map((b) => b.ownership))).toEqual(new Set(["PRIVATE", "STATE"]));
    expect(new Set(banks.map((b) => b.sizeBand))).toEqual(new Set(["SMALL", "MEDIUM", "LARGE"]));
    expect(new Set(banks.map((b) => b.region)).size).toBeGreaterThanOrEqual(4);

    const roles = await t.db.membership.findMany({
      where: { user: { email: { in: DEMO_USERS.map((u) => u.email) } } },
      include: { organization: true },
    });
    expect(new Set(roles.filter((m) => m.organization.slug === "atlas-bank").map((m) => m.role))).toEqual(
      new Set(["OWNER", "ADMIN", "ANALYST", "VIEWER"]),
    );
    const clients = await t.db.accessGrant.count({
      where: { kind: "CONSULTANCY", grantee: { slug: "meridian-advisory" }, revokedAt: null },
    });
    expect(clients).toBe(2);

    // The Free demo bank: Free by operator assignment, one open assessment at the 5-respondent limit.
    const free = await t.db.organization.findUniqueOrThrow({
      where: { slug: "harbor-savings" },
      include: { billing: true, assessments: { include: { _count: { select: { respondents: true } } } } },
    });
    expect(free.billing?.assignedPlan).toBe("free");
    expect(free.assessments.filter((a) => a.status === "OPEN").map((a) => [a.status, a._count.respondents])).toEqual([["OPEN", 5]]);
  });
});
