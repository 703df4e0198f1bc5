// The part of the Auth.js configuration that needs no database, shared by proxy.ts (redirects
// only) and lib/platform/auth/config.ts (the full server configuration with the credentials provider).
import type { NextAuthConfig } from "next-auth";

// API routes answer 401 themselves (JSON for machines) instead of redirecting.
const PUBLIC_PATHS = [
  /^\/$/,
  /^\/sign-in$/,
  /^\/sign-up$/,
  /^\/forgot-password$/,
  /^\/reset-password\//,
  /^\/verify-email\//,
  /^\/invite\//,
  /^\/api\//,
  /^\/respond\//,
  /^\/ism\//,
  /^\/docs\//,
];

export const baseAuthConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    // Redirect signed-out visitors of app pages to sign-in. Authorisation is decided again
    // where data is loaded (lib/platform/access/access.ts); this is only a convenience.
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      if (PUBLIC_PATHS.some((p) => p.test(path))) return true;
      return Boolean(auth?.user);
    },
    jwt({ token, user }) {
      if (user?.id && typeof user.sessionVersion === "number") {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sv === "number") session.sv = token.sv;
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;
