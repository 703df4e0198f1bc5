// The demo pool: every benchmark and sector screen has data on a fresh install, and seeding twice
// changes nothing.
import { ordinal } from "../../lib/view/results/format.ts";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed.ts";
import { loadBenchmark } from "../../lib/features/benchmark/benchmark-view.ts";
import { loadSector } from "../../lib/features/supervision/sector-view.ts";
import { executiveReportResponse } from "../../lib/delivery/reports/report-response.ts";
import { DEMO_ASSESSMENT_NAME } from "../../prisma/demo-assessment.ts";
import { pdfTextLines } from "../support/pdf-inspect.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("demo benchmark pool on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    await seedDemo(t.db);
  }, 120_000);
  afterAll(async () => t?.dispose());

  it("publishes three rounds for at least 40 fictitious institutions, idempotently", async () => {
    const perRound = await t.db.benchmarkEntry.groupBy({
      by: ["round"],
      where: { latestInRound: true },
      _count: { _all: true },
      orderBy: { round: "asc" },
    });
    expect(perRound.map((r) => r.round)).toEqual([2024, 2025, 2026]);
    expect(perRound.find((r) => r.round === 2026)?._count._all).toBeGreaterThanOrEqual(40);
    const total = await t.db.benchmarkEntry.count();
    await seedDemo(t.db);
    expect(await t.db.benchmarkEntry.count()).toBe(total);
    // The demo bank's finished 2026 assessment is left as it was; its 2025 round is published.
    const atlas = await t.db.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
    expect(await t.db.assessment.count({ where: { organizationId: atlas.id, status: "CLOSED" } })).toBe(1);
    expect(
      (await t.db.benchmarkEntry.findMany({ where: { organizationId: atlas.id }, select: { round: true } })).map((e) => e.round),
    ).toEqual([2025]);
  });

  it("gives the demo bank peer figures with a realistic spread, and its own position", async () => {
    const atlas = await t.db.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
    const view = await loadBenchmark(t.db, atlas, {});
    expect(view.round).toBe(2025);
    expect(view.status).toBe("ok");
    if (view.status !== "ok") return;
    expect(view.peerCount).toBeGreaterThanOrEqual(30);
    const overall = view.metrics[0];
    expect(overall?.own).not.toBeNull();
    expect(overall?.percentileRank).not.toBeNull();
    expect(overall?.peers?.iqr).toBeGreaterThan(0.15);
    expect(overall?.peers?.iqr).toBeLessThan(1.2);
    expect(view.metrics.filter((m) => m.kind === "category" && m.peers !== null).length).toBe(6);
  });

  it("gives the demo regulator a ranking with laggards and change between rounds", async () => {
    const regulator = await t.db.organization.findUniqueOrThrow({ where: { slug: "central-supervision" } });
    const view = await loadSector(t.db, regulator.id);
    expect(view.round).toBe(2026);
    expect(view.ranking.length).toBeGreaterThanOrEqual(40);
    expect(view.ranking.some((r) => r.laggard)).toBe(true);
    expect(view.ranking.filter((r) => r.change !== null).length).toBeGreaterThan(20);
    const mean = view.ranking.reduce((s, r) => s + (r.change ?? 0), 0) / view.ranking.filter((r) => r.change !== null).length;
    expect(mean).toBeGreaterThan(0);
  });

  it("puts the demo bank's benchmark position in its executive report", async () => {
    const org = await t.db.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
    const assessment = await t.db.assessment.findFirstOrThrow({ where: { organizationId: org.id, name: DEMO_ASSESSMENT_NAME } });
    const owner = await t.db.user.findUniqueOrThrow({
      where: { email: "owner@demo.meyar.example" },
      select: { id: true, email: true, name: true },
    });
    const res = await executiveReportResponse(t.db, { user: owner, org, role: "OWNER" }, assessment.id, new URL("http://x/report"));
    expect(res.status).toBe(200);
    const text = pdfTextLines(new Uint8Array(await res.arrayBuffer())).join(" ");
    const view = await loadBenchmark(t.db, org, {});
    if (view.status !== "ok") throw new Error(view.reason);
    expect(text).toContain("Benchmark position");
    expect(text).toContain(`${view.peerCount} banks`);
    expect(text).toContain(`${ordinal(view.metrics[0]!.percentileRank!)} percentile`);
    expect(text).not.toMatch(/\b(\d*[123])th percentile/);
    // The report is of the unpublished 2026 assessment: it says plainly that the position is the 2025 round's.
    expect(text).toMatch(
      /This assessment is not published to the benchmark[^.]*\. The position shown is the bank's latest\s+published assessment \(round 2025\)/,
    );
  });

  it("every published demo assessment has submitted respondents and results on its own page", async () => {
    const published = await t.db.assessment.findMany({
      where: { status: "PUBLISHED" },
      select: { id: true, organizationId: true, name: true },
    });
    expect(published.length).toBeGreaterThan(40);
    const counts = await t.db.respondent.groupBy({
      by: ["assessmentId"],
      where: { submittedAt: { not: null }, revokedAt: null },
      _count: { _all: true },
    });
    const byId = new Map(counts.map((c) => [c.assessmentId, c._count._all]));
    expect(published.filter((a) => (byId.get(a.id) ?? 0) < 5)).toEqual([]);
    // Atlas's 2025 round: its page shows the same overall score as its pool entry.
    const atlas = await t.db.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
    const a2025 = published.find((a) => a.organizationId === atlas.id && a.name.includes("2025"))!;
    const page = (await loadAssessmentResults(t.db, { org: atlas }, a2025.id))!.results;
    const [entry] = await t.db.$queryRaw<{ scores: number[] }[]>`SELECT scores FROM "BenchmarkEntry" WHERE "assessmentId" = ${a2025.id}`;
    expect(page.status).toBe("ok");
    expect(page.overall.mean).toBeCloseTo(entry!.scores[0]!, 10);
  });
});
