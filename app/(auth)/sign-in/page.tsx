import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { mailConfigured } from "@/lib/platform/mail/mailer";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  changed: "Your password was changed and every session of your account has ended. Sign in with the new password.",
  reset: "Your new password is set and every session of your account has ended. Sign in with the new password.",
  "two-factor-off": "Two-factor authentication is off and every session of your account has ended. Sign in again.",
  "signed-out-everywhere": "Every session of your account has ended. Sign in again.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; callbackUrl?: string } & Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const target = params.next ?? (params.callbackUrl ? new URL(params.callbackUrl, "http://x").pathname : undefined);
  const notice = Object.keys(NOTICES).find((k) => params[k] === "1");
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {notice && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {NOTICES[notice]}
        </p>
      )}
      <SignInForm next={target} canEmailResetLinks={mailConfigured()} />
    </>
  );
}
