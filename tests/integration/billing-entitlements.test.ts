// Entitlements on a real database: every feature and limit on every plan, and the server-side
// enforcement in the assessment and organisation actions (402, nothing changed).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkLimit, hasFeature, requireFeature } from "../../lib/features/entitlements/entitlements.ts";
import { billingConfig } from "../../lib/features/entitlements/config.ts";
import {
  FEATURES,
  LIMITS,
  PLANS,
  PLAN_KEYS,
  cheapestPlanAdmitting,
  cheapestPlanWith,
  planIncludes,
  type PlanKey,
} from "../../lib/features/billing/plans.ts";
import { billingOverview } from "../../lib/features/billing/overview.ts";
import { addRespondents, closeAssessment, createAssessment, reopenAssessment } from "../../lib/features/assessments/manage.ts";
import { createOrganization } from "../../lib/features/org/organizations.ts";
import { createCast, snapshotOrg, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = "meyar-2026.1";
const emails = (from: number, count: number) => Array.from({ length: count }, (_, i) => `r${from + i}@alpha.example,managers`).join("\n");

describe.each(enginesUnderTest())("entitlements on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
  });
  afterAll(async () => t?.dispose());
  afterEach(() => {
    delete process.env.STRIPE_SECRET_KEY;
  });

  const assign = (plan: PlanKey | null) =>
    t.db.billingAccount.upsert({
      where: { organizationId: cast.orgA.id },
      update: { assignedPlan: plan },
      create: { organizationId: cast.orgA.id, assignedPlan: plan },
    });

  describe.each(PLAN_KEYS.map((k) => [k] as const))("on %s", (key) => {
    it.each(FEATURES.map((f) => [f] as const))("%s is included exactly when the plan lists it", async (feature) => {
      await assign(key);
      const included = planIncludes(PLANS[key], feature);
      const refused = await requireFeature(t.db, cast.orgA, feature);
      expect(await hasFeature(t.db, cast.orgA, feature)).toBe(included);
      if (included) expect(refused).toBeNull();
      else
        expect(refused).toMatchObject({
          ok: false,
          status: 402,
          error: expect.stringContaining(`Upgrade to ${cheapestPlanWith(feature).name}`),
        });
    });

    it.each(LIMITS.map((l) => [l] as const))("%s: up to the limit passes, one more is refused with 402", async (limit) => {
      await assign(key);
      const max = PLANS[key].limits[limit];
      if (max === null) {
        expect(await checkLimit(t.db, cast.orgA, limit, 1_000_000)).toBeNull();
        return;
      }
      expect(await checkLimit(t.db, cast.orgA, limit, max)).toBeNull();
      expect(await checkLimit(t.db, cast.orgA, limit, max + 1)).toMatchObject({
        ok: false,
        status: 402,
        error: expect.stringContaining(`Upgrade to ${cheapestPlanAdmitting(limit, max + 1).name}`),
      });
    });
  });

  it("without billing and without an assigned plan, every organisation gets all features", async () => {
    await assign(null);
    for (const f of FEATURES) expect(await requireFeature(t.db, cast.orgA, f)).toBeNull();
    expect(await checkLimit(t.db, cast.orgA, "respondentsPerAssessment", 500)).toBeNull();
  });

  describe("enforced in the actions, for a bank on Free", () => {
    let assessmentId = "";
    it("adds respondents up to five; a list that would pass the limit is refused whole, naming Professional", async () => {
      await assign("free");
      const created = await createAssessment.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, {
        name: "Free pilot",
        frameworkVersion: FW,
        modules: "cx,ecrm",
        groups: "managers,employees",
      });
      if (!created.ok) throw new Error(created.error);
      assessmentId = created.data.id;
      expect(await addRespondents.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { assessmentId, list: emails(1, 4) })).toMatchObject({
        ok: true,
        data: { added: 4 },
      });
      const before = await snapshotOrg(t.db, cast.orgA.id);
      const refused = await addRespondents.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { assessmentId, list: emails(5, 2) });
      expect(refused).toMatchObject({ ok: false, status: 402 });
      if (!refused.ok)
        expect(refused.error).toBe(
          "The Free plan allows 5 respondents per assessment; this would make 6. Upgrade to Professional for unlimited respondents per assessment. Nothing was changed.",
        );
      expect(await snapshotOrg(t.db, cast.orgA.id)).toBe(before);
      // Re-sending addresses already invited adds nobody and is not refused; the fifth fits.
      expect(
        await addRespondents.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { assessmentId, list: `${emails(1, 4)}\n${emails(5, 1)}` }),
      ).toMatchObject({ ok: true, data: { added: 1, skipped: 4 } });
      expect(await addRespondents.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { assessmentId, list: emails(6, 1) })).toMatchObject({
        ok: false,
        status: 402,
      });
      expect(await t.db.respondent.count({ where: { assessmentId } })).toBe(5);
    });

    it("keeps one assessment open at a time (creating or reopening a second is refused)", async () => {
      const before = await snapshotOrg(t.db, cast.orgA.id);
      const second = await createAssessment.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, {
        name: "Second study",
        frameworkVersion: FW,
        modules: "cx,ecrm",
        groups: "managers",
      });
      expect(second).toMatchObject({ ok: false, status: 402, error: expect.stringContaining("allows 1 open assessment at a time") });
      expect(await snapshotOrg(t.db, cast.orgA.id)).toBe(before);
      expect((await closeAssessment.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { assessmentId })).ok).toBe(true);
      const next = await createAssessment.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, {
        name: "Second study",
        frameworkVersion: FW,
        modules: "cx,ecrm",
        groups: "managers",
      });
      expect(next.ok).toBe(true);
      expect(await reopenAssessment.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { assessmentId })).toMatchObject({ ok: false, status: 402 });
      expect((await t.db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe("CLOSED");
    });

    it("the billing overview reports the usage against the limits", async () => {
      const o = await billingOverview(t.db, cast.orgA, { env: {} });
      expect(o.current).toMatchObject({ plan: { key: "free" }, source: "assigned", billingEnabled: false });
      expect(o.usage).toEqual([
        { limit: "openAssessments", used: 1, max: 1 },
        { limit: "respondentsPerAssessment", used: 0, max: 5 },
      ]);
      expect(o.offers.map((x) => [x.plan.key, x.priceConfigured])).toEqual([
        ["professional", false],
        ["consultancy", false],
        ["regulator", false],
      ]);
    });

    it("on Professional the same lists go through", async () => {
      await assign("professional");
      expect((await reopenAssessment.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { assessmentId })).ok).toBe(true);
      expect(await addRespondents.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, { assessmentId, list: emails(6, 20) })).toMatchObject({
        ok: true,
        data: { added: 20 },
      });
    });
  });

  it("simultaneous requests cannot pass a Free limit together", async () => {
    await t.db.billingAccount.create({ data: { organizationId: cast.orgB.id, assignedPlan: "free" } });
    const create = (name: string) =>
      createAssessment.invoke(t.db, cast.bOwner, cast.orgB.slug, { name, frameworkVersion: FW, modules: "cx,ecrm", groups: "managers" });
    const made = await Promise.all([create("Race one"), create("Race two")]);
    expect(made.map((r) => (r.ok ? 200 : r.status)).sort()).toEqual([200, 402]);
    const winner = made.find((r) => r.ok);
    const id = winner?.ok ? winner.data.id : "";
    const lists = [0, 1, 2].map((i) => `race${i}a@beta.example,managers\nrace${i}b@beta.example,managers`);
    const added = await Promise.all(
      lists.map((list) => addRespondents.invoke(t.db, cast.bOwner, cast.orgB.slug, { assessmentId: id, list })),
    );
    expect(added.map((r) => (r.ok ? 200 : r.status)).sort()).toEqual([200, 200, 402]);
    expect(await t.db.respondent.count({ where: { assessmentId: id } })).toBe(4);
  });

  it("with billing on, an account owns one bank on Free; a second is refused until the first is paid for", async () => {
    process.env.STRIPE_SECRET_KEY = "sk_test_meyar_local_only";
    await t.db.billingAccount.deleteMany({ where: { organizationId: cast.orgA.id } });
    const input = { name: "Gamma Bank", slug: "gamma-bank", kind: "BANK", ownership: "PRIVATE", sizeBand: "SMALL", region: "Gulf" };
    const refused = await createOrganization(t.db, cast.a.OWNER, input);
    expect(refused).toMatchObject({ ok: false, status: 402, error: expect.stringContaining("allows 1 bank per account") });
    expect(await t.db.organization.count({ where: { slug: "gamma-bank" } })).toBe(0);
    // A consultancy is not a bank: not limited by this rule.
    expect(
      (
        await createOrganization(t.db, cast.a.OWNER, {
          name: "Gamma Advisory",
          slug: "gamma-advisory",
          kind: "CONSULTANCY",
          region: "Gulf",
        })
      ).ok,
    ).toBe(true);
    await t.db.billingAccount.create({ data: { organizationId: cast.orgA.id, plan: "professional", status: "active" } });
    expect(billingConfig().enabled).toBe(true);
    expect((await createOrganization(t.db, cast.a.OWNER, input)).ok).toBe(true);
  });
});
