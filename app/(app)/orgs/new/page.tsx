import type { Metadata } from "next";
import { requireUser } from "@/lib/platform/access/session";
import { AppHeader } from "@/components/app-header";
import { Card } from "@/components/ui/card";
import { CreateOrgForm } from "@/components/org/create-org-form";

export const metadata: Metadata = { title: "New organisation" };

export default async function NewOrganisationPage() {
  const user = await requireUser();
  return (
    <>
      <AppHeader userName={user.name} />
      <main className="mx-auto max-w-xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">New organisation</h1>
        <Card>
          <CreateOrgForm />
        </Card>
      </main>
    </>
  );
}
