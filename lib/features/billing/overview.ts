// What the billing page shows: the plan in force, why, and how much of each limit is used.
import "server-only";
import type { LimitUsage } from "../../view/billing/types.ts";
import type { Db } from "../../platform/db/connect.ts";
import { billingConfig, type BillingConfig, type Env } from "../entitlements/config.ts";
import { planInForce, type PlanInForce } from "../entitlements/entitlements.ts";
import { PLANS, UPGRADE_ORDER, priceIdFor, type Plan } from "./plans.ts";
import { env as currentEnv } from "../../platform/env.ts";

export type { LimitUsage };

export interface BillingOverview {
  current: PlanInForce;
  hasStripeCustomer: boolean;
  usage: LimitUsage[];
  /** Plans on offer, with whether their Stripe price is configured. */
  offers: { plan: Plan; priceConfigured: boolean }[];
  defaultPlan: Plan;
}

export async function billingOverview(
  db: Db,
  org: { id: string },
  options: { config?: BillingConfig; env?: Env; now?: Date } = {},
): Promise<BillingOverview> {
  const env = options.env ?? currentEnv();
  const config = options.config ?? billingConfig(env);
  const [current, account, openAssessments] = await Promise.all([
    planInForce(db, org, { config, now: options.now }),
    db.billingAccount.findUnique({ where: { organizationId: org.id }, select: { stripeCustomerId: true } }),
    db.assessment.findMany({ where: { organizationId: org.id, status: "OPEN" }, select: { _count: { select: { respondents: true } } } }),
  ]);
  const mostRespondents = Math.max(0, ...openAssessments.map((a) => a._count.respondents));
  return {
    current,
    hasStripeCustomer: Boolean(account?.stripeCustomerId),
    usage: [
      { limit: "openAssessments", used: openAssessments.length, max: current.plan.limits.openAssessments },
      { limit: "respondentsPerAssessment", used: mostRespondents, max: current.plan.limits.respondentsPerAssessment },
    ],
    offers: UPGRADE_ORDER.map((k) => ({ plan: PLANS[k], priceConfigured: Boolean(priceIdFor(k, env)) })),
    defaultPlan: PLANS[config.defaultPlan],
  };
}
