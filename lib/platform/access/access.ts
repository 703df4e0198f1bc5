// The one decision about who may touch an organisation's data, for every way in: pages, server
// actions, route handlers, API keys and tests. Caller → organisation (membership, or the key's own
// organisation) → role → organisation kind → plan. Everything but the caller is DECLARED in the
// requirement; nobody checks a kind or a plan by hand.
//
// Framework-free (the database is passed in). A non-member, an organisation of the wrong kind and
// an unknown slug all get "not found", so existence does not leak. The plan gate is a function the
// caller supplies (`entitlement`): platform knows nothing of plans; lib/features/access/guard.ts
// binds the billing feature's check, and that is what the app uses.
import type { Db } from "../db/connect.ts";
import type { ApiKeyScope, Organization, OrgKind, Role } from "../db/generated/client.ts";
import { hasRole } from "./roles.ts";
import type { SessionUser } from "../auth/session-user.ts";

export type AccessFailure = "unauthenticated" | "not-found" | "forbidden" | "payment-required" | "two-factor-required";

const STATUS: Record<AccessFailure, 401 | 402 | 403 | 404> = {
  unauthenticated: 401,
  "not-found": 404,
  forbidden: 403,
  "payment-required": 402,
  // The organisation requires a second factor the person has not set up (pages send them to set it up).
  "two-factor-required": 403,
};

export class AccessError extends Error {
  /** On a plan refusal only: who was let in up to the plan (pages show an upgrade notice with it). */
  constructor(
    readonly reason: AccessFailure,
    message: string,
    readonly admitted?: OrgContext | KeyContext,
  ) {
    super(message);
  }
  get status(): 401 | 402 | 403 | 404 {
    return STATUS[this.reason];
  }
}

export type { SessionUser };

export interface OrgContext {
  user: SessionUser;
  org: Organization;
  role: Role;
}

/** An API key acts for its own organisation only, with the role its scope stands for. */
export interface ApiKeyCaller {
  id: string;
  organizationId: string;
  scope: ApiKeyScope;
}

export interface KeyContext {
  key: ApiKeyCaller;
  org: Organization;
  role: Role;
}

export type Caller = { user: SessionUser | null } | { apiKey: ApiKeyCaller };

/** A plan check: null when the organisation's plan includes the feature, else the refusal's message. */
export type EntitlementCheck<F extends string = string> = (db: Db, org: Organization, feature: F) => Promise<string | null>;

export interface OrgRequirement<F extends string = string> {
  /** Lowest role that may pass (default VIEWER). */
  minRole?: Role;
  /** Kinds of organisation the page/action exists for; any other kind: "not found". */
  kinds?: readonly OrgKind[];
  /** Plan feature(s) the organisation must have: 402 naming the plan that has the first one missing. */
  feature?: F | readonly F[];
}

export interface GuardOptions<F extends string = string> extends OrgRequirement<F> {
  /** Required when `feature` is declared (fail closed: a declared gate without a checker is a bug). */
  entitlement?: EntitlementCheck<F>;
}

/** READ keys read like a VIEWER; READ_WRITE keys write like an ADMIN (never more: no owner powers). */
export const KEY_ROLE: Record<ApiKeyScope, Role> = { READ: "VIEWER", READ_WRITE: "ADMIN" };

const NOT_FOUND = () => new AccessError("not-found", "Not found.");

/** Every organisation slug has this form (the sign-up form enforces a stricter one). */
const WELL_FORMED_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function resolveOrgAccess<F extends string>(
  db: Db,
  caller: { user: SessionUser | null },
  orgSlug: string,
  options?: GuardOptions<F>,
): Promise<OrgContext>;
export function resolveOrgAccess<F extends string>(
  db: Db,
  caller: { apiKey: ApiKeyCaller },
  orgSlug: string,
  options?: GuardOptions<F>,
): Promise<KeyContext>;
export async function resolveOrgAccess<F extends string>(
  db: Db,
  caller: Caller,
  orgSlug: string,
  options: GuardOptions<F> = {},
): Promise<OrgContext | KeyContext> {
  const minRole = options.minRole ?? "VIEWER";
  // A slug no organisation can have is not found without a query (and a NUL byte never reaches the database).
  if (!WELL_FORMED_SLUG.test(orgSlug)) throw NOT_FOUND();
  let found: { org: Organization; role: Role };
  if ("apiKey" in caller) {
    const org = await db.organization.findUnique({ where: { slug: orgSlug } });
    if (!org || org.id !== caller.apiKey.organizationId) throw NOT_FOUND();
    found = { org, role: KEY_ROLE[caller.apiKey.scope] };
  } else {
    if (!caller.user) throw new AccessError("unauthenticated", "Sign in to continue.");
    // One query, scoped by the user: a slug the user is not a member of is indistinguishable from none.
    const membership = await db.membership.findFirst({
      where: { userId: caller.user.id, organization: { slug: orgSlug } },
      include: { organization: true },
    });
    if (!membership) throw NOT_FOUND();
    found = { org: membership.organization, role: membership.role };
  }
  if (!hasRole(found.role, minRole)) {
    throw new AccessError(
      "forbidden",
      "apiKey" in caller ? "This key is read-only; use a read-write key." : `This needs the ${minRole.toLowerCase()} role or higher.`,
    );
  }
  // On an organisation of the wrong kind the page or action does not exist, as for a non-member.
  if (options.kinds && !options.kinds.includes(found.org.kind)) throw NOT_FOUND();
  // "Members must use two-factor": a person without an enabled second factor gets nothing here
  // until they set one up (API keys are not people and are unaffected). A single sign-on session
  // satisfies it: the identity provider's policy decides the second factor (docs/SECURITY.md).
  if (
    found.org.requireTwoFactor &&
    !("apiKey" in caller) &&
    caller.user &&
    !caller.user.singleSignOn &&
    !(await hasEnabledSecondFactor(db, caller.user.id))
  ) {
    throw new AccessError(
      "two-factor-required",
      `${found.org.name} requires two-factor authentication. Set it up in your account, then try again.`,
    );
  }
  const features: readonly F[] =
    options.feature === undefined ? [] : typeof options.feature === "string" ? [options.feature as F] : (options.feature as readonly F[]);
  for (const feature of features) {
    if (!options.entitlement) throw new Error(`plan gate "${feature}" declared without an entitlement check`);
    const refusal = await options.entitlement(db, found.org, feature);
    if (refusal) throw new AccessError("payment-required", refusal, admitted(caller, found));
  }
  return admitted(caller, found);
}

async function hasEnabledSecondFactor(db: Db, userId: string): Promise<boolean> {
  const factor = await db.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  return Boolean(factor?.enabledAt);
}

function admitted(caller: Caller, found: { org: Organization; role: Role }): OrgContext | KeyContext {
  return "apiKey" in caller ? { key: caller.apiKey, ...found } : { user: caller.user!, ...found };
}
