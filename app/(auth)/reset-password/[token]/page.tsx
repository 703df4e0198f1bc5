import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { resetLinkState } from "@/lib/platform/auth/password-reset";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

// GET /reset-password/:token – the link from the e-mail (or from an owner): choose a new password.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await resetLinkState(db, token);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Choose a new password</h1>
      {state === "valid" ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert" className="text-sm text-slate-700">
          This reset link has expired or was already used.{" "}
          <Link className="text-brand-600 underline" href="/forgot-password">
            Ask for a new one
          </Link>
          .
        </p>
      )}
    </>
  );
}
