// Issue 13: the overview's history of the overall index and the modules across every round. Each figure is
// the round's own results page figure (the one results loader); a round below the anonymity threshold shows
// why instead of figures; open assessments and other organisations' rounds are not in it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import { loadRoundHistory } from "../../lib/features/results/round-history.ts";
import { seedClosedDemoAssessment } from "../../prisma/demo-client-assessments.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("history across rounds on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  const ids: Record<string, string> = {};
  const round = (name: string, seed: number, count: number, closedAt: string) =>
    seedClosedDemoAssessment(t.db, cast.orgA.id, { name, seed, count, emailDomain: "history.example", closedAt: new Date(closedAt) });

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    ids.first = await round("Baseline 2024", 11, 9, "2024-11-20T12:00:00Z");
    ids.thin = await round("Pulse 2025", 12, 2, "2025-06-10T12:00:00Z");
    ids.second = await round("Review 2025", 13, 12, "2025-11-20T12:00:00Z");
    await t.db.assessment.update({
      where: { id: ids.second },
      data: { status: "PUBLISHED", publishedAt: new Date("2025-12-01T00:00:00Z") },
    });
    ids.other = await seedClosedDemoAssessment(t.db, cast.orgB.id, {
      name: "Beta baseline",
      seed: 14,
      count: 8,
      emailDomain: "history.example",
      closedAt: new Date("2025-10-01T12:00:00Z"),
    });
    const open = await t.db.assessment.create({
      data: {
        organizationId: cast.orgA.id,
        name: "Open 2026",
        frameworkVersion: latestFramework.version,
        modules: ["cx", "ecrm"],
        groups: ["managers"],
      },
    });
    ids.open = open.id;
  }, 120_000);
  afterAll(async () => t?.dispose());

  it("lists every closed or published round oldest first, with its results page's figures", async () => {
    const history = await loadRoundHistory(t.db, cast.orgA);
    expect(history.rows.map((r) => [r.name, r.label, r.published])).toEqual([
      ["Baseline 2024", "2024", false],
      ["Pulse 2025", "2025", false],
      ["Review 2025", "2025 (2)", true],
    ]);
    expect(history.modules.map((m) => m.key)).toEqual(["cx", "ecrm"]);
    for (const key of ["first", "second"]) {
      const page = (await loadAssessmentResults(t.db, { org: cast.orgA }, ids[key]!))!.results;
      const row = history.rows.find((r) => r.assessmentId === ids[key])!;
      expect(row.overall).toEqual({ mean: page.overall.mean, percent: page.overall.percent, level: page.overall.level });
      for (const m of page.modules) expect(row.modules[m.key]).toBe(m.mean);
    }
    expect(history.notes).toEqual([]);
  });

  it("shows why a round below the anonymity threshold has no figures, and nothing of it", async () => {
    const thin = (await loadRoundHistory(t.db, cast.orgA)).rows.find((r) => r.assessmentId === ids.thin)!;
    expect(thin.overall).toBeNull();
    expect(Object.values(thin.modules)).toEqual([null, null]);
    expect(thin.withheldReason).toMatch(/5/);
  });

  it("keeps to the organisation's own closed rounds", async () => {
    const rows = (await loadRoundHistory(t.db, cast.orgA)).rows.map((r) => r.assessmentId);
    expect(rows).not.toContain(ids.other);
    expect(rows).not.toContain(ids.open);
    expect((await loadRoundHistory(t.db, cast.orgB)).rows.map((r) => r.assessmentId)).toEqual([ids.other]);
  });
});
