import { describe, expect, it } from "vitest";
import { billingConfig } from "../entitlements/config.ts";
import { featureRefusal, limitRefusal, resolvePlan } from "../entitlements/entitlements.ts";
import { PLANS, cheapestPlanWith, planForPriceId, priceIdFor } from "./plans.ts";

const on = billingConfig({ STRIPE_SECRET_KEY: "sk_test_x" });
const off = billingConfig({});
const now = new Date("2027-03-01T12:00:00Z");
const later = new Date("2027-03-08T12:00:00Z");
const account = (over: Record<string, unknown> = {}) => ({
  assignedPlan: null,
  plan: "professional",
  status: "active",
  graceEndsAt: null,
  currentPeriodEnd: later,
  cancelAtPeriodEnd: false,
  ...over,
});

describe("the plan in force", () => {
  it("without billing: MEYAR_DEFAULT_PLAN, all features by default, a bad value falls back to all features", () => {
    expect(resolvePlan(null, off, now)).toMatchObject({ plan: { key: "unlimited" }, source: "default", billingEnabled: false });
    expect(resolvePlan(null, billingConfig({ MEYAR_DEFAULT_PLAN: "professional" }), now).plan.key).toBe("professional");
    expect(resolvePlan(null, billingConfig({ MEYAR_DEFAULT_PLAN: "gold" }), now).plan.key).toBe("unlimited");
    // A Stripe subscription left over from when billing was on does not matter while it is off.
    expect(resolvePlan(account({ plan: "regulator" }), billingConfig({ MEYAR_DEFAULT_PLAN: "free" }), now).plan.key).toBe("free");
  });

  it("an operator-assigned plan wins, with billing on or off", () => {
    expect(resolvePlan(account({ assignedPlan: "free" }), off, now)).toMatchObject({ plan: { key: "free" }, source: "assigned" });
    expect(resolvePlan(account({ assignedPlan: "consultancy", plan: "professional" }), on, now).plan.key).toBe("consultancy");
  });

  it.each([
    ["active", null, "professional", "subscription"],
    ["trialing", null, "professional", "subscription"],
    ["past_due", later, "professional", "grace"],
    ["active", later, "professional", "grace"],
    ["past_due", new Date("2027-02-28T12:00:00Z"), "free", "lapsed"],
    ["unpaid", new Date("2027-02-28T12:00:00Z"), "free", "lapsed"],
    ["canceled", null, "free", "lapsed"],
    ["incomplete", null, "free", "lapsed"],
    ["incomplete_expired", null, "free", "lapsed"],
    ["paused", null, "free", "lapsed"],
  ])("with billing on, a %s subscription (grace until %s) gives %s (%s)", (status, graceEndsAt, plan, source) => {
    expect(resolvePlan(account({ status, graceEndsAt }), on, now)).toMatchObject({
      plan: { key: plan },
      source,
      subscribedPlan: "professional",
    });
  });

  it("with billing on and no subscription, or an unknown plan, Free applies", () => {
    expect(resolvePlan(null, on, now)).toMatchObject({ plan: { key: "free" }, source: "default" });
    expect(resolvePlan(account({ plan: "platinum" }), on, now).plan.key).toBe("free");
    expect(resolvePlan(account({ plan: "unlimited" }), on, now).plan.key).toBe("free");
  });
});

describe("refusals name the plan that allows it", () => {
  it.each([
    ["benchmarkPercentiles", "Professional"],
    ["pdfReport", "Professional"],
    ["exports", "Professional"],
    ["clientPortfolio", "Consultancy"],
    ["ismStudies", "Consultancy"],
    ["apiKeys", "Consultancy"],
    ["sectorSupervision", "Regulator"],
  ] as const)("%s → %s", (feature, planName) => {
    expect(cheapestPlanWith(feature).name).toBe(planName);
    const r = featureRefusal(PLANS.free, feature);
    expect(r).toMatchObject({ ok: false, status: 402 });
    expect(r?.error).toContain(`Upgrade to ${planName}`);
    expect(r?.error).toContain("on Free");
  });

  it("limits: at the limit passes, one over is refused with the numbers", () => {
    expect(limitRefusal(PLANS.free, "respondentsPerAssessment", 5)).toBeNull();
    expect(limitRefusal(PLANS.free, "respondentsPerAssessment", 6)?.error).toBe(
      "The Free plan allows 5 respondents per assessment; this would make 6. Upgrade to Professional for unlimited respondents per assessment. Nothing was changed.",
    );
    expect(limitRefusal(PLANS.free, "openAssessments", 2)?.error).toContain("allows 1 open assessment at a time");
    expect(limitRefusal(PLANS.professional, "respondentsPerAssessment", 10_000)).toBeNull();
  });
});

describe("Stripe prices", () => {
  const env = { STRIPE_PRICE_PROFESSIONAL: "price_pro", STRIPE_PRICE_CONSULTANCY: " price_con ", STRIPE_PRICE_REGULATOR: "" };
  it("come from the environment, and map back to their plan", () => {
    expect(priceIdFor("professional", env)).toBe("price_pro");
    expect(priceIdFor("consultancy", env)).toBe("price_con");
    expect(priceIdFor("regulator", env)).toBeUndefined();
    expect(priceIdFor("free", env)).toBeUndefined();
    expect(planForPriceId("price_con", env)).toBe("consultancy");
    expect(planForPriceId("price_unknown", env)).toBeNull();
    expect(planForPriceId(undefined, env)).toBeNull();
  });
});

describe("billing settings", () => {
  it("billing is on only with a secret key; the Stripe stand-in options and grace days are parsed strictly", () => {
    expect(billingConfig({ STRIPE_SECRET_KEY: "  " }).enabled).toBe(false);
    const c = billingConfig({
      STRIPE_SECRET_KEY: "sk_test_x",
      STRIPE_API_HOST: "127.0.0.1",
      STRIPE_API_PORT: "12111",
      STRIPE_API_PROTOCOL: "http",
      MEYAR_BILLING_GRACE_DAYS: "3",
    });
    expect(c).toMatchObject({
      enabled: true,
      defaultPlan: "free",
      graceDays: 3,
      api: { host: "127.0.0.1", port: 12111, protocol: "http" },
    });
    expect(billingConfig({ STRIPE_API_PROTOCOL: "ftp", STRIPE_API_PORT: "-1", MEYAR_BILLING_GRACE_DAYS: "soon" })).toMatchObject({
      graceDays: 7,
      api: { protocol: undefined, port: undefined },
    });
  });
});
