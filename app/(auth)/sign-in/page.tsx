import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { mailConfigured } from "@/lib/platform/mail/mailer";
import { oidcSettings } from "@/lib/platform/env";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  changed: "Your password was changed and every session of your account has ended. Sign in with the new password.",
  reset: "Your new password is set and every session of your account has ended. Sign in with the new password.",
  "two-factor-off": "Two-factor authentication is off and every session of your account has ended. Sign in again.",
  "signed-out-everywhere": "Every session of your account has ended. Sign in again.",
};

// Why a single sign-on was refused (lib/platform/auth/oidc-sign-in.ts) or did not complete (Auth.js ?error=).
const SSO_REFUSALS: Record<string, string> = {
  domain:
    "Single sign-on is not open to your e-mail address's domain on this server. Ask your administrator to map it, or sign in with your e-mail and password.",
  unverified:
    "Your identity provider did not confirm that your e-mail address is verified, so it cannot sign you in here. Ask your administrator.",
  "no-email": "Your identity provider did not share an e-mail address with Meyar. Ask your administrator.",
  organization: "Single sign-on for your domain points to an organisation that does not exist on this server. Tell the operator.",
  "other-identity":
    "This e-mail address belongs to a Meyar account linked to another person's identity at your provider. Ask your administrator.",
};
const SSO_FAILED = "Single sign-on did not complete. Try again; if it keeps failing, ask your administrator.";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; callbackUrl?: string } & Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  const target = params.next ?? (params.callbackUrl ? new URL(params.callbackUrl, "http://x").pathname : undefined);
  const notice = Object.keys(NOTICES).find((k) => params[k] === "1");
  const sso = oidcSettings();
  const refusal = params.sso ? (SSO_REFUSALS[params.sso] ?? SSO_FAILED) : params.error ? SSO_FAILED : null;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {notice && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {NOTICES[notice]}
        </p>
      )}
      {refusal && (
        <p role="alert" className="mb-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900">
          {refusal}
        </p>
      )}
      <SignInForm next={target} canEmailResetLinks={mailConfigured()} singleSignOn={sso?.name ?? null} />
    </>
  );
}
