// Contract tests of /api/v1: the app's route handlers, called directly, on a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createApiKey, revokeApiKey } from "../../lib/features/api-keys/keys.ts";
import { API_KEY_RATE_LIMIT, rateLimitKey } from "../../lib/delivery/api/guard.ts";
import { createAssessmentBody } from "../../lib/delivery/api/schemas.ts";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import { createCast, snapshotOrg, type Cast } from "./support/fixtures.ts";
import { releaseDatabaseForRoutes, useDatabaseForRoutes } from "./support/route-db.ts";
import { createScoredAssessment } from "./support/scored-assessment.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

// Each route accepts its own params; `never` lets one caller drive them all.
type Route = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;
const BASE = "http://127.0.0.1/api/v1";

describe.each(enginesUnderTest())("API v1 on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let readKey: string;
  let writeKey: string;
  let bKey: string;
  let scoredId: string;
  let routes: {
    list: { GET: Route; POST: Route };
    one: { GET: Route };
    scores: { GET: Route };
    roadmap: { GET: Route };
    ism: { POST: Route };
    openapi: { GET: () => Response };
  };

  const call = (
    route: Route,
    path: string,
    opts: { key?: string | null; method?: string; body?: string; params?: Record<string, string> } = {},
  ) =>
    route(
      new Request(`${BASE}${path}`, {
        method: opts.method ?? "GET",
        headers: {
          ...(opts.key ? { Authorization: `Bearer ${opts.key}` } : {}),
          ...(opts.body !== undefined ? { "Content-Type": "application/json" } : {}),
        },
        ...(opts.body !== undefined ? { body: opts.body } : {}),
      }),
      { params: Promise.resolve(opts.params ?? {}) as Promise<never> },
    );

  async function newKey(slug: string, user: Cast["bOwner"], scope: "READ" | "READ_WRITE"): Promise<string> {
    const r = await createApiKey.invoke(t.db, user, slug, { name: `${scope} key`, scope });
    if (!r.ok) throw new Error(r.error);
    return r.data.key;
  }

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    readKey = await newKey(cast.orgA.slug, cast.a.ADMIN, "READ");
    writeKey = await newKey(cast.orgA.slug, cast.a.OWNER, "READ_WRITE");
    bKey = await newKey(cast.orgB.slug, cast.bOwner, "READ_WRITE");
    scoredId = (await createScoredAssessment(t.db, cast.orgA.id, { createdAt: new Date("2026-06-01T00:00:00Z") })).id;
    for (let i = 0; i < 4; i++) {
      await t.db.assessment.create({
        data: {
          organizationId: cast.orgA.id,
          name: `Wave ${i}`,
          frameworkVersion: "meyar-2026.1",
          modules: ["cx", "ecrm"],
          groups: ["managers"],
          createdAt: new Date(Date.UTC(2026, 6, 1 + i)),
        },
      });
    }
    await useDatabaseForRoutes(t.db);
    routes = {
      list: await import("../../app/api/v1/assessments/route.ts"),
      one: await import("../../app/api/v1/assessments/[id]/route.ts"),
      scores: await import("../../app/api/v1/assessments/[id]/scores/route.ts"),
      roadmap: await import("../../app/api/v1/assessments/[id]/roadmap/route.ts"),
      ism: await import("../../app/api/v1/ism/route.ts"),
      openapi: await import("../../app/api/v1/openapi.json/route.ts"),
    };
  });
  afterAll(async () => {
    releaseDatabaseForRoutes();
    await t?.dispose();
  });

  it("stores keys hashed, shows them once, and lets only ADMIN/OWNER manage them (audited)", async () => {
    const stored = await t.db.apiKey.findMany({ where: { organizationId: cast.orgA.id } });
    expect(stored).toHaveLength(2);
    for (const k of stored) {
      expect(k.keyHash).toMatch(/^[0-9a-f]{64}$/);
      expect([readKey, writeKey]).not.toContain(k.keyHash);
      expect(readKey.startsWith(k.prefix) || writeKey.startsWith(k.prefix)).toBe(true);
    }
    const byAnalyst = await createApiKey.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { name: "Nope", scope: "READ" });
    expect(byAnalyst).toMatchObject({ ok: false, status: 403 });
    const bad = await createApiKey.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { name: "x", scope: "ALL" });
    expect(bad).toMatchObject({ ok: false, status: 422, fieldErrors: { name: expect.any(Array), scope: expect.any(Array) } });
    const ownKey = (await t.db.apiKey.findFirstOrThrow({ where: { organizationId: cast.orgA.id } })).id;
    expect(await revokeApiKey.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { keyId: ownKey })).toMatchObject({ ok: false, status: 403 });
    expect(await revokeApiKey.invoke(t.db, null, cast.orgA.slug, { keyId: ownKey })).toMatchObject({ ok: false, status: 401 });
    expect(await t.db.apiKey.findUniqueOrThrow({ where: { id: ownKey } })).toMatchObject({ revokedAt: null });
    const theirKey = (await t.db.apiKey.findFirstOrThrow({ where: { organizationId: cast.orgB.id } })).id;
    const before = await snapshotOrg(t.db, cast.orgB.id);
    expect(await revokeApiKey.invoke(t.db, cast.a.OWNER, cast.orgA.slug, { keyId: theirKey })).toMatchObject({ ok: false, status: 404 });
    expect(await snapshotOrg(t.db, cast.orgB.id)).toBe(before);
    const audit = await t.db.auditEvent.findMany({ where: { organizationId: cast.orgA.id, action: "api-key.created" } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(readKey);
  });

  it("refuses missing, unknown and revoked keys with 401 and a JSON error", async () => {
    const missing = await call(routes.list.GET, "/assessments");
    expect(missing.status).toBe(401);
    expect(missing.headers.get("WWW-Authenticate")).toContain("Bearer");
    expect(await missing.json()).toEqual({ error: expect.stringContaining("Bearer") });
    expect((await call(routes.list.GET, "/assessments", { key: "myr_not-a-real-key" })).status).toBe(401);
    const doomed = await newKey(cast.orgA.slug, cast.a.ADMIN, "READ");
    expect((await call(routes.list.GET, "/assessments", { key: doomed })).status).toBe(200);
    const id = (await t.db.apiKey.findFirstOrThrow({ where: { organizationId: cast.orgA.id, prefix: doomed.slice(0, 10) } })).id;
    expect((await revokeApiKey.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { keyId: id })).ok).toBe(true);
    const revoked = await call(routes.list.GET, "/assessments", { key: doomed });
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error).toMatch(/revoked/);
  });

  it("lists only the key's organisation's assessments, newest first, in cursor pages with a documented maximum", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call(routes.list.GET, `/assessments?limit=2${cursor ? `&cursor=${cursor}` : ""}`, { key: readKey });
      expect(res.status).toBe(200);
      expect(res.headers.get("X-RateLimit-Limit")).toBe(String(API_KEY_RATE_LIMIT.limit));
      const body = (await res.json()) as { data: { id: string; name: string; createdAt: string }[]; nextCursor: string | null };
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((a) => a.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    const own = await t.db.assessment.findMany({
      where: { organizationId: cast.orgA.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(seen).toEqual(own.map((a) => a.id));
    expect(own).toHaveLength(5);
    expect(pages).toBe(3);
    expect(seen).not.toContain(cast.bAssessmentId);

    const tooMany = await call(routes.list.GET, "/assessments?limit=101", { key: readKey });
    expect(tooMany.status).toBe(422);
    expect((await tooMany.json()).fieldErrors.limit[0]).toMatch(/at most 100/);
    const badCursor = await call(routes.list.GET, "/assessments?cursor=garbage", { key: readKey });
    expect(badCursor.status).toBe(422);
    expect((await badCursor.json()).fieldErrors).toHaveProperty("cursor");
  });

  it("gets one assessment, and answers 404 for another organisation's id on every endpoint", async () => {
    const res = await call(routes.one.GET, `/assessments/${scoredId}`, { key: readKey, params: { id: scoredId } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: scoredId, status: "CLOSED", respondents: { invited: 16, submitted: 15 } });
    for (const route of [routes.one.GET, routes.scores.GET, routes.roadmap.GET]) {
      const other = await call(route, `/assessments/${cast.bAssessmentId}`, { key: readKey, params: { id: cast.bAssessmentId } });
      expect(other.status).toBe(404);
      expect(await other.json()).toEqual({ error: "That assessment was not found." });
    }
  });

  it("returns the dashboard's scores and a roadmap with a chosen target", async () => {
    const expected = (await loadAssessmentResults(t.db, { org: cast.orgA }, scoredId))!.results;
    const res = await call(routes.scores.GET, `/assessments/${scoredId}/scores`, { key: readKey, params: { id: scoredId } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.overall.mean).toBe(expected.overall.mean);
    expect(body.overall.respondents).toBe(15);
    expect(body.groups.map((g: { group: string; respondents: number }) => [g.group, g.respondents])).toEqual([
      ["managers", 6],
      ["employees", 9],
    ]);
    expect(body.factors).toHaveLength(expected.factors.length);
    for (const f of expected.factors) expect(body.factors.find((x: { key: string }) => x.key === f.key).mean).toBe(f.mean);

    const roadmap = await call(routes.roadmap.GET, `/assessments/${scoredId}/roadmap?target=5`, { key: readKey, params: { id: scoredId } });
    expect(roadmap.status).toBe(200);
    const rm = await roadmap.json();
    expect(rm.target).toEqual({ level: 5, levelName: "Optimised", isDefault: false });
    expect(rm.phases.length).toBeGreaterThan(0);
    expect(rm.phases[0].items[0]).toMatchObject({ rank: 1, targetLevel: 5, reason: expect.any(String) });
    const bad = await call(routes.roadmap.GET, `/assessments/${scoredId}/roadmap?target=9`, { key: readKey, params: { id: scoredId } });
    expect(bad.status).toBe(422);
    expect((await bad.json()).fieldErrors.target).toEqual(["target must be 2–5."]);
  });

  it("computes ISM from an SSIM, and rejects malformed bodies with field errors", async () => {
    const ok = await call(routes.ism.POST, "/ism", {
      key: readKey,
      method: "POST",
      body: JSON.stringify({ factors: ["A", "B", "C"], ssim: ["VV", "V", ""] }),
    });
    expect(ok.status).toBe(200);
    const ism = await ok.json();
    expect(ism.levels).toEqual([3, 2, 1]);
    const shapes: [string, string][] = [
      ["not json", "_form"],
      [JSON.stringify({ factors: "A,B", ssim: [] }), "factors"],
      [JSON.stringify({ factors: ["A", "B"], ssim: ["Q", ""] }), "ssim"],
      [JSON.stringify({ factors: ["A", "B"], ssim: ["V", ""], extra: 1 }), "_form"],
    ];
    for (const [body, field] of shapes) {
      const res = await call(routes.ism.POST, "/ism", { key: readKey, method: "POST", body });
      // Not JSON is 400 (the one body reader, lib/platform/http/json-body.ts); a schema fault 422.
      expect(res.status, body).toBe(body === "not json" ? 400 : 422);
      expect(Object.keys((await res.json()).fieldErrors)).toContain(field);
    }
  });

  it("creates an assessment with a read-write key only; validates like the web form", async () => {
    // The guard stamps the key's last use (and audits it hourly) on every authenticated request; nothing else may change.
    const state = async () => {
      const keyUses = await t.db.auditEvent.count({ where: { organizationId: cast.orgA.id, action: "api-key.used" } });
      const snap = JSON.parse(await snapshotOrg(t.db, cast.orgA.id), (k, v) => (k === "lastUsedAt" ? undefined : v));
      return JSON.stringify({ ...snap, audit: snap.audit - keyUses });
    };
    const before = await state();
    const body = JSON.stringify({ name: "API wave", groups: ["branch-staff", "managers"] });
    const readOnly = await call(routes.list.POST, "/assessments", { key: readKey, method: "POST", body });
    expect(readOnly.status).toBe(403);
    const malformed = await call(routes.list.POST, "/assessments", {
      key: writeKey,
      method: "POST",
      body: JSON.stringify({ name: "x", groups: ["Bad Group!"], modules: ["nope"] }),
    });
    expect(malformed.status).toBe(422);
    const errs = (await malformed.json()).fieldErrors;
    expect(Object.keys(errs)).toEqual(expect.arrayContaining(["name", "groups"]));
    expect(await state()).toBe(before);

    const created = await call(routes.list.POST, "/assessments", { key: writeKey, method: "POST", body });
    expect(created.status).toBe(201);
    const a = await created.json();
    expect(a).toMatchObject({ name: "API wave", status: "OPEN", groups: ["branch-staff", "managers"], modules: ["cx", "ecrm"] });
    const row = await t.db.assessment.findFirst({ where: { id: a.id, organizationId: cast.orgA.id } });
    expect(row).not.toBeNull();
    const audit = await t.db.auditEvent.findFirst({ where: { organizationId: cast.orgA.id, action: "assessment.created", target: a.id } });
    expect(audit?.detail).toMatchObject({ via: "api" });
    const bSees = await call(routes.one.GET, `/assessments/${a.id}`, { key: bKey, params: { id: a.id } });
    expect(bSees.status).toBe(404);
  });

  it("rate-limits per key with 429 and Retry-After, and records the last use", async () => {
    const key = await t.db.apiKey.findFirstOrThrow({ where: { organizationId: cast.orgA.id, scope: "READ", revokedAt: null } });
    expect(key.lastUsedAt).not.toBeNull();
    // Fill this key's current window up to the limit, as that many requests would.
    await t.db.rateLimitBucket.upsert({
      where: { key: rateLimitKey(key.id) },
      create: { key: rateLimitKey(key.id), count: API_KEY_RATE_LIMIT.limit, windowStart: new Date() },
      update: { count: API_KEY_RATE_LIMIT.limit, windowStart: new Date() },
    });
    const limited = await call(routes.list.GET, "/assessments", { key: readKey });
    expect(limited.status).toBe(429);
    const retry = Number(limited.headers.get("Retry-After"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(API_KEY_RATE_LIMIT.windowSeconds);
    expect((await limited.json()).error).toMatch(/Too many requests/);
    // Another key of the same organisation has its own window.
    expect((await call(routes.list.GET, "/assessments", { key: writeKey })).status).toBe(200);
  });

  it("serves an OpenAPI 3.1 document generated from the request schemas", async () => {
    const doc = await routes.openapi.GET().json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual([
      "/assessments",
      "/assessments/{id}",
      "/assessments/{id}/scores",
      "/assessments/{id}/roadmap",
      "/assessments/{id}/change",
      "/benchmark",
      "/initiatives",
      "/initiatives/{id}",
      "/ism",
    ]);
    const { $schema: _s, ...fromZod } = z.toJSONSchema(createAssessmentBody, { target: "draft-2020-12", io: "input" }) as Record<
      string,
      unknown
    >;
    expect(doc.components.schemas.CreateAssessment).toEqual(fromZod);
    const limit = doc.paths["/assessments"].get.parameters.find((p: { name: string }) => p.name === "limit");
    expect(limit.schema).toMatchObject({ type: "integer", maximum: 100, default: 20 });
    expect(doc.paths["/assessments"].post.responses).toHaveProperty("403");
    expect(doc.paths["/initiatives/{id}"].patch.responses).toHaveProperty("403");
    // Every reference resolves to a component.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const name of refs) expect(doc.components.schemas, name).toHaveProperty(name);
  });
});
