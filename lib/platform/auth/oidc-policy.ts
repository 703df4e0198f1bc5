// Single sign-on with OpenID Connect, the decisions without a database: the operator's mapping of
// e-mail domains to organisations (AUTH_OIDC_DOMAINS) and whether an identity provider's profile may
// sign in, as which address, into which organisation with which default role. Used by env.ts (to
// check the setting at start) and by ./oidc-sign-in.ts (which applies the decision to the database).
// No "server-only": the scripts that start the server check the setting outside Next.
import type { Role } from "../db/generated/enums.ts";

/** Roles an SSO mapping may grant by default. Never OWNER: an owner is made by another owner. */
export const SSO_DEFAULT_ROLES = ["ADMIN", "ANALYST", "VIEWER"] as const satisfies readonly Role[];
export type SsoDefaultRole = (typeof SSO_DEFAULT_ROLES)[number];

export interface DomainMapping {
  /** The organisation's slug (its URL segment). */
  organizationSlug: string;
  role: SsoDefaultRole;
}

/** E-mail domain (lower case) → organisation and default role. */
export type DomainMap = ReadonlyMap<string, DomainMapping>;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

export const DOMAINS_FORMAT =
  'must be a comma-separated list of domain=organisation-slug:ROLE, e.g. "atlas-bank.example=atlas-bank:ANALYST", ' +
  "where ROLE is ADMIN, ANALYST or VIEWER (never OWNER) and each domain appears once";

export type DomainMapParse = { ok: true; domains: DomainMap } | { ok: false; problem: string };

/**
 * Parses AUTH_OIDC_DOMAINS ("atlas-bank.example=atlas-bank:ANALYST, nile.example=nile-bank:VIEWER").
 * The problem names the entry at fault and the expected form; it never repeats anything else.
 */
export function parseDomainMap(raw: string): DomainMapParse {
  const domains = new Map<string, DomainMapping>();
  const entries = raw
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return { ok: false, problem: DOMAINS_FORMAT };
  for (const [i, entry] of entries.entries()) {
    const at = `entry ${i + 1}`;
    const match = /^([^=\s]+)\s*=\s*([^:\s]+)\s*:\s*([A-Za-z]+)$/.exec(entry);
    if (!match) return { ok: false, problem: `${at} ${DOMAINS_FORMAT}` };
    const domain = match[1]!.toLowerCase().replace(/^@/, "");
    const organizationSlug = match[2]!;
    const role = match[3]!.toUpperCase();
    if (!DOMAIN.test(domain)) return { ok: false, problem: `${at}: the domain is not a valid e-mail domain (${DOMAINS_FORMAT})` };
    if (!SLUG.test(organizationSlug))
      return { ok: false, problem: `${at}: the organisation slug must be lowercase letters, digits and hyphens (${DOMAINS_FORMAT})` };
    if (role === "OWNER") return { ok: false, problem: `${at}: OWNER cannot be a default role; use ADMIN, ANALYST or VIEWER` };
    if (!(SSO_DEFAULT_ROLES as readonly string[]).includes(role))
      return { ok: false, problem: `${at}: the role must be ADMIN, ANALYST or VIEWER` };
    if (domains.has(domain)) return { ok: false, problem: `${at}: the domain is mapped twice` };
    domains.set(domain, { organizationSlug, role: role as SsoDefaultRole });
  }
  return { ok: true, domains };
}

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
