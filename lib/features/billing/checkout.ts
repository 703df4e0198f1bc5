// Subscribing (Stripe Checkout) and managing a subscription (Stripe Billing portal). The
// organisation is the Stripe customer: created once, its id stored, reused for every session.
// Only an organisation's OWNER may start either; ADMINs see the billing page read-only.
import "server-only";
import type Stripe from "stripe";
import { z } from "zod";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import type { OrgContext } from "../../platform/access/access.ts";
import { defineOrgAction } from "../access/action.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Db } from "../../platform/db/connect.ts";
import { appBaseUrl } from "../../platform/http/app-url.ts";
import { billingConfig, type BillingConfig, type Env } from "../entitlements/config.ts";
import { resolvePlan } from "../entitlements/entitlements.ts";
import { PLANS, priceIdFor, type PlanKey } from "./plans.ts";
import { stripeClient } from "./stripe.ts";
import { env } from "../../platform/env.ts";

export interface BillingDeps {
  config: BillingConfig;
  stripe: Stripe | null;
  env: Env;
}

function defaultDeps(): BillingDeps {
  const config = billingConfig();
  return { config, stripe: stripeClient(config), env: env() };
}

const BILLING_OFF = "Billing is off on this server (no Stripe key is configured); the operator decides each organisation's plan.";
const STRIPE_DOWN = "Stripe could not be reached. Nothing was charged or changed; please try again in a moment.";

/** The organisation's Stripe customer id, creating the customer once (idempotent at Stripe too). */
export async function ensureStripeCustomer(db: Db, stripe: Stripe, org: OrgContext["org"]): Promise<string> {
  const existing = await db.billingAccount.findUnique({ where: { organizationId: org.id }, select: { stripeCustomerId: true } });
  if (existing?.stripeCustomerId) return existing.stripeCustomerId;
  const customer = await stripe.customers.create(
    { name: org.name, metadata: { organizationId: org.id, slug: org.slug } },
    // Two clicks at once create one customer: Stripe answers the same key with the same customer.
    { idempotencyKey: `meyar-customer-${org.id}` },
  );
  await db.billingAccount.upsert({ where: { organizationId: org.id }, update: {}, create: { organizationId: org.id } });
  await db.billingAccount.updateMany({
    where: { organizationId: org.id, stripeCustomerId: null },
    data: { stripeCustomerId: customer.id },
  });
  const stored = await db.billingAccount.findUniqueOrThrow({ where: { organizationId: org.id }, select: { stripeCustomerId: true } });
  return stored.stripeCustomerId ?? customer.id;
}

export async function createCheckoutSession(
  db: Db,
  ctx: OrgContext,
  plan: PlanKey,
  deps: BillingDeps,
): Promise<ActionResult<{ url: string }>> {
  const { stripe, config, env } = deps;
  if (!stripe) return fail(409, BILLING_OFF);
  const account = await db.billingAccount.findUnique({ where: { organizationId: ctx.org.id } });
  const current = resolvePlan(account, config);
  if (current.source === "assigned")
    return fail(409, `This organisation's plan (${current.plan.name}) is set by the operator of this server.`);
  if (current.source === "subscription" || current.source === "grace") {
    return fail(409, `This organisation already subscribes to ${current.plan.name}. Use "Manage billing" to change or cancel the plan.`);
  }
  const price = priceIdFor(plan, env);
  if (!price)
    return fail(
      409,
      `The ${PLANS[plan].name} plan cannot be bought here yet: its Stripe price (${PLANS[plan].priceEnv}) is not configured.`,
    );
  const base = appBaseUrl(env).replace(/\/$/, "");
  try {
    const customer = await ensureStripeCustomer(db, stripe, ctx.org);
    const metadata = { organizationId: ctx.org.id, plan };
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer,
      client_reference_id: ctx.org.id,
      line_items: [{ price, quantity: 1 }],
      success_url: `${base}/${ctx.org.slug}/billing?checkout=success`,
      cancel_url: `${base}/${ctx.org.slug}/billing?checkout=cancelled`,
      metadata,
      subscription_data: { metadata },
    });
    if (!session.url) return fail(500, STRIPE_DOWN);
    await recordAudit(db, { organizationId: ctx.org.id, actorUserId: ctx.user.id, action: "billing.checkout-started", detail: { plan } });
    return ok({ url: session.url });
  } catch (e) {
    console.error("[billing] checkout session failed", e instanceof Error ? e.message : e);
    return fail(500, STRIPE_DOWN);
  }
}

export async function createPortalSession(db: Db, ctx: OrgContext, deps: BillingDeps): Promise<ActionResult<{ url: string }>> {
  const { stripe, env } = deps;
  if (!stripe) return fail(409, BILLING_OFF);
  const account = await db.billingAccount.findUnique({ where: { organizationId: ctx.org.id }, select: { stripeCustomerId: true } });
  if (!account?.stripeCustomerId) return fail(409, "This organisation has no Stripe billing yet: choose a plan first.");
  try {
    const session = await stripe.billingPortal.sessions.create({
      customer: account.stripeCustomerId,
      return_url: `${appBaseUrl(env).replace(/\/$/, "")}/${ctx.org.slug}/billing`,
    });
    await recordAudit(db, { organizationId: ctx.org.id, actorUserId: ctx.user.id, action: "billing.portal-opened" });
    return ok({ url: session.url });
  } catch (e) {
    console.error("[billing] portal session failed", e instanceof Error ? e.message : e);
    return fail(500, STRIPE_DOWN);
  }
}

const purchasablePlanSchema = z.object({
  plan: z.enum(["professional", "consultancy", "regulator"], { error: "Choose a plan to subscribe to." }),
});

export const startCheckout = defineOrgAction({
  name: "billing.checkout",
  minRole: "OWNER",
  mutates: true,
  schema: purchasablePlanSchema,
  run: (db, ctx, input) => createCheckoutSession(db, ctx, input.plan, defaultDeps()),
});

export const openBillingPortal = defineOrgAction({
  name: "billing.portal",
  minRole: "OWNER",
  mutates: true,
  schema: z.object({}),
  run: (db, ctx) => createPortalSession(db, ctx, defaultDeps()),
});
