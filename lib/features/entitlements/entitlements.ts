// What an organisation may do, decided on the server. The API other modules use:
//
//   Feature gates are DECLARED where access is decided: `feature: "pdfReport"` in the options of
//   the guard (lib/features/access/guard.ts), which calls `planGate` below (402, names the plan to buy).
//
//   const refused = await checkLimit(db, ctx.org, "respondentsPerAssessment", existing + adding);
//   if (refused) return refused;                       // `wanted` is the total after the change
//
// In route handlers answer the failure as JSON with its status (402). For showing or hiding UI use
// hasFeature / planInForce; hiding is a courtesy, the check above is the rule.
//
// Which plan applies, in order: an operator-assigned plan on the organisation; with billing off
// (no STRIPE_SECRET_KEY) MEYAR_DEFAULT_PLAN; else the Stripe subscription (kept during the grace
// period after a failed payment), and Free otherwise. Downgrades never delete data; they only stop
// new use beyond the lower plan.
import { fail, type ActionFailure } from "../../platform/http/action-result.ts";
import type { Db } from "../../platform/db/connect.ts";
import type { BillingAccount } from "../../platform/db/generated/client.ts";
import { billingConfig, type BillingConfig } from "./config.ts";
import {
  FEATURE_LABELS,
  PLANS,
  cheapestPlanAdmitting,
  cheapestPlanWith,
  describeLimit,
  isPlanKey,
  planIncludes,
  withinLimit,
  type Feature,
  type Limit,
  type Plan,
  type PlanKey,
} from "../../domain/billing/plans.ts";

export type PlanSource =
  | "assigned" // set by the operator on this organisation
  | "default" // no subscription: MEYAR_DEFAULT_PLAN without billing, Free with billing
  | "subscription" // a Stripe subscription in good standing
  | "grace" // a payment failed; the paid plan stays until graceEndsAt
  | "lapsed"; // the subscription ended or the grace period ran out: Free

export interface PlanInForce {
  plan: Plan;
  source: PlanSource;
  billingEnabled: boolean;
  /** The plan paid for in Stripe, even when it no longer applies (lapsed). */
  subscribedPlan: PlanKey | null;
  status: string | null;
  graceEndsAt: Date | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
}

/** Any client that can read billing state: the app's `db` or a transaction inside it. */
export type BillingReader = Pick<Db, "billingAccount">;

export interface EntitlementOptions {
  config?: BillingConfig;
  now?: Date;
}

type AccountState = Pick<BillingAccount, "assignedPlan" | "plan" | "status" | "graceEndsAt" | "currentPeriodEnd" | "cancelAtPeriodEnd">;

// Stripe statuses in which the subscription still counts (past_due/unpaid: only within the grace period).
const GOOD_STANDING = new Set(["active", "trialing"]);
const PAYMENT_DUE = new Set(["past_due", "unpaid"]);

/** Pure decision from the stored billing state; `planInForce` loads the state and calls this. */
export function resolvePlan(account: AccountState | null, config: BillingConfig, now: Date = new Date()): PlanInForce {
  const base = {
    billingEnabled: config.enabled,
    subscribedPlan: null,
    status: account?.status ?? null,
    graceEndsAt: account?.graceEndsAt ?? null,
    currentPeriodEnd: account?.currentPeriodEnd ?? null,
    cancelAtPeriodEnd: account?.cancelAtPeriodEnd ?? false,
  };
  if (account?.assignedPlan && isPlanKey(account.assignedPlan)) return { ...base, plan: PLANS[account.assignedPlan], source: "assigned" };
  const fallback = { ...base, plan: PLANS[config.defaultPlan], source: "default" as const };
  if (!config.enabled) return fallback;
  const subscribed = account && isPlanKey(account.plan) && PLANS[account.plan].purchasable ? account.plan : null;
  if (!subscribed) return fallback;
  const withPlan = { ...base, subscribedPlan: subscribed };
  const lapsed = { ...withPlan, plan: PLANS.free, source: "lapsed" as const };
  const status = account?.status ?? "";
  if (!GOOD_STANDING.has(status) && !PAYMENT_DUE.has(status)) return lapsed;
  if (account?.graceEndsAt) return now < account.graceEndsAt ? { ...withPlan, plan: PLANS[subscribed], source: "grace" } : lapsed;
  return { ...withPlan, plan: PLANS[subscribed], source: "subscription" };
}

export async function planInForce(db: BillingReader, org: { id: string }, options: EntitlementOptions = {}): Promise<PlanInForce> {
  const account = await db.billingAccount.findUnique({ where: { organizationId: org.id } });
  return resolvePlan(account, options.config ?? billingConfig(), options.now);
}

export async function hasFeature(db: BillingReader, org: { id: string }, feature: Feature, options?: EntitlementOptions): Promise<boolean> {
  return planIncludes((await planInForce(db, org, options)).plan, feature);
}

/** The guard's plan gate (lib/features/access/guard.ts): null when the plan includes the feature, else the refusal's message. */
export async function planGate(db: BillingReader, org: { id: string }, feature: Feature): Promise<string | null> {
  return (await requireFeature(db, org, feature))?.error ?? null;
}

