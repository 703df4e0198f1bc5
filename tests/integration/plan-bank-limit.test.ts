// Issue 17: "1 bank per account" on Free was not enforced when billing is off: the owner of a bank
// the operator put on Free could create a second bank, which started on the server's default plan
// with every feature. The account is now bounded by the Free bank it owns; the refusal is the same
// before the form (newBankRefusal) as on submit (createOrganization), and nothing is created.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOrganization } from "../../lib/features/org/organizations.ts";
import { newBankRefusal, planInForce } from "../../lib/features/entitlements/entitlements.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const bankInput = (slug: string) => ({ name: `Bank ${slug}`, slug, kind: "BANK", ownership: "PRIVATE", sizeBand: "SMALL", region: "Gulf" });

describe.each(enginesUnderTest())("the Free plan's one bank per account on %s", (engine) => {
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

  const assignB = (plan: string | null) =>
    t.db.billingAccount.upsert({
      where: { organizationId: cast.orgB.id },
      update: { assignedPlan: plan },
      create: { organizationId: cast.orgB.id, assignedPlan: plan },
    });

  it("without billing and without assigned plans, an owner creates as many banks as they like (self-hosted)", async () => {
    expect(await newBankRefusal(t.db, cast.a.OWNER.id)).toBeNull();
    expect((await createOrganization(t.db, cast.a.OWNER, bankInput("alpha-two"))).ok).toBe(true);
    expect((await createOrganization(t.db, cast.a.OWNER, bankInput("alpha-three"))).ok).toBe(true);
  });

  it("the owner of a bank the operator put on Free cannot create a second bank, told before the form and on submit; nothing changes", async () => {
    await assignB("free");
    const expected =
      "Beta Bank is on the Free plan, which allows 1 bank per account; this would make 2. Plans on this server are assigned by its operator: ask them to change the plan of Beta Bank. Nothing was changed.";
    expect(await newBankRefusal(t.db, cast.bOwner.id)).toBe(
      "Beta Bank is on the Free plan, which allows 1 bank per account. Plans on this server are assigned by its operator: ask them to change the plan of Beta Bank to create another bank.",
    );
    const before = await t.db.organization.count();
    const refused = await createOrganization(t.db, cast.bOwner, bankInput("beta-two"));
    expect(refused).toEqual({ ok: false, status: 402, error: expected });
    expect(await t.db.organization.count()).toBe(before);
    expect(await t.db.auditEvent.count({ where: { action: "org.created", actorUserId: cast.bOwner.id } })).toBe(0);
    // A consultancy is not a bank: the rule does not apply.
    expect(
      (await createOrganization(t.db, cast.bOwner, { name: "Beta Advisory", slug: "beta-advisory", kind: "CONSULTANCY", region: "Gulf" }))
        .ok,
    ).toBe(true);
  });

  it("with billing on, two simultaneous first banks of a new account cannot both start on Free", async () => {
    process.env.STRIPE_SECRET_KEY = "sk_test_meyar_local_only";
    const fresh = await t.db.user.create({
      data: { email: "fresh@new.example", name: "Fresh Owner", passwordHash: "x" },
      select: { id: true, email: true, name: true },
    });
    const made = await Promise.all([
      createOrganization(t.db, fresh, bankInput("fresh-race-1")),
      createOrganization(t.db, fresh, bankInput("fresh-race-2")),
    ]);
    expect(made.map((r) => (r.ok ? 200 : r.status)).sort()).toEqual([200, 402]);
    expect(await t.db.organization.count({ where: { slug: { startsWith: "fresh-race" } } })).toBe(1);
  });

  it("once the operator assigns a plan without the limit, the owner may create another bank, which starts on the server's default", async () => {
    await assignB("professional");
    expect(await newBankRefusal(t.db, cast.bOwner.id)).toBeNull();
    const made = await createOrganization(t.db, cast.bOwner, bankInput("beta-three"));
    expect(made.ok).toBe(true);
    const org = await t.db.organization.findUniqueOrThrow({ where: { slug: "beta-three" } });
    expect((await planInForce(t.db, org)).plan.key).toBe("unlimited");
  });

  it("with billing on, the owner of a Free bank is refused a second one with the upgrade named", async () => {
    process.env.STRIPE_SECRET_KEY = "sk_test_meyar_local_only";
    await assignB("free");
    expect(await newBankRefusal(t.db, cast.bOwner.id)).toBe(
      "A new bank starts on the Free plan, which allows 1 bank per account, and you already own that many. Upgrade a bank you own to Professional to create another.",
    );
    expect(await createOrganization(t.db, cast.bOwner, bankInput("beta-four"))).toMatchObject({
      ok: false,
      status: 402,
      error: expect.stringContaining("The Free plan allows 1 bank per account; this would make"),
    });
  });
});
