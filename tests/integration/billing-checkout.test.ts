// Checkout and the Billing portal through the real Stripe SDK, pointed (STRIPE_API_HOST/PORT/
// PROTOCOL) at a local HTTP stand-in that records every request: we assert what the SDK sent,
// and every call lands on 127.0.0.1.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openBillingPortal, startCheckout } from "../../lib/features/billing/checkout.ts";
import { createCast, snapshotOrg, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

interface Received {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  form: URLSearchParams;
}

function startStripeStandIn() {
  const received: Received[] = [];
  const state = { failing: false, customers: 0 };
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, form: new URLSearchParams(body) });
      const reply = (status: number, json: object) => {
        res.writeHead(status, { "content-type": "application/json", "request-id": "req_standin" });
        res.end(JSON.stringify(json));
      };
      if (state.failing) {
        return reply(500, { error: { type: "api_error", message: "stand-in failure" } });
      }
      if (req.method === "POST" && req.url === "/v1/customers")
        return reply(200, { id: `cus_standin_${++state.customers}`, object: "customer" });
      if (req.method === "POST" && req.url === "/v1/checkout/sessions")
        return reply(200, { id: "cs_standin_1", object: "checkout.session", url: "https://checkout.stripe.test/c/pay/cs_standin_1" });
      if (req.method === "POST" && req.url === "/v1/billing_portal/sessions")
        return reply(200, {
          id: "bps_standin_1",
          object: "billing_portal.session",
          url: "https://billing.stripe.test/p/session/bps_standin_1",
        });
      reply(404, { error: { type: "invalid_request_error", message: `no stand-in for ${req.method} ${req.url}` } });
    });
  });
  return { server, received, state };
}

