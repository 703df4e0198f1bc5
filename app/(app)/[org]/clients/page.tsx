import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { hasRole } from "@/lib/platform/access/roles";
import { requireOrgPage } from "@/lib/features/access/page";
import { PORTFOLIO } from "@/lib/features/access/requirements";
import { portfolioOverview } from "@/lib/features/portfolio/overview";
import { loadComparison } from "@/lib/features/portfolio/compare";
import { formatIndex, formatScore } from "@/lib/view/results/format";
import { Card } from "@/components/ui/card";
import { DemoBadge } from "@/components/ui/demo-badge";
import { StatusBadge } from "@/components/assessments/status-badge";
import { LevelBadge } from "@/components/results/level-badge";
import { ComparisonChart } from "@/components/portfolio/comparison-chart";
import { ComparisonTable } from "@/components/portfolio/comparison-table";

export const metadata: Metadata = { title: "Clients" };

// GET /:org/clients – a consultancy's client banks (live CONSULTANCY grants only) and their comparison.
export default async function ClientsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, role } = await requireOrgPage(slug, PORTFOLIO);
  const [clients, comparison] = await Promise.all([portfolioOverview(db, org.id), loadComparison(db, org.id)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Clients</h1>
      <Card title={`Client banks (${clients.length})`}>
        {clients.length === 0 ? (
          <p className="text-sm text-slate-600">
            No bank has granted {org.name} access yet. A bank&rsquo;s owner or admin grants access from the bank&rsquo;s own settings; it
            can revoke it at any time.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="client-list">
            {clients.map((c) => (
              <li key={c.bank.id} className="space-y-2 py-3" data-testid={`client-${c.bank.slug}`}>
                <div className="flex flex-wrap items-center gap-3">
                  <Link href={`/${org.slug}/clients/${c.bank.slug}`} className="flex-1 font-medium text-brand-700 hover:underline">
                    {c.bank.name}
                  </Link>
                  {c.bank.isDemo && <DemoBadge />}
                  <span className="text-sm text-slate-600">
                    Latest index: <span className="font-semibold tabular-nums">{formatIndex(c.latest?.overall?.percent)}</span>
                    {c.latest?.overall && <> ({formatScore(c.latest.overall.mean)} of 5)</>}
                  </span>
                  <LevelBadge level={c.latest?.overall?.level ?? null} />
                </div>
                {c.assessments.length === 0 ? (
                  <p className="text-xs text-slate-500">No assessments yet.</p>
                ) : (
                  <ul className="space-y-1 text-xs text-slate-600">
                    {c.assessments.map((a) => (
                      <li key={a.id} className="flex flex-wrap items-center gap-2">
                        <Link href={`/${org.slug}/clients/${c.bank.slug}/assessments/${a.id}`} className="text-brand-700 hover:underline">
                          {a.name}
                        </Link>
                        <StatusBadge status={a.status} />
                        <span>
                          {a.submitted} of {a.invited} submitted
                        </span>
                        <span>· index {formatIndex(a.overall?.percent)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card
        title="Compare clients"
        actions={
          hasRole(role, "ANALYST") && comparison.clients.length > 0 ? (
            <a
              href={`/${org.slug}/clients/comparison.csv`}
              className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
              download
            >
              Export CSV
            </a>
          ) : undefined
        }
      >
        {comparison.clients.length === 0 ? (
          <p className="text-sm text-slate-600">
            No client has a closed or published assessment with answers yet, so there is nothing to compare.
          </p>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-700">
              Each client&rsquo;s latest closed or published assessment, on the 1–5 scale, against the{" "}
              {comparison.market.label.toLowerCase()}
              {comparison.market.kind === "portfolio-median" ? " of these clients" : " of the anonymous benchmark pool"}.
            </p>
            {comparison.notCompared.length > 0 && (
              <p className="text-xs text-slate-500">
                Not compared (no closed assessment with answers): {comparison.notCompared.map((c) => c.name).join(", ")}.
              </p>
            )}
            <ComparisonChart comparison={comparison} kinds={["overall", "module"]} />
            <ComparisonChart comparison={comparison} kinds={["factor"]} />
            <ComparisonTable comparison={comparison} />
          </div>
        )}
      </Card>
    </>
  );
}
