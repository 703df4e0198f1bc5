// Issue 11.4, for data that predates the fix: before migration 20261202043000 a consultancy with a
// grant saw the links of the bank's own assessments too. Migration 20261206120000 invalidates every
// such link that still works, marks who needs a new one, and keeps every answer. The test rebuilds
// that history (links and grants created before the earlier migration "was applied"), runs the
// migration's SQL, and attacks with the old links.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRespondents } from "../../lib/features/assessments/manage.ts";
import { reissueRespondentLink } from "../../lib/features/assessments/link-rotation.ts";
import { respondentToken } from "../../lib/features/assessments/respondent-links.ts";
import { respondentForLink, savedAnswers } from "../../lib/features/assessments/respond.ts";
import { respondentRows } from "../../lib/features/assessments/respondent-rows.ts";
import { saveAnswer } from "../../lib/features/assessments/save-answers.ts";
import { allItems, latestFramework } from "../../lib/domain/instrument/index.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { createPortfolioCast, type PortfolioCast } from "./support/portfolio-fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const MIGRATION = fs.readFileSync(path.join(process.cwd(), "prisma/migrations/20261206120000_legacy_link_exposure/migration.sql"), "utf8");
const FIX = "20261202043000_sessions_and_link_exposure";
const answer = (k: number) => ({ itemKey: allItems(latestFramework, ["cx"])[k]!.key, value: 4, answeredAt: new Date().toISOString() });

describe.each(enginesUnderTest())("links seen by consultancies before the fix, on %s", (engine) => {
  let t: TestDatabase;
  let cast: PortfolioCast;
  let owner: SessionUser;
  let openId: string;
  const before = new Map<string, { token: string; submitted: boolean; organizationId: string }>();

  const openAssessment = async (organizationId: string, name: string, list: string, slug: string) => {
    const a = await t.db.assessment.create({
      data: {
        organizationId,
        name,
        frameworkVersion: latestFramework.version,
        modules: ["cx", "ecrm"],
        groups: ["managers"],
        createdById: owner.id,
      },
    });
    await t.db.membership.upsert({
      where: { organizationId_userId: { organizationId, userId: owner.id } },
      create: { organizationId, userId: owner.id, role: "OWNER" },
      update: {},
    });
    expect(await addRespondents.invoke(t.db, owner, slug, { assessmentId: a.id, list, defaultGroup: "managers" })).toMatchObject({
      ok: true,
    });
    return a.id;
  };

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createPortfolioCast(t.db);
    owner = await t.db.user.create({
      data: { email: "owner@south.example", name: "South Owner", passwordHash: "x" },
      select: { id: true, email: true, name: true },
    });
    const south = cast.clients[1]!;
    openId = await openAssessment(south.id, "South's own pulse", "p1@south.example\np2@south.example", south.slug);
    // Beta Bank granted only the regulator: no consultancy ever saw its links.
    await openAssessment(cast.orgB.id, "Beta's own pulse", "b1@beta.example", cast.orgB.slug);
    const [p1] = await t.db.respondent.findMany({ where: { assessmentId: openId }, orderBy: { email: "asc" } });
    expect(await saveAnswer(t.db, respondentToken(p1!.tokenSealed)!, answer(0))).toMatchObject({ ok: true });
    for (const r of await t.db.respondent.findMany())
      before.set(r.id, { token: respondentToken(r.tokenSealed)!, submitted: r.submittedAt !== null, organizationId: r.organizationId });
    // Everything so far existed before the fix was applied.
    await t.db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET "finished_at" = now() WHERE "migration_name" = '${FIX}'`);
    await new Promise((r) => setTimeout(r, 20));
    await addRespondents.invoke(t.db, owner, south.slug, { assessmentId: openId, list: "after@south.example", defaultGroup: "managers" });
    await t.db.$executeRawUnsafe(MIGRATION);
  });
  afterAll(async () => t?.dispose());

  const grantedBanks = () => new Set([...cast.clients.map((c) => c.id)]);

  it("stops every old link of a bank that had a consultancy grant; links of other banks and later links keep working", async () => {
    let stopped = 0;
    for (const [id, r] of before) {
      const seen = grantedBanks().has(r.organizationId);
      const found = await respondentForLink(t.db, r.token);
      expect(found.ok, `${id} at ${r.organizationId}`).toBe(!seen);
      if (seen) stopped++;
    }
    expect(stopped).toBeGreaterThanOrEqual(2 * 8 + 2);
    // West Bank's grant was revoked before its respondents existed: nobody outside saw those links.
    const west = await t.db.respondent.findFirstOrThrow({ where: { organizationId: cast.formerClient.id } });
    expect((await respondentForLink(t.db, before.get(west.id)!.token)).ok).toBe(true);
    const after = await t.db.respondent.findFirstOrThrow({ where: { email: "after@south.example" } });
    expect((await respondentForLink(t.db, respondentToken(after.tokenSealed)!)).ok).toBe(true);
  });

  it("marks only unsubmitted respondents as needing a new link, keeps their answers, and re-issuing gives a working link", async () => {
    const rows = await t.db.respondent.findMany({
      where: { assessmentId: openId },
      orderBy: { email: "asc" },
      include: { _count: { select: { answers: true } } },
    });
    const view = respondentRows(rows, "https://meyar.example");
    expect(view.map((r) => [r.email, r.needsNewLink, r.link === null])).toEqual([
      ["after@south.example", false, false],
      ["p1@south.example", true, true],
      ["p2@south.example", true, true],
    ]);
    const submitted = await t.db.respondent.findMany({ where: { organizationId: cast.clients[0]!.id, submittedAt: { not: null } } });
    expect(submitted.length).toBeGreaterThan(0);
    expect(submitted.every((r) => r.linkResetAt === null && r.tokenHash.startsWith("invalidated:"))).toBe(true);
    const p1 = rows.find((r) => r.email === "p1@south.example")!;
    expect(Object.keys(await savedAnswers(t.db, p1.id))).toHaveLength(1);
    const south = cast.clients[1]!;
    expect(await reissueRespondentLink.invoke(t.db, owner, south.slug, { assessmentId: openId, respondentId: p1.id })).toMatchObject({
      ok: true,
    });
    const fresh = await t.db.respondent.findUniqueOrThrow({ where: { id: p1.id } });
    expect(fresh.linkResetAt).toBeNull();
    expect(await saveAnswer(t.db, respondentToken(fresh.tokenSealed)!, answer(1))).toMatchObject({ ok: true });
    expect(Object.keys(await savedAnswers(t.db, p1.id))).toHaveLength(2);
    expect(await saveAnswer(t.db, before.get(p1.id)!.token, answer(2))).toMatchObject({ ok: false, status: 404 });
  });
});
