// The Stripe webhook on a real database, with payloads signed by the real Stripe SDK: signature
// checks, idempotency by event id, out-of-order delivery, grace period and downgrade without loss.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleStripeWebhook } from "../../lib/features/billing/webhook.ts";
import { billingConfig } from "../../lib/features/entitlements/config.ts";
import { planInForce } from "../../lib/features/entitlements/entitlements.ts";
import { addRespondents } from "../../lib/features/assessments/manage.ts";
import { createCast, snapshotOrg, type Cast } from "./support/fixtures.ts";
import { checkoutSession, invoice, signed, stripeEvent, subscription, TEST_ENV } from "./support/stripe-events.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const env = { ...TEST_ENV };
const config = billingConfig(env);
const DAY = 86_400;

describe.each(enginesUnderTest())("Stripe webhook on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  const customer = "cus_test_beta";
  // Event times an hour ago (the signature timestamp is separate and current).
  const t0 = Math.floor(Date.now() / 1000) - 3600;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    // As if Checkout had created the customer for organisation B (lib/features/billing/checkout.ts).
    await t.db.billingAccount.create({ data: { organizationId: cast.orgB.id, stripeCustomerId: customer } });
  });
  afterAll(async () => t?.dispose());

  const send = (event: object, opts?: { timestamp?: number; secret?: string }) => {
    const { payload, signature } = signed(event, opts);
    return handleStripeWebhook(t.db, payload, signature, { env });
  };
  const account = () => t.db.billingAccount.findUniqueOrThrow({ where: { organizationId: cast.orgB.id } });
  const plan = async (now?: Date) => (await planInForce(t.db, cast.orgB, { config, now })).plan.key;
  const proSub = (status: string, created: number, extra: Partial<Parameters<typeof subscription>[0]> = {}) =>
    stripeEvent(
      "customer.subscription.updated",
      subscription({ customer, status, price: TEST_ENV.STRIPE_PRICE_PROFESSIONAL, periodEnd: created + 30 * DAY, ...extra }),
      created,
    );

  it("refuses a tampered payload, a wrong secret, a missing header and a stale signature, recording nothing", async () => {
    const event = proSub("active", t0);
    const { payload, signature } = signed(event);
    const tampered = payload.replace(TEST_ENV.STRIPE_PRICE_PROFESSIONAL, TEST_ENV.STRIPE_PRICE_REGULATOR);
    expect(tampered).not.toBe(payload);
    expect(await handleStripeWebhook(t.db, tampered, signature, { env })).toEqual({ status: 400, body: { error: "Invalid signature." } });
    expect((await send(event, { secret: "whsec_someone_else" })).status).toBe(400);
    expect((await handleStripeWebhook(t.db, payload, null, { env })).status).toBe(400);
    // Signed ten minutes ago: beyond the SDK's five-minute tolerance, so a captured request cannot be replayed later.
    expect((await send(event, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(400);
    expect(await t.db.stripeEvent.count()).toBe(0);
    expect(await account()).toMatchObject({ plan: null, status: null });
  });

  it("answers 404 and touches nothing when billing is off", async () => {
    const { payload, signature } = signed(proSub("active", t0));
    expect(await handleStripeWebhook(t.db, payload, signature, { env: {} })).toEqual({
      status: 404,
      body: { error: "Billing is off on this server." },
    });
    expect(await t.db.stripeEvent.count()).toBe(0);
  });

  it("checkout completion links the subscription and starts the plan", async () => {
    const r = await send(
      stripeEvent(
        "checkout.session.completed",
        checkoutSession({ customer, subscription: "sub_test_1", organizationId: cast.orgB.id, plan: "professional" }),
        t0,
      ),
    );
    expect(r).toEqual({ status: 200, body: { received: true, outcome: "applied" } });
    expect(await account()).toMatchObject({ stripeSubscriptionId: "sub_test_1", plan: "professional", status: "active" });
    expect(await plan()).toBe("professional");
  });

  it("applies subscription events in time order: an older one delivered late changes nothing", async () => {
    const cancelling = proSub("active", t0 + 20, { cancelAtPeriodEnd: true });
    expect((await send(cancelling)).body).toEqual({ received: true, outcome: "applied" });
    const created = stripeEvent(
      "customer.subscription.created",
      subscription({ customer, status: "incomplete", price: TEST_ENV.STRIPE_PRICE_PROFESSIONAL, periodEnd: t0 + 30 * DAY }),
      t0 + 10,
    );
    expect((await send(created)).body).toEqual({ received: true, outcome: "stale" });
    expect(await account()).toMatchObject({
      status: "active",
      cancelAtPeriodEnd: true,
      currentPeriodEnd: new Date((t0 + 20 + 30 * DAY) * 1000),
    });
    expect(await plan()).toBe("professional");
    expect((await t.db.stripeEvent.findUniqueOrThrow({ where: { id: created.id } })).outcome).toBe("stale");
  });

  it("a replayed event (Stripe's retry, newly signed) is acknowledged and changes nothing twice", async () => {
    const renewed = proSub("active", t0 + 30, { cancelAtPeriodEnd: false });
    expect((await send(renewed)).body).toMatchObject({ outcome: "applied" });
    const later = proSub("active", t0 + 40, { cancelAtPeriodEnd: true });
    expect((await send(later)).body).toMatchObject({ outcome: "applied" });
    const before = await account();
    const replay = await send(renewed);
    expect(replay).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    expect(await account()).toEqual(before);
    expect(await t.db.stripeEvent.count({ where: { id: renewed.id } })).toBe(1);

    // Two deliveries of one new event at the same moment: exactly one applies.
    const twice = proSub("active", t0 + 41, { cancelAtPeriodEnd: false });
    const outcomes = await Promise.all([send(twice), send(twice)]);
    expect(outcomes.map((o) => ("outcome" in o.body ? o.body.outcome : o.body.error)).sort()).toEqual(["applied", "duplicate"]);
    await send(later);
    expect((await account()).cancelAtPeriodEnd).toBe(false);
  });

  it("acknowledges an unknown event type with 200 and ignores it", async () => {
    const before = await account();
    const r = await send(stripeEvent("customer.tax_id.created", { id: "txi_1", object: "tax_id", customer }, t0 + 45));
    expect(r).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await account()).toEqual(before);
  });

  it("a failed payment keeps the plan for the grace period, then Free applies with no data deleted", async () => {
    const failedAt = t0 + 50;
    expect(
      (await send(stripeEvent("invoice.payment_failed", invoice({ customer, subscription: "sub_test_1" }), failedAt))).body,
    ).toMatchObject({ outcome: "applied" });
    expect((await send(proSub("past_due", failedAt + 1))).body).toMatchObject({ outcome: "applied" });
    const graceEnd = new Date((failedAt + 7 * DAY) * 1000);
    expect((await account()).graceEndsAt).toEqual(graceEnd);
    // Stripe's retry fails again two days later: the grace period is not extended.
    await send(
      stripeEvent("invoice.payment_failed", invoice({ customer, subscription: "sub_test_1", id: "in_test_retry" }), failedAt + 2 * DAY),
    );
    expect((await account()).graceEndsAt).toEqual(graceEnd);
    expect(await plan(new Date(graceEnd.getTime() - 1000))).toBe("professional");
    expect(await plan(new Date(graceEnd.getTime() + 1000))).toBe("free");

    // After the grace period (the real clock is past it here), Free limits apply but nothing is removed.
    await t.db.billingAccount.update({ where: { organizationId: cast.orgB.id }, data: { graceEndsAt: new Date(Date.now() - 1000) } });
    await t.db.assessment.update({ where: { id: cast.bAssessmentId }, data: { status: "OPEN" } });
    const list = Array.from({ length: 6 }, (_, i) => `late${i}@beta.example,managers`).join("\n");
    const snapshot = await snapshotOrg(t.db, cast.orgB.id);
    process.env.STRIPE_SECRET_KEY = TEST_ENV.STRIPE_SECRET_KEY;
    try {
      const refused = await addRespondents.invoke(t.db, cast.bOwner, cast.orgB.slug, { assessmentId: cast.bAssessmentId, list });
      expect(refused).toMatchObject({ ok: false, status: 402, error: expect.stringContaining("Upgrade to Professional") });
    } finally {
      delete process.env.STRIPE_SECRET_KEY;
    }
    expect(await snapshotOrg(t.db, cast.orgB.id)).toBe(snapshot);
    expect(await t.db.respondent.count({ where: { organizationId: cast.orgB.id } })).toBe(1);
  });

  it("a paid invoice ends the grace period; an older failure delivered late does not restart it", async () => {
    const paidAt = t0 + 3 * DAY;
    expect((await send(stripeEvent("invoice.paid", invoice({ customer, subscription: "sub_test_1" }), paidAt))).body).toMatchObject({
      outcome: "applied",
    });
    await send(proSub("active", paidAt + 1));
    expect(await account()).toMatchObject({ graceEndsAt: null, status: "active" });
    expect(await plan()).toBe("professional");
    const lateFailure = await send(stripeEvent("invoice.payment_failed", invoice({ customer, subscription: "sub_test_1" }), paidAt - 60));
    expect(lateFailure.body).toMatchObject({ outcome: "stale" });
    expect((await account()).graceEndsAt).toBeNull();
  });

  it("deletion ends the plan; the end of an older, replaced subscription does not", async () => {
    const old = stripeEvent(
      "customer.subscription.deleted",
      subscription({ id: "sub_replaced", customer, status: "canceled", price: TEST_ENV.STRIPE_PRICE_PROFESSIONAL, periodEnd: t0 }),
      t0 + 4 * DAY,
    );
    expect((await send(old)).body).toMatchObject({ outcome: "ignored" });
    expect(await plan()).toBe("professional");
    const ended = stripeEvent(
      "customer.subscription.deleted",
      subscription({ customer, status: "canceled", price: TEST_ENV.STRIPE_PRICE_PROFESSIONAL, periodEnd: t0 + 30 * DAY }),
      t0 + 5 * DAY,
    );
    expect((await send(ended)).body).toMatchObject({ outcome: "applied" });
    expect(await account()).toMatchObject({ status: "canceled", plan: "professional" });
    expect(await plan()).toBe("free");
    // Data stays: the assessment and its respondent are still there.
    expect(await t.db.respondent.count({ where: { organizationId: cast.orgB.id } })).toBe(1);
  });

  it("ignores events for a customer Meyar does not know", async () => {
    const r = await send(
      stripeEvent(
        "customer.subscription.updated",
        subscription({ customer: "cus_stranger", status: "active", price: TEST_ENV.STRIPE_PRICE_REGULATOR, periodEnd: t0 }),
        t0 + 6 * DAY,
      ),
    );
    expect(r.body).toMatchObject({ outcome: "ignored" });
    expect(await t.db.billingAccount.count({ where: { stripeCustomerId: "cus_stranger" } })).toBe(0);
  });

  it("a subscription back in good standing after the failure ends the grace period; an older one does not", async () => {
    const customerA = "cus_test_alpha";
    await t.db.billingAccount.create({ data: { organizationId: cast.orgA.id, stripeCustomerId: customerA } });
    const sub = (status: string, created: number) =>
      stripeEvent(
        "customer.subscription.updated",
        subscription({
          id: "sub_alpha",
          customer: customerA,
          status,
          price: TEST_ENV.STRIPE_PRICE_CONSULTANCY,
          periodEnd: created + 30 * DAY,
        }),
        created,
      );
    const grace = async () => (await t.db.billingAccount.findUniqueOrThrow({ where: { organizationId: cast.orgA.id } })).graceEndsAt;
    await send(sub("active", t0));
    await send(stripeEvent("invoice.payment_failed", invoice({ customer: customerA, subscription: "sub_alpha" }), t0 + 100));
    expect(await grace()).toEqual(new Date((t0 + 100 + 7 * DAY) * 1000));
    // An "active" update from before the failure, delivered late, says nothing about the payment.
    await send(sub("active", t0 + 50));
    expect(await grace()).toEqual(new Date((t0 + 100 + 7 * DAY) * 1000));
    expect((await planInForce(t.db, cast.orgA, { config })).source).toBe("grace");
    expect((await send(sub("active", t0 + 200))).body).toMatchObject({ outcome: "applied" });
    expect(await grace()).toBeNull();
    expect(await planInForce(t.db, cast.orgA, { config })).toMatchObject({ plan: { key: "consultancy" }, source: "subscription" });
  });
});
