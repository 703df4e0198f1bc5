// The plan decides, on the server, who may download the PDF, export, run expert-panel studies and use
// API keys — in the web routes and in the API alike; a key made on a paying plan stops working after a downgrade.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../lib/features/api-keys/keys.ts";
import { createIsmStudy } from "../../lib/features/ism-studies/manage.ts";
import { EXPORT_ACCESS, exportDataset } from "../../lib/delivery/exports/download.ts";
import { REPORT_ACCESS } from "../../lib/delivery/reports/report-response.ts";
import { guardOrg } from "../../lib/features/access/guard.ts";
import type { OrgContext } from "../../lib/platform/access/access.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { releaseDatabaseForRoutes, useDatabaseForRoutes } from "./support/route-db.ts";
import { createScoredAssessment } from "./support/scored-assessment.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("plan gates on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let ctx: OrgContext;
  let assessmentId: string;
  const assign = (plan: string) =>
    t.db.billingAccount.upsert({
      where: { organizationId: cast.orgA.id },
      update: { assignedPlan: plan },
      create: { organizationId: cast.orgA.id, assignedPlan: plan },
    });

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    assessmentId = (await createScoredAssessment(t.db, cast.orgA.id, {})).id;
    ctx = { user: cast.a.OWNER, org: await t.db.organization.findUniqueOrThrow({ where: { id: cast.orgA.id } }), role: "OWNER" };
  });
  afterAll(async () => {
    releaseDatabaseForRoutes();
    await t?.dispose();
  });

  it("Free: no PDF, no export, no API key — each refused with 402 naming the plan that allows it", async () => {
    await assign("free");
    // The routes declare these requirements to the guard (withOrg); the guard refuses before any work.
    await expect(guardOrg(t.db, { user: cast.a.OWNER }, cast.orgA.slug, REPORT_ACCESS)).rejects.toMatchObject({
      status: 402,
      message: expect.stringMatching(/Professional/),
    });
    await expect(guardOrg(t.db, { user: cast.a.OWNER }, cast.orgA.slug, EXPORT_ACCESS)).rejects.toMatchObject({ status: 402 });
    // An analyst passes the role but not the plan; a viewer is refused on the role first.
    await expect(guardOrg(t.db, { user: cast.a.ANALYST }, cast.orgA.slug, EXPORT_ACCESS)).rejects.toMatchObject({ status: 402 });
    await expect(guardOrg(t.db, { user: cast.a.VIEWER }, cast.orgA.slug, EXPORT_ACCESS)).rejects.toMatchObject({ status: 403 });
    const key = await createApiKey.invoke(t.db, cast.a.OWNER, cast.orgA.slug, { name: "Tool", scope: "READ" });
    expect(key).toMatchObject({ ok: false, status: 402, error: expect.stringMatching(/Consultancy/) });
    expect(await t.db.apiKey.count({ where: { organizationId: cast.orgA.id } })).toBe(0);
    const study = await createIsmStudy.invoke(t.db, cast.a.OWNER, cast.orgA.slug, { name: "Panel 2027", factorSource: "instrument" });
    expect(study).toMatchObject({ ok: false, status: 402, error: expect.stringMatching(/Consultancy/) });
  });

  it("Professional: exports; a key made on Consultancy stops working in the API after a downgrade", async () => {
    await assign("professional");
    await expect(guardOrg(t.db, { user: cast.a.ANALYST }, cast.orgA.slug, EXPORT_ACCESS)).resolves.toMatchObject({ role: "ANALYST" });
    await expect(guardOrg(t.db, { user: cast.a.OWNER }, cast.orgA.slug, REPORT_ACCESS)).resolves.toMatchObject({ role: "OWNER" });
    expect((await exportDataset(t.db, ctx, assessmentId, "scores", new URL("http://x/export?format=json"))).status).toBe(200);
    await assign("consultancy");
    const made = await createApiKey.invoke(t.db, cast.a.OWNER, cast.orgA.slug, { name: "Tool", scope: "READ" });
    if (!made.ok) throw new Error(made.error);
    await useDatabaseForRoutes(t.db);
    const { GET } = await import("../../app/api/v1/assessments/route.ts");
    const call = () =>
      GET(new Request("http://127.0.0.1/api/v1/assessments", { headers: { Authorization: `Bearer ${made.data.key}` } }), {
        params: Promise.resolve({}) as Promise<never>,
      });
    expect((await call()).status).toBe(200);
    await assign("free");
    const refused = await call();
    expect(refused.status).toBe(402);
    expect((await refused.json()).error).toMatch(/Consultancy/);
  });
});
