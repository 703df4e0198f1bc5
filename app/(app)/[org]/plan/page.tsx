import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { PLAN } from "@/lib/features/action-plan/actions";
import { listInitiatives } from "@/lib/features/action-plan/initiatives";
import { hasRole } from "@/lib/platform/access/roles";
import { isoDay, planProgress } from "@/lib/view/plan/initiatives";
import { Card } from "@/components/ui/card";
import { PlanBoard, PlanList } from "@/components/plan/plan-views";
import { PlanProgressSummary } from "@/components/plan/plan-progress";

export const metadata: Metadata = { title: "Action plan" };

// GET /:org/plan[?view=board] – the bank's action plan as a list or a board (every member reads; analysts and up edit).
export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
}) {
  const [{ org: slug }, { view }] = await Promise.all([params, searchParams]);
  const { org, role } = await requireOrgPage(slug, PLAN);
  const board = view === "board";
  const initiatives = await listInitiatives(db, org.id);
  const today = isoDay(new Date());
  const canEdit = hasRole(role, "ANALYST");
  const tab = (active: boolean) =>
    `rounded-md px-3 py-1.5 text-sm ${active ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`;
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">Action plan</h1>
        <nav aria-label="Plan view" className="flex gap-1">
          <Link href={`/${org.slug}/plan`} className={tab(!board)} aria-current={!board ? "page" : undefined}>
            List
          </Link>
          <Link href={`/${org.slug}/plan?view=board`} className={tab(board)} aria-current={board ? "page" : undefined}>
            Board
          </Link>
        </nav>
        {canEdit && (
          <Link
            href={`/${org.slug}/plan/new`}
            className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            New initiative
          </Link>
        )}
      </div>
      <p className="text-sm text-slate-600">
        Initiatives belong to the bank, not to one assessment: they carry over to the next round, whose results page shows whether the
        factors of done initiatives improved.
        {canEdit ? " Add roadmap items from a results page in one click, or add initiatives by hand." : " Your role reads the plan."}
      </p>
      <Card title="Progress">
        <PlanProgressSummary orgSlug={org.slug} progress={planProgress(initiatives, today)} linkToPlan={false} />
      </Card>
      {initiatives.length > 0 && (
        <Card
          title={board ? "Board" : "Initiatives"}
          actions={
            hasRole(role, "ANALYST") ? (
              <span className="flex gap-3 text-sm">
                <a className="text-brand-700 underline" href={`/api/orgs/${org.slug}/initiatives/export?format=csv`}>
                  CSV
                </a>
                <a className="text-brand-700 underline" href={`/api/orgs/${org.slug}/initiatives/export?format=json`}>
                  JSON
                </a>
              </span>
            ) : undefined
          }
        >
          {board ? (
            <PlanBoard orgSlug={org.slug} initiatives={initiatives} today={today} canEdit={canEdit} />
          ) : (
            <PlanList orgSlug={org.slug} initiatives={initiatives} today={today} canEdit={canEdit} />
          )}
        </Card>
      )}
    </>
  );
}
