// Applying verified Stripe events to an organisation's billing state. Robust to Stripe's habits:
// - replays: each event id is recorded once (StripeEvent primary key) in the same transaction as
//   its effect, so a replayed event changes nothing twice;
// - out-of-order delivery: subscription fields and payment (grace) fields each keep the `created`
//   time of the newest event applied; an older event is recorded as "stale" and changes nothing;
// - concurrency: the organisation's billing row is locked for the duration of the change.
import "server-only";
import type Stripe from "stripe";
import { isUniqueViolation } from "../../platform/http/action-result.ts";
import type { Db } from "../../platform/db/connect.ts";
import type { BillingAccount } from "../../platform/db/generated/client.ts";
import type { BillingConfig, Env } from "../entitlements/config.ts";
import { PLANS, isPlanKey, planForPriceId, type PlanKey } from "./plans.ts";
import { env as currentEnv } from "../../platform/env.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type EventOutcome = "applied" | "stale" | "ignored" | "duplicate";

const HANDLED = new Set([
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.payment_failed",
  "invoice.paid",
]);
const PAYMENT_DUE = new Set(["past_due", "unpaid"]);
const GOOD_STANDING = new Set(["active", "trialing"]);
const DAY_MS = 86_400_000;

export async function applyStripeEvent(
  db: Db,
  event: Stripe.Event,
  config: BillingConfig,
  env: Env = currentEnv(),
): Promise<{ outcome: EventOutcome; organizationId: string | null }> {
  const eventCreatedAt = new Date(event.created * 1000);
  try {
    return await db.$transaction(async (tx) => {
      // First, so that a concurrent or later replay of the same id fails on the primary key.
      await tx.stripeEvent.create({ data: { id: event.id, type: event.type, outcome: "pending", eventCreatedAt } });
      const result = HANDLED.has(event.type)
        ? await dispatch(tx, event, eventCreatedAt, config, env)
        : { outcome: "ignored" as const, organizationId: null };
      await tx.stripeEvent.update({ where: { id: event.id }, data: result });
      // Plan changes belong in the organisation's audit trail, with Stripe's event id to trace them.
      if (result.outcome === "applied" && result.organizationId) {
        await tx.auditEvent.create({
          data: { organizationId: result.organizationId, action: "billing.plan-event", target: event.id, detail: { type: event.type } },
        });
      }
      return result;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { outcome: "duplicate", organizationId: null };
    throw e;
  }
}

async function dispatch(tx: Tx, event: Stripe.Event, at: Date, config: BillingConfig, env: Env) {
  switch (event.type) {
    case "checkout.session.completed":
      return checkoutCompleted(tx, event.data.object);
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      return subscriptionChanged(tx, event.type, event.data.object, at, config, env);
    case "invoice.payment_failed":
    case "invoice.paid":
      return invoiceSettled(tx, event.type, event.data.object, at, config);
    default:
      return { outcome: "ignored" as const, organizationId: null };
  }
}

const idOf = (ref: string | { id: string } | null | undefined): string | null => (typeof ref === "string" ? ref : (ref?.id ?? null));

/** The organisation's billing row, locked; found by Stripe customer id or by the organisation id we put in metadata. */
async function lockAccount(tx: Tx, customerId: string | null, organizationId: string | null | undefined): Promise<BillingAccount | null> {
  let orgId: string | null = null;
  if (customerId)
    orgId =
      (await tx.billingAccount.findUnique({ where: { stripeCustomerId: customerId }, select: { organizationId: true } }))?.organizationId ??
      null;
  if (!orgId && organizationId)
    orgId = (await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))?.id ?? null;
  if (!orgId) return null;
  await tx.billingAccount.upsert({ where: { organizationId: orgId }, update: {}, create: { organizationId: orgId } });
  await tx.$queryRaw`SELECT 1 FROM "BillingAccount" WHERE "organizationId" = ${orgId} FOR UPDATE`;
  return tx.billingAccount.findUnique({ where: { organizationId: orgId } });
}

function purchasablePlan(value: unknown): PlanKey | null {
  return isPlanKey(value) && PLANS[value].purchasable ? value : null;
}

async function checkoutCompleted(tx: Tx, session: Stripe.Checkout.Session) {
  if (session.mode !== "subscription") return { outcome: "ignored" as const, organizationId: null };
  const customerId = idOf(session.customer);
  const account = await lockAccount(tx, customerId, session.client_reference_id ?? session.metadata?.organizationId);
  if (!account) return { outcome: "ignored" as const, organizationId: null };
  const data: Partial<BillingAccount> = {};
  if (!account.stripeCustomerId && customerId) data.stripeCustomerId = customerId;
  // Subscription events carry the authoritative state; until one has arrived, the session stands in for it.
  if (!account.subscriptionEventAt) {
    data.stripeSubscriptionId = idOf(session.subscription);
    const plan = purchasablePlan(session.metadata?.plan);
    if (plan && session.status === "complete" && session.payment_status !== "unpaid") {
      data.plan = plan;
      data.status = "active";
    }
  }
  await tx.billingAccount.update({ where: { organizationId: account.organizationId }, data });
  return { outcome: "applied" as const, organizationId: account.organizationId };
}

async function subscriptionChanged(tx: Tx, type: string, sub: Stripe.Subscription, at: Date, config: BillingConfig, env: Env) {
  const account = await lockAccount(tx, idOf(sub.customer), sub.metadata?.organizationId);
  if (!account) return { outcome: "ignored" as const, organizationId: null };
  const organizationId = account.organizationId;
  const last = account.subscriptionEventAt;
  // Same second: a "created" never overrides an update already applied (it is the older state).
  if (last && (at < last || (at.getTime() === last.getTime() && type === "customer.subscription.created"))) {
    return { outcome: "stale" as const, organizationId };
  }
  // The end of a subscription this organisation has since replaced changes nothing.
  if (type === "customer.subscription.deleted" && account.stripeSubscriptionId && account.stripeSubscriptionId !== sub.id) {
    return { outcome: "ignored" as const, organizationId };
  }
  const priceId = sub.items?.data?.[0]?.price?.id;
  const plan = planForPriceId(priceId, env) ?? purchasablePlan(sub.metadata?.plan);
  if (!plan)
    console.warn(`[billing] subscription ${sub.id} has price ${priceId ?? "(none)"}, which no STRIPE_PRICE_* names; treated as Free.`);
  const status = type === "customer.subscription.deleted" ? "canceled" : sub.status;
  const periodEnds = (sub.items?.data ?? []).map((i) => i.current_period_end).filter((n) => typeof n === "number");
  const data: Partial<BillingAccount> = {
    stripeCustomerId: account.stripeCustomerId ?? idOf(sub.customer),
    stripeSubscriptionId: sub.id,
    plan,
    status,
    currentPeriodEnd: periodEnds.length ? new Date(Math.max(...periodEnds) * 1000) : account.currentPeriodEnd,
    cancelAtPeriodEnd: Boolean(sub.cancel_at_period_end),
    subscriptionEventAt: at,
  };
  // Payment state from the subscription's status, when newer than the last invoice event: past due
  // starts the grace period (if no failed invoice has yet); back in good standing ends it.
  const newerThanInvoices = !account.invoiceEventAt || at > account.invoiceEventAt;
  if (PAYMENT_DUE.has(status) && !account.graceEndsAt && newerThanInvoices) {
    data.graceEndsAt = new Date(at.getTime() + config.graceDays * DAY_MS);
    data.invoiceEventAt = at;
  } else if (GOOD_STANDING.has(status) && account.graceEndsAt && newerThanInvoices) {
    data.graceEndsAt = null;
    data.invoiceEventAt = at;
  }
  await tx.billingAccount.update({ where: { organizationId }, data });
  return { outcome: "applied" as const, organizationId };
}

async function invoiceSettled(tx: Tx, type: string, invoice: Stripe.Invoice, at: Date, config: BillingConfig) {
  const account = await lockAccount(tx, idOf(invoice.customer), null);
  if (!account) return { outcome: "ignored" as const, organizationId: null };
  const organizationId = account.organizationId;
  if (account.invoiceEventAt && at < account.invoiceEventAt) return { outcome: "stale" as const, organizationId };
  const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
  if (!subscriptionId || (account.stripeSubscriptionId && subscriptionId !== account.stripeSubscriptionId)) {
    return { outcome: "ignored" as const, organizationId };
  }
  // Repeated failures (Stripe's retries) do not extend the grace period; a paid invoice ends it.
  const graceEndsAt = type === "invoice.paid" ? null : (account.graceEndsAt ?? new Date(at.getTime() + config.graceDays * DAY_MS));
  await tx.billingAccount.update({ where: { organizationId }, data: { graceEndsAt, invoiceEventAt: at } });
  return { outcome: "applied" as const, organizationId };
}
