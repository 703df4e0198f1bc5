import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { currentUser } from "@/lib/platform/access/session";
import { headers } from "next/headers";
import { findOpenInvitation } from "@/lib/features/org/invitations";
import { lookUpLink } from "@/lib/platform/security/link-attempts";
import { clientIpFrom } from "@/lib/platform/http/client-ip";
import { ROLE_LABELS } from "@/lib/platform/access/roles";
import { ORG_KIND_LABELS } from "@/lib/features/org/labels";
import { AcceptInvitationForm } from "@/components/org/accept-invitation-form";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [found, user] = await Promise.all([
    lookUpLink(db, clientIpFrom(await headers()), () => findOpenInvitation(db, token)),
    currentUser(),
  ]);
  const invitation = found.status === "found" ? found.value : null;
  const here = `/invite/${token}`;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {!invitation ? (
          <>
            <h1 className="text-xl font-semibold">This invitation cannot be used</h1>
            <p className="text-sm text-slate-600">
              The link is invalid, has expired, was revoked, or has already been used. Ask the person who invited you for a new one.
            </p>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">Join {invitation.organization.name}</h1>
            <p className="text-sm text-slate-600">
              You are invited to the {ORG_KIND_LABELS[invitation.organization.kind].toLowerCase()}{" "}
              <strong>{invitation.organization.name}</strong> as <strong>{ROLE_LABELS[invitation.role]}</strong>. The invitation is for{" "}
              {invitation.email}.
            </p>
            {user ? (
              <AcceptInvitationForm token={token} />
            ) : (
              <div className="flex gap-3 text-sm">
                <Link
                  className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white"
                  href={`/sign-up?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`}
                >
                  Create an account
                </Link>
                <Link className="rounded-lg border border-slate-300 px-4 py-2" href={`/sign-in?next=${encodeURIComponent(here)}`}>
                  Sign in
                </Link>
              </div>
            )}
          </>
        )}
      </div>
    </main>
  );
}
