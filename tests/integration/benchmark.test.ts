// The benchmark pool and peer figures on real databases: publishing writes scores (never answers) in
// the publishing transaction; the database's figures equal the published (disclosure-controlled)
// definitions on a known pool; a peer group under K institutions, or one that differs from another
// published group by too few institutions, yields no figures however the filters are set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/platform/db/connect.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { percentileRank, protectedQuantiles, publishDistribution, publishRank } from "../../lib/domain/benchmark/index.ts";
import { publishAssessment } from "../../lib/features/assessments/manage.ts";
import { benchmarkMetrics } from "../../lib/features/benchmark/metrics.ts";
import { insertPoolEntry, readScores } from "../../lib/features/benchmark/pool.ts";
import { loadBenchmark, type BenchmarkView } from "../../lib/features/benchmark/benchmark-view.ts";
import { parsePeerFilters } from "../../lib/features/benchmark/filters.ts";
import { demoAnswers } from "../../prisma/demo-assessment.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = latestFramework.version;
const METRICS = benchmarkMetrics(latestFramework);
const FACTOR = METRICS.findIndex((m) => m.key === "factor:infrastructure");

interface PoolBank {
  slug: string;
  ownership: "PRIVATE" | "STATE";
  sizeBand: "SMALL" | "MEDIUM" | "LARGE";
  region: string;
  overall: number;
}

/** A known pool in round 2025: overall = factor score = the given value; other metrics null. */
async function addBank(db: Db, b: PoolBank, round = 2025, publishedAt = new Date(Date.UTC(round, 5, 1))) {
  const org = await db.organization.upsert({
    where: { slug: b.slug },
    update: {},
    create: { slug: b.slug, name: `${b.slug} name`, kind: "BANK", ownership: b.ownership, sizeBand: b.sizeBand, region: b.region },
  });
  const a = await db.assessment.create({
    data: {
      organizationId: org.id,
      name: `${b.slug} ${round}`,
      frameworkVersion: FW,
      modules: ["cx", "ecrm"],
      groups: ["managers"],
      status: "PUBLISHED",
      publishedAt,
    },
  });
  const scores = METRICS.map((_, i) => (i === 0 || i === FACTOR ? b.overall : null));
  await insertPoolEntry(db, { assessmentId: a.id, organizationId: org.id, frameworkVersion: FW, round, profile: b, scores, publishedAt });
  return org;
}

function figures(view: BenchmarkView, key: string) {
  if (view.status !== "ok") throw new Error(`expected figures, got: ${view.reason}`);
  const m = view.metrics.find((x) => x.key === key);
  if (!m) throw new Error(`no metric ${key}`);
  return m;
}

