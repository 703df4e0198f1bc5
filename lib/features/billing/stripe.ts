// The Stripe SDK client, created only when billing is on (STRIPE_SECRET_KEY set): without a key
// no code path can reach Stripe's servers.
import "server-only";
import Stripe from "stripe";
import { billingConfig, type BillingConfig } from "../entitlements/config.ts";

export type StripeClient = Stripe;

export function stripeClient(config: BillingConfig = billingConfig()): Stripe | null {
  if (!config.enabled || !config.secretKey) return null;
  return new Stripe(config.secretKey, {
    // Checkout and portal calls are user-facing: fail fast rather than retry for long.
    maxNetworkRetries: 1,
    timeout: 15_000,
    appInfo: { name: "Meyar" },
    ...(config.api.host ? { host: config.api.host } : {}),
    ...(config.api.port ? { port: config.api.port } : {}),
    ...(config.api.protocol ? { protocol: config.api.protocol } : {}),
  });
}
