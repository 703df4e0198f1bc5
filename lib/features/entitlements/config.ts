// Billing settings from the environment. Billing is on only when STRIPE_SECRET_KEY is set; without
// it nothing calls Stripe and every organisation gets MEYAR_DEFAULT_PLAN (default: all features).
import { isPlanKey, type PlanKey } from "../../domain/billing/plans.ts";
import { env as currentEnv } from "../../platform/env.ts";

/** The environment, or any stand-in for it in tests. */
export type Env = Record<string, string | undefined>;

export interface BillingConfig {
  enabled: boolean;
  secretKey: string | null;
  webhookSecret: string | null;
  /** The plan of an organisation with no subscription and no operator-assigned plan. */
  defaultPlan: PlanKey;
  /** Days a paid plan stays in force after a failed payment. */
  graceDays: number;
  /** Test-only: send Stripe API calls to a local stand-in (never set in production). */
  api: { host?: string; port?: number; protocol?: "http" | "https" };
}

const DEFAULT_GRACE_DAYS = 7;
let warnedPlan = false;

export function billingConfig(env: Env = currentEnv()): BillingConfig {
  const secretKey = env.STRIPE_SECRET_KEY?.trim() || null;
  const enabled = secretKey !== null;
  return {
    enabled,
    secretKey,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET?.trim() || null,
    // With billing on, an organisation that has not paid is on Free; MEYAR_DEFAULT_PLAN is for installs without billing.
    defaultPlan: enabled ? "free" : defaultPlanWithoutBilling(env.MEYAR_DEFAULT_PLAN),
    graceDays: positiveInt(env.MEYAR_BILLING_GRACE_DAYS) ?? DEFAULT_GRACE_DAYS,
    api: {
      host: env.STRIPE_API_HOST?.trim() || undefined,
      port: positiveInt(env.STRIPE_API_PORT),
      protocol: env.STRIPE_API_PROTOCOL === "http" ? "http" : env.STRIPE_API_PROTOCOL === "https" ? "https" : undefined,
    },
  };
}

function defaultPlanWithoutBilling(value: string | undefined): PlanKey {
  const v = value?.trim().toLowerCase();
  if (!v) return "unlimited";
  if (isPlanKey(v)) return v;
  if (!warnedPlan) {
    warnedPlan = true;
    console.warn(
      `[billing] MEYAR_DEFAULT_PLAN="${value}" is not a plan (free, professional, consultancy, regulator, unlimited); using "unlimited".`,
    );
  }
  return "unlimited";
}

function positiveInt(value: string | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}