describe.each(enginesUnderTest())("benchmark on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
  });
  afterAll(async () => t?.dispose());

  it("publishing writes the bank's scores to the pool, computed by the engine, and nothing of the answers", async () => {
    const respondents = demoAnswers(11, 6);
    for (const [i, r] of respondents.entries()) {
      const resp = await t.db.respondent.create({
        data: {
          assessmentId: cast.bAssessmentId,
          organizationId: cast.orgB.id,
          email: `p${i}@beta.example`,
          group: r.group,
          tokenHash: `h${i}`.padEnd(64, "0"),
          tokenSealed: "x",
          submittedAt: new Date(),
        },
      });
      await t.db.answer.createMany({
        data: Object.entries(r.answers).map(([itemKey, value]) => ({ respondentId: resp.id, itemKey, value, answeredAt: new Date() })),
      });
    }
    await t.db.assessment.update({ where: { id: cast.bAssessmentId }, data: { closedAt: new Date(Date.UTC(2025, 9, 1)) } });
    expect(await t.db.benchmarkEntry.count()).toBe(0);
    const result = await publishAssessment.invoke(t.db, cast.bOwner, cast.orgB.slug, { assessmentId: cast.bAssessmentId });
    expect(result).toMatchObject({ ok: true });
    const [entry] = await t.db.$queryRaw<
      {
        organizationId: string;
        round: number;
        ownership: string;
        sizeBand: string;
        region: string;
        latestInRound: boolean;
        frameworkVersion: string;
        scores: (number | null)[];
      }[]
    >`
      SELECT "organizationId", round, ownership::text, "sizeBand"::text, region, "latestInRound", "frameworkVersion", scores FROM "BenchmarkEntry" WHERE "assessmentId" = ${cast.bAssessmentId}`;
    if (!entry) throw new Error("no pool entry");
    expect(entry).toMatchObject({
      organizationId: cast.orgB.id,
      round: 2025,
      ownership: "STATE",
      sizeBand: "LARGE",
      region: "Levant",
      latestInRound: true,
      frameworkVersion: FW,
    });
    expect(entry.scores).toHaveLength(METRICS.length);
    const { loadSubmittedResponses } = await import("../../lib/features/results/responses.ts");
    const { scoreAssessment } = await import("../../lib/domain/scoring/index.ts");
    const engineScores = scoreAssessment(
      {
        framework: latestFramework,
        modules: ["cx", "ecrm"],
        responses: await loadSubmittedResponses(t.db, cast.orgB.id, cast.bAssessmentId),
      },
      { bootstrap: false },
    );
    expect(entry.scores[0]).toBeCloseTo(engineScores.overall.overall.mean as number, 12);
    expect(entry.scores[FACTOR]).toBeCloseTo(engineScores.overall.factors.find((f) => f.key === "infrastructure")?.mean as number, 12);
    // The optional CKM module was not assessed: its metrics are empty, not zero.
    expect(readScores(entry.scores)[METRICS.findIndex((m) => m.key === "module:ckm")]).toBeNull();
    const stored = await t.db.$queryRaw<
      { nulls: number }[]
    >`SELECT count(*)::int AS nulls FROM "BenchmarkEntry", unnest(scores) v WHERE v IS NULL`;
    expect(stored[0]?.nulls).toBeGreaterThan(0);
    // Publishing twice is refused and writes nothing more.
    expect(await publishAssessment.invoke(t.db, cast.bOwner, cast.orgB.slug, { assessmentId: cast.bAssessmentId })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await t.db.benchmarkEntry.count()).toBe(1);
  });

  it("peer figures on a known pool equal the stated definitions, and the bank itself is not its own peer", async () => {
    // Seven Gulf banks (one twice: its later assessment in the round counts), plus alpha (the viewer).
    const values = [2.0, 2.5, 2.5, 3.0, 3.4, 3.9, 4.2];
    for (const [i, v] of values.entries())
      await addBank(t.db, { slug: `gulf-${i}`, ownership: i % 2 ? "STATE" : "PRIVATE", sizeBand: "MEDIUM", region: "Gulf", overall: v });
    await addBank(
      t.db,
      { slug: "gulf-6", ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Gulf", overall: 1.2 },
      2025,
      new Date(Date.UTC(2025, 0, 1)),
    );
    await addBank(t.db, { slug: "alpha-bank", ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Gulf", overall: 3.0 });

    // "Gulf" differs from the whole round by one institution (Beta, in the Levant): comparing the two
    // would give Beta's scores away, so the overlap control answers the coarser group only.
    const gulf = await loadBenchmark(t.db, cast.orgA, { round: 2025, region: "Gulf" });
    expect(gulf.status).toBe("suppressed");
    if (gulf.status === "suppressed") expect(gulf.reason).toMatch(/differs from another published peer group/);
    const view = await loadBenchmark(t.db, cast.orgA, { round: 2025 });
    const overall = figures(view, "overall");
    expect(view.status === "ok" && view.peerCount).toBe(8);
    expect(overall.own).toBeCloseTo(3.0, 12);
    const [beta] = await t.db.$queryRaw<
      { s: number }[]
    >`SELECT scores[1] AS s FROM "BenchmarkEntry" WHERE "organizationId" = ${cast.orgB.id}`;
    const peers = [...values, Number(beta?.s)].sort((x, y) => x - y);
    // Published: Harrell–Davis quartiles rounded to one decimal, no P10/P90 under 10 peers, the IQR of
    // the rounded quartiles; the unrounded figures are not any peer's score.
    const expected = publishDistribution(Float64Array.from(peers));
    expect(overall.peers).toEqual(expected);
    expect(overall.peers?.p10).toBeNull();
    expect(overall.peers?.p90).toBeNull();
    const raw = protectedQuantiles(Float64Array.from(peers));
    expect(overall.peers?.median).toBe(Math.round((raw?.median as number) * 10) / 10);
    expect(overall.peers?.iqr).toBeCloseTo((overall.peers?.q3 as number) - (overall.peers?.q1 as number), 9);
    // Mid-rank among 8 peers, published in steps of 5 (a group under 20).
    expect(overall.percentileRank).toBe(publishRank(percentileRank(peers, 3.0), 8));
    expect((overall.percentileRank as number) % 5).toBe(0);
    // Metrics nobody scored have no figures.
    expect(figures(view, "module:ckm").peers).toBeNull();
    // The response carries aggregates only: no institution names, slugs or ids.
    const json = JSON.stringify(view);
    for (const s of ["gulf-", "Beta Bank", cast.orgB.id, cast.orgB.slug]) expect(json).not.toContain(s);
  });

  it("a narrow filter that would single out an institution yields no figures and says why", async () => {
    // Gulf + STATE: gulf-1, gulf-3, gulf-5 → three banks, fewer than five.
    for (const filters of [
      { round: 2025, region: "Gulf", ownership: "STATE" as const },
      { round: 2025, region: "Levant" },
      { round: 2025, region: "Gulf", sizeBand: "LARGE" as const },
      { round: 2025, region: "Nowhere" },
      { round: 1999 + 27 },
    ]) {
      const view = await loadBenchmark(t.db, cast.orgA, filters);
      expect(view.status, JSON.stringify(filters)).toBe("suppressed");
      if (view.status === "suppressed")
        expect(view.reason).toMatch(/Fewer than 5 institutions|no published|differs from another published peer group/);
      expect(JSON.stringify(view)).not.toMatch(/"(median|q1|q3|percentileRank)"/);
    }
    // Regions offered as filters are only those with at least K institutions.
    const view = await loadBenchmark(t.db, cast.orgA, { round: 2025 });
    expect(view.regions).toEqual(["Gulf"]);
  });

  it("K can be raised but not lowered", async () => {
    expect((await loadBenchmark(t.db, cast.orgA, { round: 2025, region: "Gulf" }, 8)).status).toBe("suppressed");
    expect((await loadBenchmark(t.db, cast.orgA, { round: 2025, region: "Gulf", ownership: "STATE" }, 2)).status).toBe("suppressed");
  });

  it("bad filters are refused with a message and dropped", () => {
    const parsed = parsePeerFilters({ ownership: "MUTUAL", region: "Gulf", round: "20x5" });
    expect(parsed.filters).toEqual({ region: "Gulf" });
    expect(parsed.errors).toHaveLength(2);
  });
});
