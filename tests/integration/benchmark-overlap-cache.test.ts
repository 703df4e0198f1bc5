// The overlap control's kept lattices (lib/features/benchmark/overlap.ts) follow the pool: the same pool answers
// from what is kept, and a publication, a republication or a removed entry makes the next request decide again,
// so a kept decision can never let through a combination the current pool refuses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { benchmarkMetrics } from "../../lib/features/benchmark/metrics.ts";
import { insertPoolEntry } from "../../lib/features/benchmark/pool.ts";
import { poolOverlap } from "../../lib/features/benchmark/overlap.ts";
import { loadBenchmark } from "../../lib/features/benchmark/benchmark-view.ts";
import { combinationKey } from "../../lib/domain/benchmark/index.ts";
import { createCast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = latestFramework.version;
const METRICS = benchmarkMetrics(latestFramework);
const ROUND = 2040;

describe.each(enginesUnderTest())("the overlap control's kept lattices on %s", (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    await createCast(t.db);
  }, 60_000);
  afterAll(async () => t?.dispose());

  async function publish(slug: string, sizeBand: "SMALL" | "MEDIUM", publishedAt: Date) {
    const org = await t.db.organization.create({
      data: { slug, name: slug, kind: "BANK", ownership: "PRIVATE", sizeBand, region: "Gulf" },
    });
    const a = await t.db.assessment.create({
      data: {
        organizationId: org.id,
        name: slug,
        frameworkVersion: FW,
        modules: ["cx", "ecrm"],
        groups: ["managers"],
        status: "PUBLISHED",
        publishedAt,
      },
    });
    await insertPoolEntry(t.db, {
      assessmentId: a.id,
      organizationId: org.id,
      frameworkVersion: FW,
      round: ROUND,
      profile: { ownership: "PRIVATE", sizeBand, region: "Gulf" },
      scores: METRICS.map((_, i) => (i === 0 ? 3 : null)),
      publishedAt,
    });
    await t.db.benchmarkEntry.updateMany({ where: { assessmentId: a.id }, data: { latestInRound: true } });
    return org;
  }

  it("answers the same pool from what it kept and decides again after any change to the pool", async () => {
    const at = (d: number) => new Date(Date.UTC(ROUND, 0, d));
    for (let i = 0; i < 6; i++) await publish(`cache-small-${i}`, "SMALL", at(i + 1));
    const first = await poolOverlap(t.db, FW, ROUND, 5);
    expect(await poolOverlap(t.db, FW, ROUND, 5)).toBe(first);
    expect(first.members).toHaveLength(6);
    const small = combinationKey({ sizeBand: "SMALL" });
    expect(first.lattices.get("")!.has(small)).toBe(true);

    // One medium bank more: "all" and "small" now differ by one institution, so "small" must be refused.
    const medium = await publish("cache-medium", "MEDIUM", at(10));
    const second = await poolOverlap(t.db, FW, ROUND, 5);
    expect(second).not.toBe(first);
    expect(second.members).toHaveLength(7);
    expect(second.lattices.get("")!.has(small)).toBe(false);
    const outsider = await t.db.organization.create({ data: { slug: "cache-outsider", name: "Outsider", kind: "BANK" } });
    const view = await loadBenchmark(t.db, outsider, { round: ROUND, sizeBand: "SMALL" }, 5);
    expect(view).toMatchObject({ status: "suppressed", reasonCode: "overlap" });

    // Removing that bank's entry brings the first pool back, and with it the first pool's answer.
    await t.db.benchmarkEntry.deleteMany({ where: { organizationId: medium.id } });
    const third = await poolOverlap(t.db, FW, ROUND, 5);
    expect(third.members).toHaveLength(6);
    expect(third.lattices.get("")!.has(small)).toBe(true);
  });
});
