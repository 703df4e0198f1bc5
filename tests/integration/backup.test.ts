// An organisation's backup, re-imported into an empty installation, reproduces the same scores;
// a bad or repeated import is refused with a clear message and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed.ts";
import { DEMO_ASSESSMENT_NAME } from "../../prisma/demo-assessment.ts";
import { exportOrganization } from "../../lib/features/backup/export-org.ts";
import { importOrganization } from "../../lib/features/backup/import-org.ts";
import { loadSubmittedResponses } from "../../lib/features/results/responses.ts";
import { computeAssessmentResults } from "../../lib/view/results/compute-results.ts";
import { publishedReferenceModel } from "../../lib/domain/ism/index.ts";
import { getFramework, type ModuleKey } from "../../lib/domain/instrument/index.ts";
import type { Db } from "../../lib/platform/db/connect.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

async function demoResults(db: Db) {
  const org = await db.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
  const a = await db.assessment.findFirstOrThrow({ where: { organizationId: org.id, name: DEMO_ASSESSMENT_NAME } });
  const responses = await loadSubmittedResponses(db, org.id, a.id);
  return computeAssessmentResults({
    framework: getFramework(a.frameworkVersion)!,
    modules: a.modules as ModuleKey[],
    groups: a.groups,
    responses,
    ismModel: publishedReferenceModel(),
    anonymityThreshold: 5,
  });
}

describe.each(enginesUnderTest())("organisation backup on %s", (engine) => {
  let source: TestDatabase;
  let target: TestDatabase;
  beforeAll(async () => {
    [source, target] = await Promise.all([openTestDatabase(engine), openTestDatabase(engine)]);
    await seedDemo(source.db);
  });
  afterAll(async () => {
    await source?.dispose();
    await target?.dispose();
  });

  it("exports, survives JSON, and re-imports into an empty installation with the same scores", async () => {
    const org = await source.db.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
    const file = JSON.parse(JSON.stringify(await exportOrganization(source.db, org.id)));
    expect(JSON.stringify(file)).not.toMatch(/scrypt\$/);

    const orphan = await importOrganization(target.db, file);
    expect(orphan).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/owners has an account/) });
    expect(await target.db.organization.count()).toBe(0);

    await target.db.user.create({ data: { email: "operator@bank.example", name: "Operator", passwordHash: "x" } });
    const imported = await importOrganization(target.db, file, { ownerEmail: "operator@bank.example" });
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.data.invitations.map((i) => i.email).sort()).toEqual(file.members.map((m: { email: string }) => m.email).sort());
    expect(imported.data.answers).toBeGreaterThan(1000);
    // Grants name banks that do not exist in the new installation: reported, not invented.
    expect(imported.data.grantsSkipped).toContain("central-supervision");

    const [before, after] = await Promise.all([demoResults(source.db), demoResults(target.db)]);
    expect(after.overall).toEqual(before.overall);
    expect(after.factors).toEqual(before.factors);
    expect(after.roadmap).toEqual(before.roadmap);
    // The published rounds come back into the pool with the same scores.
    const poolOf = async (db: Db) => {
      const o = await db.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
      return (
        await db.$queryRaw<
          { round: number; scores: (number | null)[] }[]
        >`SELECT round, scores FROM "BenchmarkEntry" WHERE "organizationId" = ${o.id} ORDER BY round`
      ).map((r) => ({ round: Number(r.round), scores: r.scores.map((x) => (typeof x === "number" && Number.isFinite(x) ? x : null)) }));
    };
    const [poolBefore, poolAfter] = await Promise.all([poolOf(source.db), poolOf(target.db)]);
    expect(poolBefore.length).toBeGreaterThan(0);
    expect(poolAfter).toEqual(poolBefore);
    // The action plan comes back too; owners who are not members (yet) are left empty, not guessed.
    const planOf = async (db: Db) =>
      (
        await db.initiative.findMany({
          where: { organization: { slug: "atlas-bank" } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          include: { owner: true },
        })
      ).map((i) => ({
        title: i.title,
        status: i.status,
        factorKeys: i.factorKeys,
        dueDate: i.dueDate,
        from: i.createdFromAssessmentId,
        owned: !!i.owner,
      }));
    const [planBefore, planAfter] = await Promise.all([planOf(source.db), planOf(target.db)]);
    expect(planBefore.length).toBe(6);
    expect(planAfter).toEqual(planBefore.map((i) => ({ ...i, owned: false })));
  });

  it("refuses a second import, a tampered file and a foreign format, changing nothing", async () => {
    const org = await source.db.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
    const file = JSON.parse(JSON.stringify(await exportOrganization(source.db, org.id)));
    const counts = async () => [await target.db.organization.count(), await target.db.answer.count(), await target.db.invitation.count()];
    const before = await counts();

    expect(await importOrganization(target.db, file, { ownerEmail: "operator@bank.example" })).toMatchObject({ ok: false, status: 409 });
    const renamed = { ...file, organization: { ...file.organization, slug: "atlas-bank-copy" } };
    expect(await importOrganization(target.db, renamed, { ownerEmail: "operator@bank.example" })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringMatching(/imported before/),
    });
    const tampered = structuredClone(renamed);
    const answered = tampered.assessments.find((a: { respondents: unknown[] }) => a.respondents.length > 0);
    answered.respondents[0].answers[0].value = 9;
    expect(await importOrganization(target.db, tampered, { ownerEmail: "operator@bank.example" })).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(await importOrganization(target.db, { format: "something-else" })).toMatchObject({ ok: false, status: 422 });
    expect(await counts()).toEqual(before);
  });
});
