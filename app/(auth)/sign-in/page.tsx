import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { mailConfigured } from "@/lib/platform/mail/mailer";
import { oidcSettings } from "@/lib/platform/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

// The query flag a redirect sets (?changed=1, …) → the notice it shows.
const NOTICES = {
  changed: "changed",
  reset: "reset",
  "two-factor-off": "twoFactorOff",
  "signed-out-everywhere": "signedOutEverywhere",
} as const;

// Why a single sign-on was refused (lib/platform/auth/oidc-sign-in.ts, ?sso=) or did not complete (Auth.js ?error=).
const SSO_REFUSALS = {
  domain: "domain",
  unverified: "unverified",
  "no-email": "noEmail",
  organization: "organization",
  "other-identity": "otherIdentity",
} as const;

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; callbackUrl?: string } & Record<string, string | undefined>>;
}) {
  const [params, t] = await Promise.all([searchParams, getTranslations("signIn")]);
  const target = params.next ?? (params.callbackUrl ? new URL(params.callbackUrl, "http://x").pathname : undefined);
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((k) => params[k] === "1");
  const sso = oidcSettings();
  const refusalKey = params.sso && params.sso in SSO_REFUSALS ? SSO_REFUSALS[params.sso as keyof typeof SSO_REFUSALS] : "failed";
  const refusal = params.sso || params.error ? t(`sso.${refusalKey}`) : null;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <LanguageSwitcher />
      </div>
      {notice && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t(`notices.${NOTICES[notice]}`)}
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
