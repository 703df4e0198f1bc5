import type { Metadata } from "next";
import { latestFrameworkChoice } from "@/lib/features/assessments/framework-choice";
import { requireOrgPage } from "@/lib/features/access/page";
import { Card } from "@/components/ui/card";
import { CreateAssessmentForm } from "@/components/assessments/create-assessment-form";

export const metadata: Metadata = { title: "New assessment" };

export default async function NewAssessmentPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug, { minRole: "ADMIN", kinds: ["BANK"] });
  const framework = latestFrameworkChoice();
  return (
    <>
      <h1 className="text-2xl font-semibold">New assessment</h1>
      <Card>
        <CreateAssessmentForm orgSlug={org.slug} framework={framework} />
      </Card>
    </>
  );
}
