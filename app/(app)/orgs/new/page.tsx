import type { Metadata } from "next";
import { db } from "@/lib/platform/db/prisma";
import { requireUser } from "@/lib/platform/access/session";
import { newBankRefusal } from "@/lib/features/entitlements/entitlements";
import { AppHeader } from "@/components/app-header";
import { Card } from "@/components/ui/card";
import { CreateOrgForm } from "@/components/org/create-org-form";
import { LimitNotice } from "@/components/billing/limit-notice";

export const metadata: Metadata = { title: "New organisation" };

export default async function NewOrganisationPage() {
  const user = await requireUser();
  // The bank limit of the account, said before the form (the action checks it again on submit).
  const refusal = await newBankRefusal(db, user.id);
  return (
    <>
      <AppHeader userName={user.name} />
      <main className="mx-auto max-w-xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">New organisation</h1>
        {refusal && (
          <LimitNotice
            notice={{
              blocked: true,
              text: `${refusal} You can still create a consultancy or a regulator.`,
            }}
          />
        )}
        <Card>
          <CreateOrgForm />
        </Card>
      </main>
    </>
  );
}
