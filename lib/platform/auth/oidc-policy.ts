// Single sign-on with OpenID Connect, the decision without a database: whether an identity
// provider's profile may sign in, as which address, into which organisation with which default role
// (the operator's mapping, AUTH_OIDC_DOMAINS, is parsed by ../sso-domains.ts, which env.ts uses to
// check it at start). ./oidc-sign-in.ts applies the decision to the database.
import "server-only";
import type { DomainMap, DomainMapping } from "../sso-domains.ts";

export { DOMAINS_FORMAT, parseDomainMap, SSO_DEFAULT_ROLES } from "../sso-domains.ts";
export type { DomainMap, DomainMapping, DomainMapParse, SsoDefaultRole } from "../sso-domains.ts";

export type OidcRefusal = "no-email" | "unverified" | "domain";

export type OidcDecision =
  | { ok: true; subject: string; email: string; name: string; domain: string; mapping: DomainMapping }
  | { ok: false; reason: OidcRefusal; domain?: string };

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}$/;

function text(v: unknown, max: number): string | null {
  return typeof v === "string" && v.trim() ? v.trim().slice(0, max) : null;
}

/**
 * May this identity provider profile (the claims of the UserInfo response, whose `sub` matched the
 * validated ID token) sign in? Only an address the provider says it verified (`email_verified` is
 * the boolean true, nothing else) and whose domain the operator mapped, exactly (a subdomain is
 * another domain).
 */
export function decideOidcSignIn(profile: Record<string, unknown>, domains: DomainMap): OidcDecision {
  const subject = text(profile.sub, 255);
  const email = text(profile.email, 320)?.toLowerCase() ?? null;
  if (!subject || !email || !EMAIL.test(email)) return { ok: false, reason: "no-email" };
  const domain = email.slice(email.lastIndexOf("@") + 1);
  if (profile.email_verified !== true) return { ok: false, reason: "unverified", domain };
  const mapping = domains.get(domain);
  if (!mapping) return { ok: false, reason: "domain", domain };
  const given = [text(profile.given_name, 100), text(profile.family_name, 100)].filter(Boolean).join(" ");
  const name = text(profile.name, 200) ?? (given || null) ?? text(profile.preferred_username, 200) ?? email.slice(0, email.indexOf("@"));
  return { ok: true, subject, email, name, domain, mapping };
}
