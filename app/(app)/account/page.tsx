import type { Metadata } from "next";
import { requireUser } from "@/lib/platform/access/session";
import { AppHeader } from "@/components/app-header";
import { Card } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

// GET /account – the signed-in person's own account: name, e-mail, password.
export default async function AccountPage() {
  const user = await requireUser();
  return (
    <>
      <AppHeader userName={user.name} />
      <main className="mx-auto max-w-xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">Your account</h1>
        <Card>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">Name</dt>
            <dd>{user.name}</dd>
            <dt className="text-slate-500">E-mail</dt>
            <dd>{user.email}</dd>
          </dl>
        </Card>
        <Card title="Change password">
          <p className="mb-4 text-sm text-slate-600">Changing your password signs you out everywhere, on every device.</p>
          <ChangePasswordForm />
        </Card>
        <Card title="Sessions">
          <p className="mb-4 text-sm text-slate-600">
            Signed in on a device you no longer use? End every session of your account, on every device, including this one.
          </p>
          <form action={signOutEverywhereAction}>
            <button type="submit" className="rounded-lg border border-red-300 px-4 py-2 text-sm font-medium text-red-700 hover:bg-red-50">
              Sign out everywhere
            </button>
          </form>
        </Card>
      </main>
    </>
  );
}