describe.each(enginesUnderTest())("Stripe Checkout and portal on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  const standIn = startStripeStandIn();
  const saved = { ...process.env };
  beforeAll(async () => {
    await new Promise<void>((resolve) => standIn.server.listen(0, "127.0.0.1", resolve));
    const { port } = standIn.server.address() as AddressInfo;
    Object.assign(process.env, {
      STRIPE_SECRET_KEY: "sk_test_meyar_local_only",
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: String(port),
      STRIPE_API_PROTOCOL: "http",
      STRIPE_PRICE_PROFESSIONAL: "price_professional_test",
      STRIPE_PRICE_CONSULTANCY: "price_consultancy_test",
      APP_URL: "https://meyar.test",
    });
    delete process.env.STRIPE_PRICE_REGULATOR;
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
  });
  afterAll(async () => {
    process.env = saved;
    await new Promise<void>((resolve) => standIn.server.close(() => resolve()));
    await t?.dispose();
  });
  beforeEach(() => {
    standIn.received.length = 0;
  });

  const checkout = (who: keyof Cast["a"], plan: string) => startCheckout.invoke(t.db, cast.a[who], cast.orgA.slug, { plan });

  it("creates the organisation's Stripe customer once and opens Checkout for the chosen price", async () => {
    const r = await checkout("OWNER", "professional");
    expect(r).toEqual({ ok: true, data: { url: "https://checkout.stripe.test/c/pay/cs_standin_1" }, message: undefined });
    expect(standIn.received.map((x) => `${x.method} ${x.path}`)).toEqual(["POST /v1/customers", "POST /v1/checkout/sessions"]);
    const [customer, session] = standIn.received;
    expect(customer?.headers.authorization).toBe("Bearer sk_test_meyar_local_only");
    expect(customer?.headers["idempotency-key"]).toBe(`meyar-customer-${cast.orgA.id}`);
    expect(customer?.form.get("name")).toBe("Alpha Bank");
    expect(customer?.form.get("metadata[organizationId]")).toBe(cast.orgA.id);
    expect(Object.fromEntries(session?.form ?? [])).toMatchObject({
      mode: "subscription",
      customer: "cus_standin_1",
      client_reference_id: cast.orgA.id,
      "line_items[0][price]": "price_professional_test",
      "line_items[0][quantity]": "1",
      success_url: "https://meyar.test/alpha-bank/billing?checkout=success",
      cancel_url: "https://meyar.test/alpha-bank/billing?checkout=cancelled",
      "metadata[plan]": "professional",
      "subscription_data[metadata][organizationId]": cast.orgA.id,
    });
    expect((await t.db.billingAccount.findUniqueOrThrow({ where: { organizationId: cast.orgA.id } })).stripeCustomerId).toBe(
      "cus_standin_1",
    );

    // Abandoned checkout, second attempt on another plan: the stored customer is reused.
    standIn.received.length = 0;
    expect((await checkout("OWNER", "consultancy")).ok).toBe(true);
    expect(standIn.received.map((x) => x.path)).toEqual(["/v1/checkout/sessions"]);
    expect(standIn.received[0]?.form.get("customer")).toBe("cus_standin_1");
    expect(standIn.received[0]?.form.get("line_items[0][price]")).toBe("price_consultancy_test");
  });

  it("only an owner may subscribe; an admin gets 403 and Stripe hears nothing", async () => {
    for (const who of ["ADMIN", "ANALYST", "VIEWER"] as const)
      expect(await checkout(who, "professional"), who).toMatchObject({ ok: false, status: 403 });
    expect(await startCheckout.invoke(t.db, cast.bOwner, cast.orgA.slug, { plan: "professional" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(standIn.received).toEqual([]);
  });

  it("refuses plans that cannot be bought, clearly, without calling Stripe", async () => {
    expect(await checkout("OWNER", "free")).toMatchObject({ ok: false, status: 422 });
    expect(await checkout("OWNER", "unlimited")).toMatchObject({ ok: false, status: 422 });
    expect(await checkout("OWNER", "regulator")).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringContaining("STRIPE_PRICE_REGULATOR"),
    });
    await t.db.billingAccount.update({ where: { organizationId: cast.orgA.id }, data: { plan: "professional", status: "active" } });
    expect(await checkout("OWNER", "consultancy")).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringContaining("Manage billing"),
    });
    await t.db.billingAccount.update({
      where: { organizationId: cast.orgA.id },
      data: { plan: null, status: null, assignedPlan: "consultancy" },
    });
    expect(await checkout("OWNER", "professional")).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringContaining("set by the operator"),
    });
    await t.db.billingAccount.update({ where: { organizationId: cast.orgA.id }, data: { assignedPlan: null } });
    expect(standIn.received).toEqual([]);
  });

  it("a Stripe failure is a clear message and records nothing", async () => {
    const before = await snapshotOrg(t.db, cast.orgA.id);
    standIn.state.failing = true;
    const r = await checkout("OWNER", "professional").finally(() => {
      standIn.state.failing = false;
    });
    expect(r).toMatchObject({ ok: false, status: 500, error: expect.stringContaining("Nothing was charged") });
    expect(await snapshotOrg(t.db, cast.orgA.id)).toBe(before);
    expect(standIn.received.every((x) => x.path.startsWith("/v1/"))).toBe(true);
  });

  it("opens the Billing portal for the stored customer, returning to the billing page", async () => {
    const r = await openBillingPortal.invoke(t.db, cast.a.OWNER, cast.orgA.slug, {});
    expect(r).toMatchObject({ ok: true, data: { url: "https://billing.stripe.test/p/session/bps_standin_1" } });
    expect(standIn.received.map((x) => x.path)).toEqual(["/v1/billing_portal/sessions"]);
    expect(Object.fromEntries(standIn.received[0]?.form ?? [])).toEqual({
      customer: "cus_standin_1",
      return_url: "https://meyar.test/alpha-bank/billing",
    });
    expect(await openBillingPortal.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, {})).toMatchObject({ ok: false, status: 403 });
    // An organisation that never subscribed has no customer: nothing to manage yet.
    expect(await openBillingPortal.invoke(t.db, cast.bOwner, cast.orgB.slug, {})).toMatchObject({ ok: false, status: 409 });
    expect(standIn.received).toHaveLength(1);
  });

  it("with billing off, neither action calls out", async () => {
    delete process.env.STRIPE_SECRET_KEY;
    try {
      expect(await checkout("OWNER", "professional")).toMatchObject({
        ok: false,
        status: 409,
        error: expect.stringContaining("Billing is off"),
      });
      expect(await openBillingPortal.invoke(t.db, cast.a.OWNER, cast.orgA.slug, {})).toMatchObject({ ok: false, status: 409 });
    } finally {
      process.env.STRIPE_SECRET_KEY = "sk_test_meyar_local_only";
    }
    expect(standIn.received).toEqual([]);
  });
});
