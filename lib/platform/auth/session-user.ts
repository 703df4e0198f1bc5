// Who is signed in, as the access guard and account operations see it. Lives with auth so that
// lib/platform/access depends on auth and not the other way round.
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  /** This browser signed in through single sign-on: the identity provider's policy (MFA included) applied. */
  singleSignOn?: boolean;
}
