import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { requireUser } from "@/lib/platform/access/session";
import { pendingTwoFactorSetup, twoFactorStatus } from "@/lib/platform/auth/two-factor";
import { organizationRequiringTwoFactor } from "@/lib/platform/auth/sign-in";
import { AppHeader } from "@/components/app-header";
import { Card } from "@/components/ui/card";
import { TwoFactorSetup } from "@/components/auth/two-factor-setup";
import { DisableTwoFactorForm, RegenerateRecoveryCodesForm } from "@/components/auth/two-factor-manage";
import { startTwoFactorSetupAction } from "../actions";

export const metadata: Metadata = { title: "Two-factor authentication" };

// GET /account/two-factor – set up, manage or turn off the second factor (where the policy sends people).
export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ required?: string }> }) {
  const user = await requireUser();
  const { required } = await searchParams;
  const [status, pending, requiring] = await Promise.all([
    twoFactorStatus(db, user.id),
    pendingTwoFactorSetup(db, user),
    organizationRequiringTwoFactor(db, user.id),
  ]);
  return (
    <>
      <AppHeader userName={user.name} />
      <main className="mx-auto max-w-xl space-y-6 px-4 py-8">
        <h1 className="text-2xl font-semibold">Two-factor authentication</h1>
        {!status.enabled && (required === "1" || requiring) && (
          <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {requiring ?? "Your organisation"} requires two-factor authentication. Set it up to continue.
          </p>
        )}
        {status.enabled ? (
          <>
            <Card title="Two-factor is on">
              <p className="text-sm text-slate-700">
                Signing in asks for a code from your authenticator app after your password. {status.recoveryCodesLeft} of 10 recovery codes
                left.
              </p>
            </Card>
            <Card title="Recovery codes">
              <p className="mb-3 text-sm text-slate-600">New codes replace the old ones, which then stop working.</p>
              <RegenerateRecoveryCodesForm />
            </Card>
            <Card title="Turn off">
              <DisableTwoFactorForm blockedBy={requiring} />
            </Card>
          </>
        ) : pending ? (
          <Card title="Set up your authenticator app">
            <TwoFactorSetup qrDataUrl={pending.qrDataUrl} manualKey={pending.manualKey} />
          </Card>
        ) : (
          <Card title="Add a second step to signing in">
            <p className="mb-4 text-sm text-slate-700">
              After your password, Meyar will ask for a six-digit code from an app on your phone, so a stolen password alone cannot open
              your account.
            </p>
            <form action={startTwoFactorSetupAction}>
              <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
                Set up two-factor
              </button>
            </form>
          </Card>
        )}
        <p className="text-sm">
          <Link className="text-brand-600 underline" href="/account">
            Back to your account
          </Link>
        </p>
      </main>
    </>
  );
}
