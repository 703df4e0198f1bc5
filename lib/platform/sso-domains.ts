// Single sign-on: the operator's mapping of e-mail domains to organisations and default roles
// (AUTH_OIDC_DOMAINS), parsed. No imports: env.ts checks the setting with it at start, and
// lib/platform/auth/oidc-policy.ts decides sign-ins with the result.

/** Roles an SSO mapping may grant by default. Never OWNER: an owner is made by another owner. */
export const SSO_DEFAULT_ROLES = ["ADMIN", "ANALYST", "VIEWER"] as const;
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
