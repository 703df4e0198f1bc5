import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requireOrgPage } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";
import { CreateAssessmentForm } from "@/components/assessments/create-assessment-form";
import { latestFramework } from "@/lib/domain/instrument";

export const metadata: Metadata = { title: "New assessment" };

export default async function NewAssessmentPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug, "ADMIN");
  if (org.kind !== "BANK") forbidden();
  const framework = {
    version: latestFramework.version,
    name: latestFramework.name,
    modules: latestFramework.modules.map((m) => ({
      key: m.key, name: m.name, optional: m.optional, factorCount: m.factors.length,
      itemCount: m.factors.reduce((n, f) => n + f.items.length, 0),
    })),
  };
  return (
    <>
      <h1 className="text-2xl font-semibold">New assessment</h1>
      <Card><CreateAssessmentForm orgSlug={org.slug} framework={framework} /></Card>
    </>
  );
}