/** null when the organisation's plan includes the feature; else a 402 naming the plan that does. Used by the guard only. */
export async function requireFeature(
  db: BillingReader,
  org: { id: string },
  feature: Feature,
  options?: EntitlementOptions,
): Promise<ActionFailure | null> {
  const { plan } = await planInForce(db, org, options);
  return featureRefusal(plan, feature);
}

/** null when `wanted` (the total after the change) fits the plan's limit; else a 402 naming the plan that allows it. */
export async function checkLimit(
  db: BillingReader,
  org: { id: string },
  limit: Limit,
  wanted: number,
  options?: EntitlementOptions,
): Promise<ActionFailure | null> {
  const { plan } = await planInForce(db, org, options);
  return limitRefusal(plan, limit, wanted);
}

export function featureRefusal(plan: Plan, feature: Feature): ActionFailure | null {
  if (planIncludes(plan, feature)) return null;
  const needed = cheapestPlanWith(feature);
  return fail(
    402,
    `${FEATURE_LABELS[feature]} needs the ${needed.name} plan; this organisation is on ${plan.name}. Upgrade to ${needed.name} to use it.`,
  );
}

export function limitRefusal(plan: Plan, limit: Limit, wanted: number): ActionFailure | null {
  if (withinLimit(plan, limit, wanted)) return null;
  const needed = cheapestPlanAdmitting(limit, wanted);
  const max = plan.limits[limit];
  return fail(
    402,
    `The ${plan.name} plan allows ${describeLimit(limit, max)}; this would make ${wanted}. Upgrade to ${needed.name} for ${describeLimit(limit, needed.limits[limit]).toLowerCase()}. Nothing was changed.`,
  );
}

/**
 * Whether the user may create one more bank. An account may own as many banks on a plan with an
 * organisations limit (Free) as that plan allows, counting the new one when it starts on such a plan
 * (billing on: Free). A bank the user owns on such a plan also bounds the account when new banks
 * would start unlimited (billing off, an operator-assigned Free): otherwise its owner would escape
 * the assigned plan by creating a second bank with every feature.
 */
type BankLimit = { by: "start-plan"; plan: Plan; wanted: number } | { by: "owned-bank"; bankName: string; plan: Plan; wanted: number };

async function newBankLimit(db: Pick<Db, "organization">, userId: string, options: EntitlementOptions): Promise<BankLimit | null> {
  const config = options.config ?? billingConfig();
  const startPlan = PLANS[config.defaultPlan];
  const owned = await db.organization.findMany({
    where: { kind: "BANK", memberships: { some: { userId, role: "OWNER" } } },
    select: { name: true, billing: true },
    orderBy: { createdAt: "asc" },
  });
  const limited = owned
    .map((o) => ({ name: o.name, plan: resolvePlan(o.billing, config, options.now).plan }))
    .filter((o) => o.plan.limits.organizations !== null);
  const wanted = limited.length + 1;
  if (startPlan.limits.organizations !== null)
    return withinLimit(startPlan, "organizations", wanted) ? null : { by: "start-plan", plan: startPlan, wanted };
  const strictest = [...limited].sort((a, b) => (a.plan.limits.organizations ?? 0) - (b.plan.limits.organizations ?? 0))[0];
  if (!strictest || withinLimit(strictest.plan, "organizations", wanted)) return null;
  return { by: "owned-bank", bankName: strictest.name, plan: strictest.plan, wanted };
}

/**
 * Whether the user may create one more bank (on submit: 402, nothing changed). An account may own as
 * many banks on a plan with an organisations limit (Free) as that plan allows, counting the new one
 * when it starts on such a plan (billing on: Free). A bank the user owns on such a plan also bounds
 * the account when new banks would start unlimited (billing off, an operator-assigned Free):
 * otherwise its owner would escape the assigned plan by creating a second bank with every feature.
 */
export async function checkNewBankAllowed(
  db: Pick<Db, "organization">,
  userId: string,
  options: EntitlementOptions = {},
): Promise<ActionFailure | null> {
  const limit = await newBankLimit(db, userId, options);
  if (!limit) return null;
  if (limit.by === "start-plan") return limitRefusal(limit.plan, "organizations", limit.wanted);
  return fail(
    402,
    `${limit.bankName} is on the ${limit.plan.name} plan, which allows ${describeLimit("organizations", limit.plan.limits.organizations)}; this would make ${limit.wanted}. Plans on this server are assigned by its operator: ask them to change the plan of ${limit.bankName}. Nothing was changed.`,
  );
}

/** Why the user cannot create one more bank, said before they fill in the form (null when they can). */
export async function newBankRefusal(
  db: Pick<Db, "organization">,
  userId: string,
  options: EntitlementOptions = {},
): Promise<string | null> {
  const limit = await newBankLimit(db, userId, options);
  if (!limit) return null;
  const allows = describeLimit("organizations", limit.plan.limits.organizations);
  if (limit.by === "start-plan") {
    const needed = cheapestPlanAdmitting("organizations", limit.wanted);
    return `A new bank starts on the ${limit.plan.name} plan, which allows ${allows}, and you already own that many. Upgrade a bank you own to ${needed.name} to create another.`;
  }
  return `${limit.bankName} is on the ${limit.plan.name} plan, which allows ${allows}. Plans on this server are assigned by its operator: ask them to change the plan of ${limit.bankName} to create another bank.`;
}
