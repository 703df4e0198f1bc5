import type { Metadata } from "next";
import { requireOrgPage } from "@/lib/features/access/page";
import { db } from "@/lib/platform/db/prisma";
import { billingOverview } from "@/lib/features/billing/overview";
import type { PlanInForce } from "@/lib/features/entitlements/entitlements";
import { Card } from "@/components/ui/card";
import { PlanFeatures } from "@/components/billing/plan-features";
import { UsageList } from "@/components/billing/usage-list";
import { ManageBillingButton, UpgradeButton } from "@/components/billing/billing-buttons";

export const metadata: Metadata = { title: "Billing and plan" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

function standing(c: PlanInForce): string {
  switch (c.source) {
    case "assigned":
      return "Assigned to this organisation by the operator of this server.";
    case "default":
      return c.billingEnabled ? "No subscription: the Free plan applies." : "The plan every organisation gets on this server.";
    case "subscription":
      return c.cancelAtPeriodEnd
        ? `Subscribed through Stripe; cancelled, ends on ${day(c.currentPeriodEnd)}.`
        : `Subscribed through Stripe${c.currentPeriodEnd ? `; renews on ${day(c.currentPeriodEnd)}` : ""}.`;
    case "grace":
      return `A payment failed. The plan stays in force until ${day(c.graceEndsAt)}; update the payment method to keep it. Afterwards the Free plan applies (no data is deleted).`;
    case "lapsed":
      return "The subscription has ended or its payment is overdue: the Free plan applies. All data is kept; subscribe again to lift the limits.";
  }
}

// ADMINs may look (they meet the limits first); only OWNERs subscribe or manage payment.
export default async function BillingPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ checkout?: string }>;
}) {
  const { org: slug } = await params;
  const { checkout } = await searchParams;
  const { org, role } = await requireOrgPage(slug, { minRole: "ADMIN" });
  const overview = await billingOverview(db, org);
  const { current } = overview;
  const isOwner = role === "OWNER";
  const canSubscribe =
    isOwner && current.billingEnabled && current.source !== "assigned" && current.source !== "subscription" && current.source !== "grace";
  return (
    <>
      <h1 className="text-2xl font-semibold">Billing and plan</h1>
      {!current.billingEnabled && (
        <p role="status" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700">
          {current.source === "assigned"
            ? `Billing is off on this server: nothing is charged, and the operator of this server assigns each organisation's plan. To change the plan of ${org.name}, ask the operator.`
            : `Billing is off on this server: nothing is charged, and every organisation has the ${current.plan.name} plan.`}
        </p>
      )}
      {checkout === "success" && (
        <p role="status" className="rounded-lg bg-emerald-50 px-4 py-3 text-sm text-emerald-800">
          Thank you. The new plan applies as soon as Stripe confirms the payment, usually within seconds; reload this page to see it.
        </p>
      )}
      {checkout === "cancelled" && (
        <p role="status" className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-700">
          Checkout was cancelled; nothing was charged.
        </p>
      )}
      <Card
        title={`Current plan: ${current.plan.name}`}
        actions={isOwner && current.billingEnabled && overview.hasStripeCustomer ? <ManageBillingButton orgSlug={org.slug} /> : undefined}
      >
        <p className={`mb-4 text-sm ${current.source === "grace" || current.source === "lapsed" ? "text-amber-800" : "text-slate-600"}`}>
          {standing(current)}
        </p>
        <div className="grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-800">Includes</h3>
            <PlanFeatures plan={current.plan} />
          </div>
          <div>
            <h3 className="mb-2 text-sm font-semibold text-slate-800">Used now</h3>
            <UsageList usage={overview.usage} />
          </div>
        </div>
      </Card>
      {/* Billing off on the server's own plan: there is nothing to compare or buy. */}
      {(current.billingEnabled || current.source === "assigned") && (
        <Card title={current.billingEnabled ? "Plans" : "Other plans"}>
          {current.billingEnabled ? (
            !isOwner && <p className="mb-4 text-sm text-slate-600">Only an owner of {org.name} can change the plan.</p>
          ) : (
            <p className="mb-4 text-sm text-slate-600">What each plan includes. None can be bought here: the operator assigns plans.</p>
          )}
          <div className="grid gap-4 md:grid-cols-3">
            {overview.offers.map(({ plan, priceConfigured }) => (
              <section
                key={plan.key}
                aria-label={plan.name}
                className={`rounded-lg border p-4 ${plan.key === current.plan.key ? "border-brand-600" : "border-slate-200"}`}
              >
                <h3 className="font-semibold">{plan.name}</h3>
                <p className="mb-3 text-xs text-slate-500">{plan.audience}</p>
                <PlanFeatures plan={plan} />
                <div className="mt-4">
                  {plan.key === current.plan.key ? (
                    <p className="text-sm font-medium text-brand-700">Your plan</p>
                  ) : canSubscribe && priceConfigured ? (
                    <UpgradeButton orgSlug={org.slug} plan={plan.key} planName={plan.name} />
                  ) : canSubscribe ? (
                    <p className="text-xs text-slate-500">Not on sale here yet (no Stripe price configured).</p>
                  ) : null}
                </div>
              </section>
            ))}
          </div>
        </Card>
      )}
    </>
  );
}
