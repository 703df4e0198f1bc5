// The action plan (lib/features/action-plan): every operation through the one guard, scoped by
// organisation and role, audited; the API v1 endpoints by key scope; the export; the carry-over of
// done initiatives on the next round's results (the change between rounds itself: round-change.test.ts). Bad input
// is refused with a message and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../lib/features/api-keys/keys.ts";
import {
  changeInitiativeStatus,
  createInitiative,
  createInitiativeFromRoadmap,
  deleteInitiative,
  updateInitiative,
} from "../../lib/features/action-plan/actions.ts";
import { getInitiative, listInitiatives } from "../../lib/features/action-plan/initiatives.ts";
import { loadRoundChange } from "../../lib/features/results/round-change.ts";
import { carryOverForResults, plannedFactors } from "../../lib/features/action-plan/carry-over.ts";
import { loadAssessmentResults } from "../../lib/features/results/assessment-results.ts";
import { exportInitiatives, PLAN_EXPORT_ACCESS } from "../../lib/delivery/exports/initiatives.ts";
import { guardOrg } from "../../lib/features/access/guard.ts";
import { parseCsv } from "../../lib/platform/http/csv.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { releaseDatabaseForRoutes, useDatabaseForRoutes } from "./support/route-db.ts";
import { createTwoRounds } from "./support/two-rounds.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

type Route = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;
const BASE = "http://127.0.0.1/api/v1";

