// What-if scenarios (lib/features/what-if) on real databases: the projection from the one results loader
// (no targets = the results page's figures exactly), ISM driver flags, the peer position under the
// benchmark's disclosure rules (nothing below K peers, and only the published figures), saving with a
// clear message on a name clash, comparing, turning a scenario into initiatives without duplicating an
// open one, and the refusals: another organisation's scenario is a 404, a viewer cannot save.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/platform/db/connect.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { peerPosition } from "../../lib/domain/scenario/index.ts";
import { benchmarkMetrics } from "../../lib/features/benchmark/metrics.ts";
import { insertPoolEntry } from "../../lib/features/benchmark/pool.ts";
import { loadBenchmark } from "../../lib/features/benchmark/benchmark-view.ts";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import {
  compareWhatIfScenarios,
  deleteWhatIfScenario,
  projectWhatIf,
  renameWhatIfScenario,
  saveWhatIfScenario,
  whatIfToInitiatives,
} from "../../lib/features/what-if/actions.ts";
import { listScenarios } from "../../lib/features/what-if/scenarios.ts";
import type { WhatIfView } from "../../lib/view/scenario/what-if.ts";
import { createCast, snapshotOrg, type Cast } from "./support/fixtures.ts";
import { createScoredAssessment } from "./support/scored-assessment.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = latestFramework.version;
const METRICS = benchmarkMetrics(latestFramework);

