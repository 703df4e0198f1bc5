import type { Metadata } from "next";
import { requireOrgPage } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";
import { OrgSettingsForm } from "@/components/org/org-settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug, "ADMIN");
  return (
    <>
      <h1 className="text-2xl font-semibold">Settings</h1>
      <Card title="Organisation profile">
        <OrgSettingsForm org={{
          slug: org.slug, name: org.name, isBank: org.kind === "BANK", ownership: org.ownership ?? undefined,
          sizeBand: org.sizeBand ?? undefined, region: org.region ?? undefined, country: org.country ?? undefined,
        }} />
      </Card>
    </>
  );
}
