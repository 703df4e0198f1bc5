import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { baseAuthConfig } from "./base-config.ts";
import { completeSignIn } from "./sign-in.ts";
import { db } from "../db/prisma.ts";
import { clientIpFrom } from "../http/client-ip.ts";
import { createSession } from "./sessions.ts";

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

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...baseAuthConfig,
  logger: {
    // A wrong password or code is an expected outcome, not a server error; keep the log for real faults.
    error(error) {
      if (error.name === "CredentialsSignin" || EXPECTED.has(error.name)) return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
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
