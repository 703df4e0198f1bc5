// GET /api/v1/benchmark: the page's figures through an API key, with the same k-anonymity rule and
// field errors for bad filters; only banks, only on a plan with benchmarks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../lib/features/api-keys/keys.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { benchmarkMetrics } from "../../lib/features/benchmark/metrics.ts";
import { insertPoolEntry } from "../../lib/features/benchmark/pool.ts";
import { publishDistribution } from "../../lib/domain/benchmark/index.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { releaseDatabaseForRoutes, useDatabaseForRoutes } from "./support/route-db.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = latestFramework.version;
const METRICS = benchmarkMetrics(latestFramework);
type Route = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;

describe.each(enginesUnderTest())("API v1 benchmark on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let key: string;
  let GET: Route;
  const peers = [2.1, 2.6, 3.0, 3.4, 3.9, 4.2];

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    const publish = async (
      orgId: string,
      overall: number,
      profile: { ownership: "PRIVATE" | "STATE"; sizeBand: "SMALL" | "MEDIUM" | "LARGE"; region: string },
    ) => {
      const a = await t.db.assessment.create({
        data: {
          organizationId: orgId,
          name: `Round ${overall}`,
          frameworkVersion: FW,
          modules: ["cx", "ecrm"],
          groups: ["managers"],
          status: "PUBLISHED",
          publishedAt: new Date(Date.UTC(2025, 5, 1)),
        },
      });
      await insertPoolEntry(t.db, {
        assessmentId: a.id,
        organizationId: orgId,
        frameworkVersion: FW,
        round: 2025,
        profile,
        scores: METRICS.map((_, i) => (i === 0 ? overall : null)),
        publishedAt: new Date(Date.UTC(2025, 5, 1)),
      });
    };
    for (const [i, overall] of peers.entries()) {
      const org = await t.db.organization.create({
        data: {
          slug: `peer-${i}`,
          name: `Peer ${i}`,
          kind: "BANK",
          ownership: "PRIVATE",
          sizeBand: i === 0 ? "SMALL" : "LARGE",
          region: "Gulf",
        },
      });
      await publish(org.id, overall, { ownership: "PRIVATE", sizeBand: i === 0 ? "SMALL" : "LARGE", region: "Gulf" });
    }
    await publish(cast.orgA.id, 3.5, { ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Gulf" });
    const made = await createApiKey.invoke(t.db, cast.a.OWNER, cast.orgA.slug, { name: "BI tool", scope: "READ" });
    if (!made.ok) throw new Error(made.error);
    key = made.data.key;
    await useDatabaseForRoutes(t.db);
    ({ GET } = await import("../../app/api/v1/benchmark/route.ts"));
  });
  afterAll(async () => {
    releaseDatabaseForRoutes();
    await t?.dispose();
  });

  const call = (query: string, k: string | null = key) =>
    GET(new Request(`http://127.0.0.1/api/v1/benchmark${query}`, { headers: k ? { Authorization: `Bearer ${k}` } : {} }), {
      params: Promise.resolve({}) as Promise<never>,
    });

  it("answers the bank's percentile rank and the peers' quartiles, never naming a peer", async () => {
    const res = await call("?round=2025");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", round: 2025, k: 5, peerCount: 6 });
    const overall = body.metrics.find((m: { key: string }) => m.key === "overall");
    expect(overall.own).toBe(3.5);
    // The published figures: Harrell–Davis quartiles to one decimal, no P10/P90 under 10 peers.
    expect(overall.peers).toEqual(publishDistribution(Float64Array.from(peers).sort()));
    expect(overall.peers.p10).toBeNull();
    // Mid-rank: 4 peers below 3.5, none equal → 100·4/6 = 66.7, published in steps of 5 (under 20 peers) → 65.
    expect(overall.percentileRank).toBe(65);
    expect(JSON.stringify(body)).not.toMatch(/peer-\d|Peer \d/);
  });

  it("gives no figures for a group under five institutions, and refuses bad filters with field errors", async () => {
    const narrow = await (await call("?round=2025&sizeBand=SMALL")).json();
    expect(narrow).toMatchObject({ status: "suppressed" });
    expect(narrow.metrics).toBeUndefined();
    const bad = await call("?round=nineteen&ownership=OTHER");
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).fieldErrors).sort()).toEqual(["ownership", "round"]);
    expect((await call("", null)).status).toBe(401);
  });

  it("stops with the plan: on Free neither the API nor benchmarks are included", async () => {
    await t.db.billingAccount.create({ data: { organizationId: cast.orgA.id, assignedPlan: "free" } });
    const res = await call("?round=2025");
    expect(res.status).toBe(402);
    expect((await res.json()).error).toMatch(/Consultancy/);
  });
});
