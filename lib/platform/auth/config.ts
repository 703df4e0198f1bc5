import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "./base-config.ts";
import { checkCredentials } from "./accounts.ts";
import { db } from "../db/prisma.ts";
import { clientIpFrom } from "../http/client-ip.ts";
import { createSession } from "./sessions.ts";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...baseAuthConfig,
  logger: {
    // A wrong password is an expected outcome, not a server error; keep the log for real faults.
    error(error) {
      if (error.name === "CredentialsSignin" || error.name === "RateLimited") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const ip = clientIpFrom(request.headers);
        const result = await checkCredentials(db, credentials, ip);
        if (result.ok)
          return {
            ...result.user,
            sessionId: await createSession(db, result.user.id, { userAgent: request.headers.get("user-agent"), ip }),
          };
        if (result.reason === "rate-limited") throw new RateLimited();
        return null;
      },
    }),
  ],
});
