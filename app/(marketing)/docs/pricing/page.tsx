import type { Metadata } from "next";
import Link from "next/link";
import { PLANS, UPGRADE_ORDER } from "@/lib/domain/billing/plans";
import { PublicHeader } from "@/components/public-header";
import { PublicFooter } from "@/components/public-footer";
import { PlanFeatures } from "@/components/billing/plan-features";

export const metadata: Metadata = { title: "Pricing" };

const OFFERED = [PLANS.free, ...UPGRADE_ORDER.map((k) => PLANS[k])];

// GET /docs/pricing – the plans, their features and limits, from the one plan catalogue
// (lib/domain/billing/plans.ts). Public. Prices are those of this installation's Stripe account.
export default function PricingPage() {
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-6xl space-y-8 px-4 py-12">
        <div className="max-w-2xl">
          <h1 className="text-3xl font-semibold tracking-tight">Plans and pricing</h1>
          <p className="mt-3 text-slate-600">
            Start free with one bank. Each plan is for one organisation: a bank, a consultancy or a regulator. Limits are the same on every
            page and are enforced on the server; a downgrade never deletes data.
          </p>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {OFFERED.map((plan) => (
            <section key={plan.key} aria-label={plan.name} className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">{plan.name}</h2>
              <p className="mb-4 text-sm text-slate-500">{plan.audience}</p>
              <PlanFeatures plan={plan} />
            </section>
          ))}
        </div>
        <div className="space-y-2 text-sm text-slate-600">
          <p>
            Paid plans are billed monthly through Stripe at the price shown at checkout; owners subscribe, change plan or cancel from their
            organisation&rsquo;s Billing page.
          </p>
          <p>On a self-hosted installation without billing, every organisation has every feature unless its operator assigns a plan.</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            Create an account
          </Link>
          <a
            href="/docs/example-report.pdf"
            className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            See an example report (PDF)
          </a>
        </div>
      </main>
      <PublicFooter />
    </>
  );
}
