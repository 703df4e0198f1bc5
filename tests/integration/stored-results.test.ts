// Results are computed once and stored: the second reader gets the stored results (one row per view),
// and every input they depend on — a new submission, a revoked respondent, reopening, the anonymity
// threshold, an adopted model — gives fresh results, never stale ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import { forgetRememberedResults } from "../../lib/features/results/stored-results.ts";
import { issueRespondentToken } from "../../lib/features/assessments/respondent-links.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { createScoredAssessment } from "./support/scored-assessment.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("stored results on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let assessmentId: string;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    assessmentId = (await createScoredAssessment(t.db, cast.orgA.id, { managers: 5, employees: 6 })).id;
  });
  afterAll(async () => t?.dispose());

  const load = (target?: 3 | 4) => loadAssessmentResults(t.db, { org: cast.orgA }, assessmentId, target ? { target } : {});
  const rows = () => t.db.storedResults.findMany({ where: { assessmentId } });

  it("computes once, stores the results, and serves the stored row to the next reader", async () => {
    const first = await load();
    expect(first?.submitted).toBe(11);
    const stored = await rows();
    expect(stored).toHaveLength(1);
    // Mark the stored row: a reader that recomputed would not see the mark.
    const row = stored[0]!;
    await t.db.storedResults.update({ where: { key: row.key }, data: { results: { ...(row.results as object), submitted: 999 } } });
    forgetRememberedResults();
    expect((await load())?.submitted).toBe(999);
    await t.db.storedResults.update({ where: { key: row.key }, data: { results: row.results as object } });
    forgetRememberedResults();
    expect((await load())?.submitted).toBe(11);
    // Another view (a different roadmap target) has a row of its own.
    expect((await load(4))?.results.roadmap).toBeDefined();
    expect(await rows()).toHaveLength(2);
  });

  it("gives fresh results after a new submission, and replaces the stale row of that view", async () => {
    const before = await load();
    const t1 = issueRespondentToken();
    const r = await t.db.respondent.create({
      data: {
        assessmentId,
        organizationId: cast.orgA.id,
        email: "late@example.org",
        group: "managers",
        tokenHash: t1.tokenHash,
        tokenSealed: t1.tokenSealed,
        submittedAt: new Date(),
      },
    });
    const first = await t.db.answer.findFirstOrThrow({
      where: { respondent: { assessmentId, submittedAt: { not: null }, revokedAt: null } },
    });
    await t.db.answer.create({ data: { respondentId: r.id, itemKey: first.itemKey, value: 5, answeredAt: new Date() } });
    const after = await load();
    expect(before?.submitted).toBe(11);
    expect(after?.submitted).toBe(12);
    // One row per view: the default view's old row was replaced, the target-4 view kept.
    expect(await rows()).toHaveLength(2);

    await t.db.respondent.update({ where: { id: r.id }, data: { revokedAt: new Date() } });
    expect((await load())?.submitted).toBe(11);
  });

  it("gives fresh results when the anonymity threshold or the status changes", async () => {
    expect((await load())?.results.status).not.toBe("withheld");
    await t.db.organization.update({ where: { id: cast.orgA.id }, data: { anonymityThreshold: 20 } });
    expect((await load())?.results.status).toBe("withheld");
    await t.db.organization.update({ where: { id: cast.orgA.id }, data: { anonymityThreshold: 5 } });
    expect((await load())?.results.status).not.toBe("withheld");
    const keyBefore = (await rows()).map((x) => x.key).sort();
    await t.db.assessment.update({ where: { id: assessmentId }, data: { status: "OPEN" } });
    await load();
    expect((await rows()).map((x) => x.key).sort()).not.toEqual(keyBefore);
  });
});
