// The plan catalogue (lib/domain/billing/plans.ts) plus the Stripe prices this installation sells
// it at, read from the environment.
import "server-only";
import { PLAN_KEYS, PLANS, type PlanKey } from "../../domain/billing/plans.ts";
import { env as currentEnv } from "../../platform/env.ts";

export * from "../../domain/billing/plans.ts";

type Env = Record<string, string | undefined>;

/** Stripe price id of a plan, from the environment (STRIPE_PRICE_*); undefined when not configured. */
export function priceIdFor(plan: PlanKey, env: Env = currentEnv()): string | undefined {
  const name = PLANS[plan].priceEnv;
  const value = name ? env[name]?.trim() : undefined;
  return value || undefined;
}

/** The plan a Stripe price id buys, or null for a price Meyar does not know. */
export function planForPriceId(priceId: string | null | undefined, env: Env = currentEnv()): PlanKey | null {
  if (!priceId) return null;
  return PLAN_KEYS.find((k) => PLANS[k].purchasable && priceIdFor(k, env) === priceId) ?? null;
}
