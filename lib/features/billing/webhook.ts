// The Stripe webhook, framework-free so tests call it with a real database: verify the signature
// on the raw body, then apply the event once (lib/features/billing/events.ts). The route only adapts HTTP.
import "server-only";
import type Stripe from "stripe";
import type { Db } from "../../platform/db/connect.ts";
import { billingConfig, type BillingConfig, type Env } from "../entitlements/config.ts";
import { applyStripeEvent, type EventOutcome } from "./events.ts";
import { stripeClient } from "./stripe.ts";

export interface WebhookResponse {
  status: 200 | 400 | 404 | 500;
  body: { received: true; outcome: EventOutcome } | { error: string };
}

export interface WebhookDeps {
  config?: BillingConfig;
  stripe?: Stripe | null;
  env?: Env;
}

export async function handleStripeWebhook(
  db: Db,
  payload: string,
  signature: string | null,
  deps: WebhookDeps = {},
): Promise<WebhookResponse> {
  const config = deps.config ?? billingConfig(deps.env);
  const stripe = deps.stripe === undefined ? stripeClient(config) : deps.stripe;
  if (!stripe || !config.webhookSecret) return { status: 404, body: { error: "Billing is off on this server." } };
  if (!signature) return { status: 400, body: { error: "Missing Stripe-Signature header." } };
  let event: Stripe.Event;
  try {
    // Default tolerance (300 s): a captured request replayed later is refused as stale.
    event = stripe.webhooks.constructEvent(payload, signature, config.webhookSecret);
  } catch {
    return { status: 400, body: { error: "Invalid signature." } };
  }
  try {
    const { outcome } = await applyStripeEvent(db, event, config, deps.env);
    return { status: 200, body: { received: true, outcome } };
  } catch (e) {
    // 500 makes Stripe retry later; nothing was recorded, so the retry is processed afresh.
    console.error(`[billing] webhook ${event.type} ${event.id} failed`, e instanceof Error ? e.message : e);
    return { status: 500, body: { error: "Processing failed; Stripe will retry." } };
  }
}