describe.each(enginesUnderTest())("action plan on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let previousId: string;
  let currentId: string;
  let adminMembershipId: string;
  let bOwnerMembershipId: string;
  let routes: { list: { GET: Route; POST: Route }; one: { GET: Route; PATCH: Route } };

  const plan = () => t.db.initiative.findMany({ where: { organizationId: cast.orgA.id }, orderBy: { id: "asc" } });
  const audit = (action: string) =>
    t.db.auditEvent.findMany({ where: { organizationId: cast.orgA.id, action }, orderBy: { createdAt: "asc" } });

  const call = (
    route: Route,
    path: string,
    opts: { key?: string; method?: string; body?: unknown; params?: Record<string, string> } = {},
  ) =>
    route(
      new Request(`${BASE}${path}`, {
        method: opts.method ?? "GET",
        headers: {
          ...(opts.key ? { Authorization: `Bearer ${opts.key}` } : {}),
          ...(opts.body !== undefined ? { "Content-Type": "application/json" } : {}),
        },
        ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      }),
      { params: Promise.resolve(opts.params ?? {}) as Promise<never> },
    );

  async function key(slug: string, user: Cast["bOwner"], scope: "READ" | "READ_WRITE") {
    const r = await createApiKey.invoke(t.db, user, slug, { name: `${scope} plan key`, scope });
    if (!r.ok) throw new Error(r.error);
    return r.data.key;
  }

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    ({ previousId, currentId } = await createTwoRounds(t.db, cast.orgA.id));
    adminMembershipId = (await t.db.membership.findFirstOrThrow({ where: { organizationId: cast.orgA.id, userId: cast.a.ADMIN.id } })).id;
    bOwnerMembershipId = (await t.db.membership.findFirstOrThrow({ where: { organizationId: cast.orgB.id, userId: cast.bOwner.id } })).id;
    await useDatabaseForRoutes(t.db);
    routes = {
      list: await import("../../app/api/v1/initiatives/route.ts"),
      one: await import("../../app/api/v1/initiatives/[id]/route.ts"),
    } as unknown as typeof routes;
  });
  afterAll(async () => {
    releaseDatabaseForRoutes();
    await t?.dispose();
  });

  it("creates an initiative by hand (analyst and up), audited; a viewer and a stranger cannot", async () => {
    const input = {
      title: "Digital-skills academy",
      factorKeys: "training, motivation",
      ownerMembershipId: adminMembershipId,
      dueDate: "2027-03-31",
      notes: "Four modules.",
      evidenceLinks: "https://intranet.example/academy\nhttp://wiki.example/a",
    };
    expect(await createInitiative.invoke(t.db, cast.a.VIEWER, cast.orgA.slug, input)).toMatchObject({ ok: false, status: 403 });
    expect(await createInitiative.invoke(t.db, null, cast.orgA.slug, input)).toMatchObject({ ok: false, status: 401 });
    expect(await createInitiative.invoke(t.db, cast.bOwner, cast.orgA.slug, input)).toMatchObject({ ok: false, status: 404 });
    expect(await plan()).toEqual([]);

    const created = await createInitiative.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, input);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.data).toMatchObject({
      title: "Digital-skills academy",
      status: "PLANNED",
      factorKeys: ["training", "motivation"],
      factorNames: ["Training", "Motivation"],
      owner: { membershipId: adminMembershipId, name: "Alpha ADMIN" },
      dueDate: "2027-03-31",
      evidenceLinks: ["https://intranet.example/academy", "http://wiki.example/a"],
      completedAt: null,
    });
    const [entry] = await audit("initiative.created");
    expect(entry).toMatchObject({ actorUserId: cast.a.ANALYST.id, target: created.data.id, detail: { title: "Digital-skills academy" } });
  });

  it("refuses bad input with a message per field and changes nothing", async () => {
    const before = JSON.stringify(await plan());
    const auditBefore = await t.db.auditEvent.count({ where: { organizationId: cast.orgA.id } });
    const cases: [Record<string, string>, string][] = [
      [{ title: "x" }, "title"],
      [{ title: "Valid title", evidenceLinks: "javascript:alert(1)" }, "evidenceLinks"],
      [{ title: "Valid title", evidenceLinks: "ftp://files.example/x" }, "evidenceLinks"],
      [{ title: "Valid title", factorKeys: "training,not-a-factor" }, "factorKeys"],
      [{ title: "Valid title", dueDate: "2027-02-30" }, "dueDate"],
      [{ title: "Valid title", status: "FINISHED" }, "status"],
      [{ title: "Valid title", notes: "n".repeat(5001) }, "notes"],
    ];
    for (const [input, field] of cases) {
      const r = await createInitiative.invoke(t.db, cast.a.OWNER, cast.orgA.slug, input);
      expect(r, JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, status: 422, fieldErrors: { [field]: expect.any(Array) } });
    }
    // An owner who is a member of another organisation is not an owner here.
    const foreignOwner = await createInitiative.invoke(t.db, cast.a.OWNER, cast.orgA.slug, {
      title: "Valid title",
      ownerMembershipId: bOwnerMembershipId,
    });
    expect(foreignOwner).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { ownerMembershipId: ["Choose a member of this organisation."] },
    });
    expect(JSON.stringify(await plan())).toBe(before);
    expect(await t.db.auditEvent.count({ where: { organizationId: cast.orgA.id } })).toBe(auditBefore);
  });

  it("creates from a roadmap item in one click, pre-filled, and refuses a second open one for the same factor", async () => {
    const loaded = await loadAssessmentResults(t.db, { org: cast.orgA }, currentId);
    const item = loaded!.results.roadmap.phases
      .flatMap((p) => p.items)
      .find((i) => i.factorKey !== "training" && i.factorKey !== "motivation");
    expect(item, "the scored assessment has roadmap items").toBeDefined();
    const r = await createInitiativeFromRoadmap.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, {
      assessmentId: currentId,
      factorKey: item!.factorKey,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({ factorKeys: [item!.factorKey], createdFromAssessmentId: currentId, status: "PLANNED" });
    expect(r.data.title).toContain(item!.name);
    expect(r.data.notes).toContain("From the roadmap");
    const again = await createInitiativeFromRoadmap.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, {
      assessmentId: currentId,
      factorKey: item!.factorKey,
    });
    expect(again).toMatchObject({ ok: false, status: 409 });
    // Another organisation's assessment is not found, and a factor off the roadmap is refused.
    expect(
      await createInitiativeFromRoadmap.invoke(t.db, cast.a.OWNER, cast.orgA.slug, {
        assessmentId: cast.bAssessmentId,
        factorKey: item!.factorKey,
      }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(
      await createInitiativeFromRoadmap.invoke(t.db, cast.a.VIEWER, cast.orgA.slug, {
        assessmentId: currentId,
        factorKey: item!.factorKey,
      }),
    ).toMatchObject({
      ok: false,
      status: 403,
    });
    expect((await plannedFactors(t.db, cast.orgA.id))[item!.factorKey]).toMatchObject({ id: r.data.id, status: "PLANNED" });
  });

  it("updates, changes status (completion time) and deletes (admins only), each audited", async () => {
    const [first] = await listInitiatives(t.db, cast.orgA.id);
    const id = first!.id;
    const upd = await updateInitiative.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, {
      initiativeId: id,
      title: "Digital-skills academy 2027",
      ownerMembershipId: "",
    });
    expect(upd).toMatchObject({ ok: true, data: { title: "Digital-skills academy 2027", owner: null, dueDate: "2027-03-31" } });
    expect((await audit("initiative.updated")).at(-1)).toMatchObject({ target: id, detail: { fields: ["title", "ownerMembershipId"] } });

    const done = await changeInitiativeStatus.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { initiativeId: id, status: "DONE" });
    expect(done).toMatchObject({ ok: true, data: { status: "DONE", completedAt: expect.any(String) } });
    expect((await audit("initiative.status-changed")).at(-1)).toMatchObject({ target: id, detail: { from: "PLANNED", to: "DONE" } });
    expect(await changeInitiativeStatus.invoke(t.db, cast.a.VIEWER, cast.orgA.slug, { initiativeId: id, status: "DROPPED" })).toMatchObject(
      { status: 403 },
    );

    const scratch = await createInitiative.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { title: "Scratch initiative" });
    if (!scratch.ok) throw new Error(scratch.error);
    expect(await deleteInitiative.invoke(t.db, cast.a.ANALYST, cast.orgA.slug, { initiativeId: scratch.data.id })).toMatchObject({
      status: 403,
    });
    expect(await deleteInitiative.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { initiativeId: scratch.data.id })).toMatchObject({
      ok: true,
    });
    expect(await getInitiative(t.db, cast.orgA.id, scratch.data.id)).toBeNull();
    expect((await audit("initiative.deleted")).at(-1)).toMatchObject({
      actorUserId: cast.a.ADMIN.id,
      target: scratch.data.id,
      detail: { title: "Scratch initiative" },
    });
  });

  it("cross-organisation attack: organisation B cannot read, update, move or delete A's initiative by id", async () => {
    const [victim] = await listInitiatives(t.db, cast.orgA.id);
    const id = victim!.id;
    const before = JSON.stringify(await plan());
    const b = cast.bOwner;
    expect(await updateInitiative.invoke(t.db, b, cast.orgB.slug, { initiativeId: id, title: "Hijacked" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await changeInitiativeStatus.invoke(t.db, b, cast.orgB.slug, { initiativeId: id, status: "DROPPED" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await deleteInitiative.invoke(t.db, b, cast.orgB.slug, { initiativeId: id })).toMatchObject({ ok: false, status: 404 });
    // Through A's address B is not a member at all.
    expect(await updateInitiative.invoke(t.db, b, cast.orgA.slug, { initiativeId: id, title: "Hijacked" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await getInitiative(t.db, cast.orgB.id, id)).toBeNull();
    expect(await listInitiatives(t.db, cast.orgB.id)).toEqual([]);
    // B's API keys, read and write.
    const bRead = await key(cast.orgB.slug, b, "READ");
    const bWrite = await key(cast.orgB.slug, b, "READ_WRITE");
    expect((await call(routes.one.GET, `/initiatives/${id}`, { key: bRead, params: { id } })).status).toBe(404);
    expect(
      (await call(routes.one.PATCH, `/initiatives/${id}`, { key: bWrite, method: "PATCH", body: { status: "dropped" }, params: { id } }))
        .status,
    ).toBe(404);
    const bList = await call(routes.list.GET, "/initiatives", { key: bRead });
    expect(((await bList.json()) as { data: unknown[] }).data).toEqual([]);
    expect(JSON.stringify(await plan())).toBe(before);
  });

  it("API v1: read keys list and read, read-write keys create and change; bad bodies change nothing", async () => {
    const read = await key(cast.orgA.slug, cast.a.ADMIN, "READ");
    const write = await key(cast.orgA.slug, cast.a.OWNER, "READ_WRITE");
    const list = await call(routes.list.GET, "/initiatives?limit=1", { key: read });
    expect(list.status).toBe(200);
    const page = (await list.json()) as { data: { id: string }[]; nextCursor: string | null };
    expect(page.data).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const next = (await (await call(routes.list.GET, `/initiatives?limit=100&cursor=${page.nextCursor}`, { key: read })).json()) as {
      data: { id: string }[];
    };
    expect(next.data.map((i) => i.id)).not.toContain(page.data[0]!.id);
    const doneOnly = (await (await call(routes.list.GET, "/initiatives?status=done", { key: read })).json()) as {
      data: { status: string }[];
    };
    expect(doneOnly.data.length).toBeGreaterThan(0);
    expect(doneOnly.data.every((i) => i.status === "done")).toBe(true);

    const body = {
      title: "Open-banking API catalogue",
      factorKeys: ["digital-ecosystem"],
      ownerEmail: "admin@alpha.example",
      dueDate: "2025-01-31",
      status: "in_progress",
    };
    const before = JSON.stringify(await plan());
    expect((await call(routes.list.POST, "/initiatives", { key: read, method: "POST", body })).status).toBe(403);
    const bad = await call(routes.list.POST, "/initiatives", {
      key: write,
      method: "POST",
      body: { ...body, evidenceLinks: ["javascript:alert(1)"] },
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.evidenceLinks).toBeDefined();
    const stranger = await call(routes.list.POST, "/initiatives", {
      key: write,
      method: "POST",
      body: { ...body, ownerEmail: "owner@beta.example" },
    });
    expect(stranger.status).toBe(422);
    const extra = await call(routes.list.POST, "/initiatives", {
      key: write,
      method: "POST",
      body: { ...body, organizationId: cast.orgB.id },
    });
    expect(extra.status).toBe(422);
    expect(JSON.stringify(await plan())).toBe(before);

    const created = await call(routes.list.POST, "/initiatives", { key: write, method: "POST", body });
    expect(created.status).toBe(201);
    const c = (await created.json()) as { id: string; status: string; owner: { email: string }; overdue: boolean };
    expect(c).toMatchObject({ status: "in_progress", owner: { email: "admin@alpha.example" }, overdue: true });
    expect(created.headers.get("Location")).toBe(`/api/v1/initiatives/${c.id}`);
    const createdAudit = (await audit("initiative.created")).at(-1);
    expect(createdAudit).toMatchObject({ target: c.id, actorUserId: cast.a.OWNER.id, detail: { via: "api" } });

    expect(
      (await call(routes.one.PATCH, `/initiatives/${c.id}`, { key: read, method: "PATCH", body: { status: "done" }, params: { id: c.id } }))
        .status,
    ).toBe(403);
    const patched = await call(routes.one.PATCH, `/initiatives/${c.id}`, {
      key: write,
      method: "PATCH",
      body: { status: "done" },
      params: { id: c.id },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ status: "done", overdue: false, title: body.title, completedAt: expect.any(String) });
    expect((await audit("initiative.status-changed")).at(-1)).toMatchObject({
      target: c.id,
      detail: { from: "IN_PROGRESS", to: "DONE", via: "api" },
    });
    const got = await call(routes.one.GET, `/initiatives/${c.id}`, { key: read, params: { id: c.id } });
    expect(await got.json()).toMatchObject({ id: c.id, status: "done" });
    const badPatch = await call(routes.one.PATCH, `/initiatives/${c.id}`, {
      key: write,
      method: "PATCH",
      body: { dueDate: "tomorrow" },
      params: { id: c.id },
    });
    expect(badPatch.status).toBe(422);
  });

  it("exports the plan as CSV (formulas defused) and JSON for analysts and up, audited", async () => {
    await createInitiative.invoke(t.db, cast.a.OWNER, cast.orgA.slug, { title: '=HYPERLINK("http://evil.example")', notes: "+1 formula" });
    for (const role of ["OWNER", "ADMIN", "ANALYST"] as const)
      await expect(guardOrg(t.db, { user: cast.a[role] }, cast.orgA.slug, PLAN_EXPORT_ACCESS)).resolves.toBeDefined();
    await expect(guardOrg(t.db, { user: cast.a.VIEWER }, cast.orgA.slug, PLAN_EXPORT_ACCESS)).rejects.toMatchObject({ status: 403 });
    const ctx = await guardOrg(t.db, { user: cast.a.ANALYST }, cast.orgA.slug, PLAN_EXPORT_ACCESS);
    const csv = await exportInitiatives(t.db, ctx, new URL("http://x/?format=csv"));
    expect(csv.headers.get("Content-Disposition")).toContain("alpha-bank-action-plan.csv");
    const rows = parseCsv(await csv.text());
    expect(rows[0]).toContain("title");
    const all = await listInitiatives(t.db, cast.orgA.id);
    expect(rows).toHaveLength(all.length + 1);
    const titleCol = rows[0]!.indexOf("title");
    expect(rows.map((r) => r[titleCol])).toContain('\'=HYPERLINK("http://evil.example")');
    const json = (await (await exportInitiatives(t.db, ctx, new URL("http://x/?format=json"))).json()) as {
      rows: { id: string; status: string }[];
    };
    expect(json.rows.map((r) => r.id).sort()).toEqual(all.map((i) => i.id).sort());
    expect((await exportInitiatives(t.db, ctx, new URL("http://x/?format=xlsx"))).status).toBe(422);
    expect((await audit("initiative.exported")).length).toBe(2);
  });

  it("carries over: the next round shows improved / unchanged / declined for factors of done initiatives", async () => {
    await createInitiative.invoke(t.db, cast.a.OWNER, cast.orgA.slug, {
      title: "Cloud move",
      factorKeys: "infrastructure",
      status: "DONE",
    });
    const current = await loadAssessmentResults(t.db, { org: cast.orgA }, currentId, { intervals: false });
    const change = await loadRoundChange(t.db, cast.orgA, current!.assessment, current!.results);
    const view = await carryOverForResults(t.db, cast.orgA, current!.results, change);
    expect(view.previous).toEqual({ assessmentId: previousId, name: "Round 2025" });
    const trend = Object.fromEntries(view.rows.map((r) => [r.factorKey, r.trend]));
    // "Digital-skills academy 2027" (done) covers training and motivation; "Cloud move" infrastructure.
    expect(trend).toMatchObject({ training: "improved", motivation: "declined", infrastructure: "unchanged" });
    // The verdicts are the round change's own, so the two cards on the page cannot disagree.
    expect(view.rule).toContain("interval");
    if (change.status !== "ok") throw new Error(change.message);
    for (const row of view.rows) expect(row.trend).toBe(change.view.factors.find((f) => f.key === row.factorKey)?.verdict);
    // The first round has nothing to compare with.
    const first = await loadAssessmentResults(t.db, { org: cast.orgA }, previousId, { intervals: false });
    const noChange = await loadRoundChange(t.db, cast.orgA, first!.assessment, first!.results);
    const none = await carryOverForResults(t.db, cast.orgA, first!.results, noChange);
    expect(none.previous).toBeNull();
    expect(none.rows).toEqual([]);
  });
});
