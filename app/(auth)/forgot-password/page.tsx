import type { Metadata } from "next";
import Link from "next/link";
import { mailConfigured } from "@/lib/platform/mail/mailer";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

// GET /forgot-password – asks for a reset link by e-mail; without e-mail, says whom to ask.
export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Reset your password</h1>
      {mailConfigured() ? (
        <ForgotPasswordForm />
      ) : (
        <p className="text-sm text-slate-700">
          This server cannot send e-mail. Ask an owner of your organisation for a password-reset link: they can issue one on the Members
          page.
        </p>
      )}
      <p className="mt-4 text-sm">
        <Link className="text-brand-600 underline" href="/sign-in">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
