// Every API v1 endpoint's real response matches the OpenAPI document: the body validates against
// the zod schema of its documented response (with nothing the schema leaves out), and the document's
// component for that response is generated from that very schema object.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createApiKey } from "../../lib/features/api-keys/keys.ts";
import { openApiDocument, RESPONSE_SCHEMAS, schemaOf } from "../../lib/delivery/api/openapi.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { releaseDatabaseForRoutes, useDatabaseForRoutes } from "./support/route-db.ts";
import { createScoredAssessment } from "./support/scored-assessment.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

type Route = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;
type Component = keyof typeof RESPONSE_SCHEMAS;
const BASE = "http://127.0.0.1/api/v1";
const doc = openApiDocument();

/** The component a documented response names: paths[path][method].responses[status] → $ref. */
function documentedComponent(path: string, method: string, status: number): Component {
  const op = (
    doc.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>
  )[path]?.[method];
  const ref = op?.responses[String(status)]?.content?.["application/json"]?.schema.$ref;
  if (!ref) throw new Error(`${method} ${path} documents no JSON body for ${status}`);
  return ref.split("/").pop() as Component;
}

describe.each(enginesUnderTest())("API v1 responses against the OpenAPI document on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let key: string;
  let scoredId: string;
  let routes: Record<string, Record<string, Route>>;

  const call = (
    route: Route,
    path: string,
    opts: { method?: string; body?: unknown; params?: Record<string, string>; auth?: boolean } = {},
  ) =>
    route(
      new Request(`${BASE}${path}`, {
        method: opts.method ?? "GET",
        headers: {
          ...(opts.auth === false ? {} : { Authorization: `Bearer ${key}` }),
          ...(opts.body !== undefined ? { "Content-Type": "application/json" } : {}),
        },
        ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      }),
      { params: Promise.resolve(opts.params ?? {}) as Promise<never> },
    );

  /** Validates the body against the documented schema and checks the document was built from it. */
  async function expectDocumented(res: Response, path: string, method: string) {
    const component = documentedComponent(path, method, res.status);
    const schema: z.ZodType = RESPONSE_SCHEMAS[component];
    expect(doc.components.schemas[component]).toEqual(schemaOf(schema, "output"));
    const body: unknown = await res.json();
    const parsed = schema.safeParse(body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // zod drops keys it does not know: equality means the body has none the document leaves out.
    expect(parsed.data).toEqual(body);
    return body;
  }

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    const created = await createApiKey.invoke(t.db, cast.a.OWNER, cast.orgA.slug, { name: "contract", scope: "READ_WRITE" });
    if (!created.ok) throw new Error(created.error);
    key = created.data.key;
    scoredId = (await createScoredAssessment(t.db, cast.orgA.id, { createdAt: new Date("2026-06-01T00:00:00Z") })).id;
    // An earlier round, so that the change since the previous round has something to compare with.
    await createScoredAssessment(t.db, cast.orgA.id, { name: "Round 2025", createdAt: new Date("2025-06-01T00:00:00Z") });
    await useDatabaseForRoutes(t.db);
    routes = {
      list: await import("../../app/api/v1/assessments/route.ts"),
      one: await import("../../app/api/v1/assessments/[id]/route.ts"),
      scores: await import("../../app/api/v1/assessments/[id]/scores/route.ts"),
      roadmap: await import("../../app/api/v1/assessments/[id]/roadmap/route.ts"),
      change: await import("../../app/api/v1/assessments/[id]/change/route.ts"),
      ism: await import("../../app/api/v1/ism/route.ts"),
      benchmark: await import("../../app/api/v1/benchmark/route.ts"),
      initiatives: await import("../../app/api/v1/initiatives/route.ts"),
      initiative: await import("../../app/api/v1/initiatives/[id]/route.ts"),
    } as unknown as Record<string, Record<string, Route>>;
  });
  afterAll(async () => {
    releaseDatabaseForRoutes();
    await t?.dispose();
  });

  it("documents every path the app serves", () => {
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/assessments",
      "/assessments/{id}",
      "/assessments/{id}/change",
      "/assessments/{id}/roadmap",
      "/assessments/{id}/scores",
      "/benchmark",
      "/initiatives",
      "/initiatives/{id}",
      "/ism",
    ]);
  });

  it("GET and POST /assessments, GET /assessments/{id}", async () => {
    const page = await call(routes.list!.GET!, "/assessments?limit=2");
    expect(page.status).toBe(200);
    const listed = (await expectDocumented(page, "/assessments", "get")) as { data: unknown[] };
    expect(listed.data.length).toBeGreaterThan(0);

    const created = await call(routes.list!.POST!, "/assessments", {
      method: "POST",
      body: { name: "Contract wave", frameworkVersion: "meyar-2026.1", groups: ["managers"] },
    });
    expect(created.status).toBe(201);
    const a = (await expectDocumented(created, "/assessments", "post")) as { id: string };

    const one = await call(routes.one!.GET!, `/assessments/${a.id}`, { params: { id: a.id } });
    expect(one.status).toBe(200);
    await expectDocumented(one, "/assessments/{id}", "get");
  });

  it("GET /assessments/{id}/scores and /roadmap of a scored assessment", async () => {
    const scores = await call(routes.scores!.GET!, `/assessments/${scoredId}/scores`, { params: { id: scoredId } });
    expect(scores.status).toBe(200);
    const s = (await expectDocumented(scores, "/assessments/{id}/scores", "get")) as { factors: unknown[] };
    expect(s.factors.length).toBeGreaterThan(10);

    const roadmap = await call(routes.roadmap!.GET!, `/assessments/${scoredId}/roadmap?target=4`, { params: { id: scoredId } });
    expect(roadmap.status).toBe(200);
    await expectDocumented(roadmap, "/assessments/{id}/roadmap", "get");
  });

  it("GET /assessments/{id}/change: every score's change since the previous round, as documented", async () => {
    const change = await call(routes.change!.GET!, `/assessments/${scoredId}/change`, { params: { id: scoredId } });
    expect(change.status).toBe(200);
    const c = (await expectDocumented(change, "/assessments/{id}/change", "get")) as {
      status: string;
      previous: { name: string } | null;
      overall: { after: number | null } | null;
      factors: unknown[];
    };
    expect(c.status).toBe("ok");
    expect(c.previous?.name).toBe("Round 2025");
    expect(c.factors.length).toBeGreaterThan(10);
    const scores = (await (await call(routes.scores!.GET!, `/assessments/${scoredId}/scores`, { params: { id: scoredId } })).json()) as {
      overall: { mean: number };
    };
    // The same figure as the scores endpoint: one source of truth.
    expect(c.overall?.after).toBeCloseTo(scores.overall.mean, 10);
    const missing = await call(routes.change!.GET!, `/assessments/nope/change`, { params: { id: "nope" } });
    expect(missing.status).toBe(404);
  });

  it("POST /ism and GET /benchmark", async () => {
    const ism = await call(routes.ism!.POST!, "/ism", { method: "POST", body: { factors: ["A", "B", "C"], ssim: ["VV", "V", ""] } });
    expect(ism.status).toBe(200);
    await expectDocumented(ism, "/ism", "post");

    const bench = await call(routes.benchmark!.GET!, "/benchmark");
    expect(bench.status).toBe(200);
    await expectDocumented(bench, "/benchmark", "get");
  });

  it("POST, GET and PATCH /initiatives and /initiatives/{id}", async () => {
    const created = await call(routes.initiatives!.POST!, "/initiatives", {
      method: "POST",
      body: { title: "Contract initiative", factorKeys: ["training"], dueDate: "2027-01-31", evidenceLinks: ["https://example.org/x"] },
    });
    expect(created.status).toBe(201);
    const i = (await expectDocumented(created, "/initiatives", "post")) as { id: string };
    const list = await call(routes.initiatives!.GET!, "/initiatives?limit=5");
    expect(list.status).toBe(200);
    expect(((await expectDocumented(list, "/initiatives", "get")) as { data: unknown[] }).data.length).toBe(1);
    const one = await call(routes.initiative!.GET!, `/initiatives/${i.id}`, { params: { id: i.id } });
    expect(one.status).toBe(200);
    await expectDocumented(one, "/initiatives/{id}", "get");
    const patched = await call(routes.initiative!.PATCH!, `/initiatives/${i.id}`, {
      method: "PATCH",
      body: { status: "done" },
      params: { id: i.id },
    });
    expect(patched.status).toBe(200);
    await expectDocumented(patched, "/initiatives/{id}", "patch");
    const invalid = await call(routes.initiative!.PATCH!, `/initiatives/${i.id}`, {
      method: "PATCH",
      body: { status: "finished" },
      params: { id: i.id },
    });
    expect(invalid.status).toBe(422);
    await expectDocumented(invalid, "/initiatives/{id}", "patch");
    const missing = await call(routes.initiative!.GET!, "/initiatives/nope", { params: { id: "nope" } });
    expect(missing.status).toBe(404);
    await expectDocumented(missing, "/initiatives/{id}", "get");
  });

  it("error bodies (404, 401, 422) are the documented Error", async () => {
    const missing = await call(routes.one!.GET!, "/assessments/nope", { params: { id: "nope" } });
    expect(missing.status).toBe(404);
    await expectDocumented(missing, "/assessments/{id}", "get");
    const unauthenticated = await call(routes.list!.GET!, "/assessments", { auth: false });
    expect(unauthenticated.status).toBe(401);
    await expectDocumented(unauthenticated, "/assessments", "get");
    const invalid = await call(routes.list!.GET!, "/assessments?limit=0");
    expect(invalid.status).toBe(422);
    await expectDocumented(invalid, "/assessments", "get");
  });
});