/** A pool bank whose every metric is `score`. */
async function addPeer(db: Db, i: number, score: number) {
  const org = await db.organization.create({
    data: { slug: `peer-${i}`, name: `Peer ${i}`, kind: "BANK", ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Gulf" },
  });
  const a = await db.assessment.create({
    data: {
      organizationId: org.id,
      name: "Peer round",
      frameworkVersion: FW,
      modules: ["cx", "ecrm"],
      groups: ["managers"],
      status: "PUBLISHED",
    },
  });
  const profile = { ownership: "PRIVATE" as const, sizeBand: "MEDIUM" as const, region: "Gulf" };
  const publishedAt = new Date("2026-06-01T00:00:00Z");
  await insertPoolEntry(db, {
    assessmentId: a.id,
    organizationId: org.id,
    frameworkVersion: FW,
    round: 2026,
    profile,
    scores: METRICS.map(() => score),
    publishedAt,
  });
}

describe.each(enginesUnderTest())("what-if on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let assessmentId: string;
  /** An e-CRM factor whose top target is held back by a driver. */
  let flagged: { key: string; message: string };

  const project = (targets: Record<string, number> | string, user = cast.a.OWNER) =>
    projectWhatIf.invoke(t.db, user, cast.orgA.slug, {
      assessmentId,
      targets: typeof targets === "string" ? targets : JSON.stringify(targets),
    });
  const view = async (targets: Record<string, number>, user = cast.a.OWNER): Promise<WhatIfView> => {
    const r = await project(targets, user);
    if (!r.ok) throw new Error(r.error);
    return r.data;
  };
  const save = (name: string, targets: Record<string, number>, user = cast.a.OWNER) =>
    saveWhatIfScenario.invoke(t.db, user, cast.orgA.slug, { assessmentId, name, targets: JSON.stringify(targets) });
  const scenarios = () => t.db.whatIfScenario.findMany({ where: { organizationId: cast.orgA.id }, orderBy: { name: "asc" } });

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    assessmentId = (await createScoredAssessment(t.db, cast.orgA.id)).id;
    const base = await view({});
    for (const f of base.factors.filter((x) => x.currentLevel !== null && x.currentLevel < 5)) {
      const r = await view({ [f.key]: 5 });
      const flag = r.flags.find((x) => x.factorKey === f.key);
      if (flag) {
        flagged = { key: f.key, message: flag.message };
        break;
      }
    }
  });
  afterAll(async () => t?.dispose());

  it("without targets reproduces the results page's figures exactly", async () => {
    const loaded = await loadAssessmentResults(t.db, { org: cast.orgA }, assessmentId);
    const r = await view({});
    expect(r.overall.projected).toBe(loaded!.results.overall.mean);
    expect(r.overall.projectedLevel).toBe(loaded!.results.overall.level);
    expect(r.modules.map((m) => m.projected)).toEqual(loaded!.results.modules.map((m) => m.mean));
    expect(r.categories.map((c) => c.projected)).toEqual(loaded!.results.categories.map((c) => c.mean));
    expect(r.factors.map((f) => f.projectedLevel)).toEqual(loaded!.results.factors.map((f) => f.level));
    expect(r.factors.every((f) => !f.changed)).toBe(true);
  });

  it("a target lifts its factor to the level's lower bound, moves nothing else, and names the driver that stays behind", async () => {
    expect(flagged, "the reference model gives some factor a driver").toBeDefined();
    const r = await view({ [flagged.key]: 5 });
    const f = r.factors.find((x) => x.key === flagged.key)!;
    expect(f).toMatchObject({ projected: 4.2, projectedLevel: 5, target: 5, changed: true });
    expect(r.factors.filter((x) => x.changed).map((x) => x.key)).toEqual([flagged.key]);
    expect(r.overall.projected!).toBeGreaterThan(r.overall.current!);
    expect(flagged.message).toMatch(new RegExp(`^${f.name} depends on .+(stays at level [1-4]|has no score yet)`));
  });

  it("refuses bad targets with a clear message", async () => {
    expect(await project("{not json")).toMatchObject({ ok: false, status: 422 });
    expect(await project({ training: 7 })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { targets: [expect.stringMatching(/1 to 5/)] },
    });
    expect(await project({ "no-such-factor": 3 })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { targets: [expect.stringMatching(/Unknown factor/)] },
    });
  });

  it("shows no peer position while the benchmark would not disclose, then only the published figures", async () => {
    expect((await view({})).peers).toEqual({ status: "unavailable", reason: "The benchmark pool has no published assessments yet." });
    for (let i = 0; i < 3; i++) await addPeer(t.db, i, 2 + i * 0.5);
    const few = (await view({})).peers;
    expect(few.status).toBe("unavailable");
    expect(few.status === "unavailable" && few.reason).toMatch(/fewer than|at least/i);
    expect((await view({})).overall.peers).toBeNull();
    for (let i = 3; i < 12; i++) await addPeer(t.db, i, 1.5 + (i % 6) * 0.5);
    const r = await view({ [flagged.key]: 5 });
    expect(r.peers).toMatchObject({ status: "ok", peerCount: 12 });
    const bench = await loadBenchmark(t.db, cast.orgA, {});
    if (bench.status !== "ok") throw new Error(bench.reason);
    const published = bench.metrics.find((m) => m.key === "overall")!.peers;
    expect(r.overall.peers).toEqual({
      current: peerPosition(r.overall.current, published),
      projected: peerPosition(r.overall.projected, published),
    });
    // Only bands of published cut points travel: no peer score, rank or count per value.
    expect(JSON.stringify(r)).not.toMatch(/percentileRank|"median"|"q1"/);
  });

  it("saves a named scenario (audited), refuses a name clash with a clear message, and lists it", async () => {
    const saved = await save("Stretch", { [flagged.key]: 5 });
    expect(saved).toMatchObject({ ok: true, data: { name: "Stretch", targets: { [flagged.key]: 5 } } });
    const before = await snapshotOrg(t.db, cast.orgA.id);
    const again = await save(" Stretch ", { [flagged.key]: 4 });
    expect(again).toMatchObject({
      ok: false,
      status: 409,
      error: 'A scenario named "Stretch" already exists for this assessment. Choose another name.',
    });
    expect(await save("Empty", {})).toMatchObject({ ok: false, status: 422 });
    expect(await snapshotOrg(t.db, cast.orgA.id)).toBe(before);
    expect((await listScenarios(t.db, cast.orgA.id, assessmentId)).map((s) => s.name)).toEqual(["Stretch"]);
    expect(await t.db.auditEvent.count({ where: { organizationId: cast.orgA.id, action: "what-if.saved" } })).toBe(1);
  });

  it("a viewer runs what-ifs but cannot save, rename or turn them into initiatives", async () => {
    expect((await project({ [flagged.key]: 4 }, cast.a.VIEWER)).ok).toBe(true);
    const [stretch] = await scenarios();
    expect(await save("Viewer's", { [flagged.key]: 4 }, cast.a.VIEWER)).toMatchObject({ ok: false, status: 403 });
    expect(await renameWhatIfScenario.invoke(t.db, cast.a.VIEWER, cast.orgA.slug, { scenarioId: stretch!.id, name: "X" })).toMatchObject({
      status: 403,
    });
    expect(await whatIfToInitiatives.invoke(t.db, cast.a.VIEWER, cast.orgA.slug, { scenarioId: stretch!.id })).toMatchObject({
      status: 403,
    });
    expect(await deleteWhatIfScenario.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { scenarioId: stretch!.id })).toMatchObject({
      status: 403,
    });
    expect((await scenarios()).map((s) => s.name)).toEqual(["Stretch"]);
  });

  it("another organisation's scenario or assessment is a 404 and stays unchanged", async () => {
    const [stretch] = await scenarios();
    const before = await snapshotOrg(t.db, cast.orgA.id);
    const bSlug = cast.orgB.slug;
    expect(await projectWhatIf.invoke(t.db, cast.bOwner, bSlug, { assessmentId, targets: "{}" })).toMatchObject({ status: 404 });
    expect(await projectWhatIf.invoke(t.db, cast.bOwner, cast.orgA.slug, { assessmentId, targets: "{}" })).toMatchObject({ status: 404 });
    expect(
      await saveWhatIfScenario.invoke(t.db, cast.bOwner, bSlug, { assessmentId, name: "Hijack", targets: '{"training":3}' }),
    ).toMatchObject({
      status: 404,
    });
    expect(await renameWhatIfScenario.invoke(t.db, cast.bOwner, bSlug, { scenarioId: stretch!.id, name: "Hijacked" })).toMatchObject({
      status: 404,
    });
    expect(await deleteWhatIfScenario.invoke(t.db, cast.bOwner, bSlug, { scenarioId: stretch!.id })).toMatchObject({ status: 404 });
    expect(await whatIfToInitiatives.invoke(t.db, cast.bOwner, bSlug, { scenarioId: stretch!.id })).toMatchObject({ status: 404 });
    expect(await compareWhatIfScenarios.invoke(t.db, cast.bOwner, bSlug, { first: stretch!.id, second: stretch!.id + "x" })).toMatchObject({
      status: 404,
    });
    expect(await snapshotOrg(t.db, cast.orgA.id)).toBe(before);
  });

  it("compares two scenarios side by side and renames one (audited)", async () => {
    const modest = await save("Modest", { [flagged.key]: 3 });
    if (!modest.ok) throw new Error(modest.error);
    const [, stretch] = await scenarios(); // Modest, Stretch
    const r = await compareWhatIfScenarios.invoke(t.db, cast.a.VIEWER, cast.orgA.slug, { first: stretch!.id, second: modest.data.id });
    if (!r.ok) throw new Error(r.error);
    expect(r.data.map((s) => s.name)).toEqual(["Stretch", "Modest"]);
    expect(r.data[0]!.view.overall.projected!).toBeGreaterThanOrEqual(r.data[1]!.view.overall.projected!);
    expect(r.data[0]!.view.modules.map((m) => m.key)).toEqual(r.data[1]!.view.modules.map((m) => m.key));
    expect(
      await renameWhatIfScenario.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { scenarioId: modest.data.id, name: "Stretch" }),
    ).toMatchObject({
      status: 409,
    });
    expect(
      await renameWhatIfScenario.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { scenarioId: modest.data.id, name: "Cautious" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await t.db.auditEvent.count({ where: { organizationId: cast.orgA.id, action: "what-if.renamed" } })).toBe(1);
  });

  it("turns a scenario into one initiative per lifted factor, never duplicating an open initiative", async () => {
    const base = await view({});
    const low = base.factors.filter((f) => f.currentLevel !== null && f.currentLevel < 4 && f.key !== flagged.key).slice(0, 2);
    expect(low).toHaveLength(2);
    await t.db.initiative.create({
      data: { organizationId: cast.orgA.id, title: "Already running", factorKeys: [low[1]!.key], status: "IN_PROGRESS" },
    });
    const saved = await save("Plan it", { [flagged.key]: 5, [low[0]!.key]: 4, [low[1]!.key]: 4 });
    if (!saved.ok) throw new Error(saved.error);
    const r = await whatIfToInitiatives.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { scenarioId: saved.data.id });
    if (!r.ok) throw new Error(r.error);
    expect(r.data.created.map((c) => c.factorKey).sort()).toEqual([flagged.key, low[0]!.key].sort());
    expect(r.data.skipped).toEqual([{ factorKey: low[1]!.key, name: low[1]!.name, reason: 'already in the plan ("Already running")' }]);
    const rows = await t.db.initiative.findMany({ where: { organizationId: cast.orgA.id, createdFromAssessmentId: assessmentId } });
    expect(rows).toHaveLength(2);
    expect(rows.every((i) => i.status === "PLANNED" && i.factorKeys.length === 1)).toBe(true);
    const twice = await whatIfToInitiatives.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { scenarioId: saved.data.id });
    expect(twice).toMatchObject({ ok: true, data: { created: [] } });
    expect(await t.db.initiative.count({ where: { organizationId: cast.orgA.id } })).toBe(3);
  });

  it("an admin deletes a scenario (audited)", async () => {
    const [first] = await scenarios();
    expect(await deleteWhatIfScenario.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { scenarioId: first!.id })).toMatchObject({ ok: true });
    expect((await scenarios()).some((s) => s.id === first!.id)).toBe(false);
    expect(await t.db.auditEvent.count({ where: { organizationId: cast.orgA.id, action: "what-if.deleted" } })).toBe(1);
  });
});
