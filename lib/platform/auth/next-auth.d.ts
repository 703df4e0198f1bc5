// Meyar's additions to the Auth.js session and token types.
import "server-only";
import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface Session {
    /** The account's session version when the token was issued (see User.sessionVersion). */
    sv?: number;
    /** The server-side session record (lib/platform/auth/sessions.ts). */
    sid?: string;
  }
  interface User {
    sessionVersion?: number;
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    sid?: string;
  }
}
