// Runs before every page: redirects signed-out visitors to sign-in (a convenience only: every page,
// action and route handler checks access again where it loads data, lib/platform/access/access.ts), and gives
// each response a Content-Security-Policy with a fresh script nonce. Next.js reads the nonce from the
// request's CSP header and puts it on its own scripts; the root layout makes every page dynamic so
// that no prerendered page is served with a stale nonce.
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { baseAuthConfig } from "./lib/platform/auth/base-config.ts";
import { contentSecurityPolicy, createNonce } from "./lib/platform/security/csp.ts";
import { refuseHostileServerAction } from "./lib/platform/security/server-action-guard.ts";
import { env } from "./lib/platform/env.ts";
import { chooseLocale, LOCALE_COOKIE, LOCALE_HEADER, TRANSLATED_HEADER } from "./lib/platform/i18n/choose-locale.ts";

const { auth } = NextAuth(baseAuthConfig);

export const proxy = auth(async (request) => {
  // Hostile server-action posts (foreign Origin, undecodable body) get a 4xx here instead of
  // Next's 500 (lib/platform/security/server-action-guard.ts). Costs nothing for other requests.
  const refused = await refuseHostileServerAction(request);
  if (refused) return refused;
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: env().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // The page's language, settled once here (the headers are always overwritten, so a client cannot inject them).
  const language = chooseLocale({
    pathname: request.nextUrl.pathname,
    langParam: request.nextUrl.searchParams.get("lang"),
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  if (language.kind === "remember" && request.method === "GET") {
    const clean = request.nextUrl.clone();
    clean.searchParams.delete("lang");
    const redirect = NextResponse.redirect(clean);
    redirect.cookies.set(LOCALE_COOKIE, language.locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365, httpOnly: true });
    return redirect;
  }
  headers.set(LOCALE_HEADER, language.locale);
  headers.set(TRANSLATED_HEADER, language.kind === "render" && language.translated ? "1" : "0");
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
});

export const config = {
  // API routes are left alone: they answer JSON (no scripts, so no CSP nonce), never redirect, and
  // authenticate themselves (session, personal link or API key) where they load data — skipping
  // the session decryption here keeps the answer path lean. (Auth.js's own endpoints must be skipped
  // anyway: a session check there would set a second CSRF cookie.)
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|fonts/).*)"],
};
