import type { Metadata } from "next";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { PLAN_EDIT } from "@/lib/features/action-plan/actions";
import { factorOptions, ownerOptions } from "@/lib/features/action-plan/initiatives";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { InitiativeForm } from "@/components/plan/initiative-form";

export const metadata: Metadata = { title: "New initiative" };

// GET /:org/plan/new – add an initiative by hand (analysts and up).
export default async function NewInitiativePage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org } = await requireOrgPage(slug, PLAN_EDIT);
  const owners = await ownerOptions(db, org.id);
  return (
    <>
      <BackLink href={`/${org.slug}/plan`}>Action plan</BackLink>
      <h1 className="text-2xl font-semibold">New initiative</h1>
      <Card>
        <InitiativeForm orgSlug={org.slug} owners={owners} factorGroups={factorOptions()} />
      </Card>
    </>
  );
}
