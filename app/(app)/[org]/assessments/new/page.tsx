import type { Metadata } from "next";
import { latestFrameworkChoice } from "@/lib/features/assessments/framework-choice";
import { requireOrgPage } from "@/lib/features/access/page";
import { Card } from "@/components/ui/card";
import { CreateAssessmentForm } from "@/components/assessments/create-assessment-form";
import { LimitNotice } from "@/components/billing/limit-notice";
import { db } from "@/lib/platform/db/prisma";
import { openAssessmentsAllowance } from "@/lib/features/billing/allowances";
import { openAssessmentsNotice } from "@/lib/view/billing/limit-notices";

export const metadata: Metadata = { title: "New assessment" };

export default async function NewAssessmentPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug, { minRole: "ADMIN", kinds: ["BANK"] });
  const framework = latestFrameworkChoice();
  // The plan's limit is said before the form; the action checks it again on submit.
  const notice = openAssessmentsNotice(await openAssessmentsAllowance(db, org));
  return (
    <>
      <h1 className="text-2xl font-semibold">New assessment</h1>
      {notice && <LimitNotice notice={notice} billingHref={`/${org.slug}/billing`} />}
      {!notice?.blocked && (
        <Card>
          <CreateAssessmentForm orgSlug={org.slug} framework={framework} />
        </Card>
      )}
    </>
  );
}
