import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { requireUser } from "@/lib/platform/access/session";
import { auth } from "@/lib/platform/auth/config";
import { listActiveSessions } from "@/lib/platform/auth/sessions";
import { twoFactorStatus } from "@/lib/platform/auth/two-factor";
import { emailConfirmedForInvitations } from "@/lib/platform/auth/email-verification";
import { describeDevice, formatMoment } from "@/lib/view/account/device";
import { AppHeader } from "@/components/app-header";
import { Card } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SessionRow } from "@/components/auth/session-row";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { mailConfigured } from "@/lib/platform/mail/mailer";
import { signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

// GET /account – the signed-in person's own account: name, e-mail, password, two-factor, sessions.
export default async function AccountPage() {
  const user = await requireUser();
  const [session, sessions, twoFactor, verified] = await Promise.all([
    auth(),
    listActiveSessions(db, user.id),
    twoFactorStatus(db, user.id),
    emailConfirmedForInvitations(db, user.id),
  ]);
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
          {mailConfigured() && !verified && (
            <div className="mt-4 space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
              <p>Your e-mail address is not confirmed yet. Open the link we sent you; joining an organisation by invitation needs it.</p>
              <ResendVerificationForm />
            </div>
          )}
        </Card>
        <Card title="Two-factor authentication">
          <p className="mb-3 text-sm text-slate-700" data-testid="two-factor-status">
            {twoFactor.enabled
              ? `On since ${formatMoment(twoFactor.enabledAt!)}. ${twoFactor.recoveryCodesLeft} of 10 recovery codes left.`
              : "Off. Signing in needs only your password."}
          </p>
          <Link className="text-sm text-brand-600 underline" href="/account/two-factor">
            {twoFactor.enabled ? "Manage two-factor authentication" : "Set up two-factor authentication"}
          </Link>
        </Card>
        <Card title="Change password">
          <p className="mb-4 text-sm text-slate-600">Changing your password signs you out everywhere, on every device.</p>
          <ChangePasswordForm />
        </Card>
        <Card title="Sessions">
          <p className="mb-2 text-sm text-slate-600">Where your account is signed in now. Sign out any device you do not recognise.</p>
          <ul className="mb-4 divide-y divide-slate-100" aria-label="Active sessions">
            {sessions.map((s) => (
              <SessionRow
                key={s.id}
                session={{
                  id: s.id,
                  device: describeDevice(s.userAgent),
                  address: s.ip ?? "unknown address",
                  lastSeen: formatMoment(s.lastSeenAt),
                  signedIn: formatMoment(s.createdAt),
                  current: s.id === session?.sid,
                }}
              />
            ))}
          </ul>
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
