// Redirects signed-out visitors to sign-in. Only a convenience: every page, action and route
// handler checks access again where it loads data (lib/auth/access.ts).
import NextAuth from "next-auth";
import { baseAuthConfig } from "./lib/auth/base-config.ts";

const { auth } = NextAuth(baseAuthConfig);

export { auth as proxy };

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
