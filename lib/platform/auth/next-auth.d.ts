// Meyar's additions to the Auth.js session and token types.
import "server-only";
import "next-auth";
import "@auth/core/jwt";

declare module "next-auth" {
  interface Session {
    /** The account's session version when the token was issued (see User.sessionVersion). */
    sv?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}
