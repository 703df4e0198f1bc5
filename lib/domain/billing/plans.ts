// The plans Meyar sells, in one place: what each includes, its limits, and the Stripe price that
// buys it. Feature and limit names are stable API: other modules check them through
// lib/features/billing/entitlements.ts (requireFeature / checkLimit), never by comparing plan names.
// Pure module (no database, no Stripe, no environment) so that the UI, the server and tests share
// it; the price ids configured for an installation are read in lib/features/billing/plans.ts.

/** Capabilities a plan may include. */
export const FEATURES = [
  "benchmarkPercentiles", // peer-group percentiles on the results dashboard
  "pdfReport", // the printable PDF report
  "exports", // CSV / JSON exports of scores and answers
  "clientPortfolio", // a consultancy's view over its client banks
  "ismStudies", // expert-panel ISM studies
  "apiKeys", // programmatic access
  "sectorSupervision", // a regulator's sector views
] as const;
export type Feature = (typeof FEATURES)[number];

/** Countable limits; null in a plan means unlimited. */
export const LIMITS = [
  "respondentsPerAssessment", // respondents invited to one assessment (revoked ones included)
  "openAssessments", // assessments open at the same time
  "organizations", // organisations (banks) an account may own on this plan
] as const;
export type Limit = (typeof LIMITS)[number];

export const PLAN_KEYS = ["free", "professional", "consultancy", "regulator", "unlimited"] as const;
export type PlanKey = (typeof PLAN_KEYS)[number];

export interface Plan {
  key: PlanKey;
  name: string;
  audience: string;
  /** Sold through Stripe Checkout; "unlimited" is for self-hosting only and "free" costs nothing. */
  purchasable: boolean;
  /** Environment variable holding the Stripe price id (recurring) of a purchasable plan. */
  priceEnv?: string;
  features: readonly Feature[];
  limits: Readonly<Record<Limit, number | null>>;
}

const UNLIMITED: Record<Limit, null> = { respondentsPerAssessment: null, openAssessments: null, organizations: null };
const BANK_FEATURES: Feature[] = ["benchmarkPercentiles", "pdfReport", "exports"];

export const PLANS: Readonly<Record<PlanKey, Plan>> = {
  free: {
    key: "free",
    name: "Free",
    audience: "One bank trying Meyar",
    purchasable: false,
    features: [],
    limits: { respondentsPerAssessment: 5, openAssessments: 1, organizations: 1 },
  },
  professional: {
    key: "professional",
    name: "Professional",
    audience: "Banks",
    purchasable: true,
    priceEnv: "STRIPE_PRICE_PROFESSIONAL",
    features: BANK_FEATURES,
    limits: UNLIMITED,
  },
  consultancy: {
    key: "consultancy",
    name: "Consultancy",
    audience: "Consultancies working for several banks",
    purchasable: true,
    priceEnv: "STRIPE_PRICE_CONSULTANCY",
    features: [...BANK_FEATURES, "clientPortfolio", "ismStudies", "apiKeys"],
    limits: UNLIMITED,
  },
  regulator: {
    key: "regulator",
    name: "Regulator",
    audience: "Supervisors of a banking sector",
    purchasable: true,
    priceEnv: "STRIPE_PRICE_REGULATOR",
    features: [...BANK_FEATURES, "sectorSupervision"],
    limits: UNLIMITED,
  },
  unlimited: {
    key: "unlimited",
    name: "Self-hosted (all features)",
    audience: "Installations without billing",
    purchasable: false,
    features: [...FEATURES],
    limits: UNLIMITED,
  },
};

/** The order in which plans are offered as upgrades: the first that allows something is named. */
export const UPGRADE_ORDER: readonly PlanKey[] = ["professional", "consultancy", "regulator"];

export const FEATURE_LABELS: Readonly<Record<Feature, string>> = {
  benchmarkPercentiles: "Benchmark percentiles against peer banks",
  pdfReport: "PDF report",
  exports: "Exports (CSV, JSON)",
  clientPortfolio: "Client portfolio",
  ismStudies: "Expert-panel ISM studies",
  apiKeys: "API keys",
  sectorSupervision: "Sector supervision views",
};

export const LIMIT_LABELS: Readonly<Record<Limit, { one: string; many: string }>> = {
  respondentsPerAssessment: { one: "respondent per assessment", many: "respondents per assessment" },
  openAssessments: { one: "open assessment at a time", many: "open assessments at a time" },
  organizations: { one: "bank per account", many: "banks per account" },
};

export function isPlanKey(value: unknown): value is PlanKey {
  return typeof value === "string" && (PLAN_KEYS as readonly string[]).includes(value);
}

export function planIncludes(plan: Plan, feature: Feature): boolean {
  return plan.features.includes(feature);
}

/** True when `wanted` (the total after the change) fits the plan's limit. */
export function withinLimit(plan: Plan, limit: Limit, wanted: number): boolean {
  const max = plan.limits[limit];
  return max === null || wanted <= max;
}

/** The first plan on offer that includes the feature (the one an upgrade message names). */
export function cheapestPlanWith(feature: Feature): Plan {
  const key = UPGRADE_ORDER.find((k) => planIncludes(PLANS[k], feature)) ?? "unlimited";
  return PLANS[key];
}

/** The first plan on offer whose limit admits `wanted`. */
export function cheapestPlanAdmitting(limit: Limit, wanted: number): Plan {
  const key = UPGRADE_ORDER.find((k) => withinLimit(PLANS[k], limit, wanted)) ?? "unlimited";
  return PLANS[key];
}

export function describeLimit(limit: Limit, max: number | null): string {
  if (max === null) return `Unlimited ${LIMIT_LABELS[limit].many}`;
  return `${max} ${max === 1 ? LIMIT_LABELS[limit].one : LIMIT_LABELS[limit].many}`;
}
