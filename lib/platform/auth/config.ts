import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "./base-config.ts";
import { completeSignIn } from "./sign-in.ts";
import { db } from "../db/prisma.ts";
import { clientIpFrom } from "../http/client-ip.ts";
import { createSession } from "./sessions.ts";
import { headers } from "next/headers";
import type { OIDCConfig } from "next-auth/providers";
import { oidcSettings } from "../env.ts";
import { signInWithOidc } from "./oidc-sign-in.ts";
import { accountLanguage, rememberLanguage } from "../i18n/preference.ts";

// The reasons a sign-in challenge is refused, as codes the sign-in action maps to messages.
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}
class CodeRequired extends CredentialsSignin {
  code = "code_required";
}
class WrongCode extends CredentialsSignin {
  code = "wrong_code";
}
class ChallengeExpired extends CredentialsSignin {
  code = "expired";
}

const REFUSALS = {
  "rate-limited": RateLimited,
  "code-required": CodeRequired,
  "wrong-code": WrongCode,
  expired: ChallengeExpired,
} as const;

const EXPECTED = new Set(Object.values(REFUSALS).map((c) => c.name));

/** The id of the single sign-on provider: its callback is /api/auth/callback/oidc (the redirect URI to register). */
export const OIDC_PROVIDER_ID = "oidc";

// Single sign-on with any OpenID Connect provider (Entra ID, Okta, Keycloak …), on only when the
// operator configured it (lib/platform/env.ts). The issuer's discovery document gives the endpoints;
// the authorization code flow runs with PKCE, state and nonce, and the ID token is validated. The
// profile is the UserInfo response (whose sub must match the ID token's): many providers put
// e-mail claims only there.
const sso = oidcSettings();
const ssoProviders: OIDCConfig<Record<string, unknown>>[] = sso
  ? [
      {
        id: OIDC_PROVIDER_ID,
        name: sso.name,
        type: "oidc",
        issuer: sso.issuer,
        clientId: sso.clientId,
        clientSecret: sso.clientSecret,
        checks: ["pkce", "state", "nonce"],
        idToken: false,
        authorization: { params: { scope: "openid email profile" } },
        // Who signs in is decided in the signIn callback below, from the provider's claims.
        profile: (p) => ({ id: String(p.sub), email: typeof p.email === "string" ? p.email : null }),
      },
    ]
  : [];

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...baseAuthConfig,
  logger: {
    // A wrong password or code is an expected outcome, not a server error; keep the log for real faults.
    error(error) {
      if (error.name === "CredentialsSignin" || EXPECTED.has(error.name)) return;
      // A failed single sign-on wraps the provider's answer (e.g. invalid_grant): name it for the
      // operator. Messages of these errors carry no tokens or secrets.
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      const why = cause instanceof Error ? ` (${cause.name}: ${cause.message})` : "";
      console.error(`[auth] ${error.name}: ${error.message}${why}`);
    },
  },
  pages: { ...baseAuthConfig.pages, error: "/sign-in" },
  callbacks: {
    ...baseAuthConfig.callbacks,
    // A single sign-on is refused (back to the sign-in page with the reason) or becomes a Meyar
    // account and a server-side session record, like a password sign-in; the jwt callback then
    // carries the record's id (base-config.ts). Credentials sign-ins were decided in authorize().
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID || !sso) return true;
      if (!profile) return "/sign-in?sso=no-email";
      const h = await headers();
      const result = await signInWithOidc(db, profile, {
        issuer: sso.issuer,
        domains: sso.domains,
        ip: clientIpFrom(h),
        userAgent: h.get("user-agent"),
      });
      if (!result.ok) return `/sign-in?sso=${result.reason}`;
      // Without a database adapter Auth.js hands this same user object to the jwt callback, which
      // puts the Meyar user id, session version and session record id in the token.
      Object.assign(user, { ...result.user, sessionId: result.sessionId });
      // The account's language follows the person to this browser, as at a password sign-in.
      const language = await accountLanguage(db, result.user.id);
      if (language) await rememberLanguage(language);
      return true;
    },
  },
  providers: [
    ...ssoProviders,
    // Accepts only a sign-in challenge (lib/platform/auth/sign-in.ts: issued after the right password)
    // plus, for accounts with two-factor, a code. A password posted here directly is not enough.
    Credentials({
      credentials: { challenge: { type: "hidden" }, code: { label: "Code", type: "text" } },
      async authorize(credentials, request) {
        const ip = clientIpFrom(request.headers);
        const result = await completeSignIn(db, credentials, ip);
        if (result.ok)
          return {
            ...result.user,
            sessionId: await createSession(db, result.user.id, { userAgent: request.headers.get("user-agent"), ip }),
          };
        throw new REFUSALS[result.reason]();
      },
    }),
  ],
});
