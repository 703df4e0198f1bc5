// Every /api/v1 route: Bearer key → active key of an organisation → per-key rate limit → the one
// organisation guard (lib/features/access/guard.ts) with the key as caller: scope as role (write =
// ADMIN), the "apiKeys" plan feature and whatever the route declares (kinds, more features). Failures are JSON { error } with the statuses of lib/platform/http/action-result.ts. Every
// handler gets the key's organisation and must scope each query by it (another org's id → 404).
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { ApiKeyScope, Organization } from "../../platform/db/generated/client.ts";
import { fail, type ActionFailure } from "../../platform/http/action-result.ts";
import { failureResponse, faultResponse } from "../../platform/http/json-response.ts";
import { hitRateLimit, type RateLimitRule } from "../../platform/security/rate-limit.ts";
import { findActiveApiKey } from "../../features/api-keys/keys.ts";
import { guardOrg, type OrgGuard } from "../../features/access/guard.ts";
import { AccessError } from "../../platform/access/access.ts";
import type { Feature } from "../../features/billing/plans.ts";

export type ApiScope = "read" | "write";

/** What a route declares: its scope, and optionally organisation kinds and further plan features. */
export interface ApiAccess extends Pick<OrgGuard, "kinds"> {
  scope: ApiScope;
  feature?: Feature | readonly Feature[];
}

/** Per key, fixed window in the database (shared by every app server). */
export const API_KEY_RATE_LIMIT: RateLimitRule = { limit: 120, windowSeconds: 60 };

export interface ApiContext {
  db: Db;
  org: Organization;
  key: { id: string; scope: ApiKeyScope; createdById: string | null };
}

type Handler<P> = (request: Request, ctx: ApiContext, params: P) => Promise<Response>;

/** The API's errors go through the one mapping of every route handler. */
export const apiError = (failure: ActionFailure, headers?: HeadersInit): Response => failureResponse(failure, headers);

export const rateLimitKey = (keyId: string) => `api-key:${keyId}`;

function bearer(request: Request): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return m?.[1] ?? null;
}

const UNAUTHENTICATED = { "WWW-Authenticate": 'Bearer realm="meyar-api"' };

/** Wraps a v1 route handler. `getDb` is read per request so tests can hand in their own database. */
export function withApiKey<P = Record<string, never>>(access: ApiScope | ApiAccess, getDb: () => Db, handler: Handler<P>) {
  const { scope, kinds, feature } = typeof access === "string" ? { scope: access, kinds: undefined, feature: undefined } : access;
  const more: readonly Feature[] =
    feature === undefined ? [] : typeof feature === "string" ? [feature as Feature] : (feature as readonly Feature[]);
  // A key outlives a downgrade; the plan decides on every call whether the API may be used.
  const requirement: OrgGuard = { minRole: scope === "write" ? "ADMIN" : "VIEWER", kinds, feature: ["apiKeys", ...more] };
  return async (request: Request, routeCtx: { params: Promise<P> }): Promise<Response> => {
    const db = getDb();
    try {
      const secret = bearer(request);
      if (!secret) return apiError(fail(401, "Send an API key: Authorization: Bearer <key>."), UNAUTHENTICATED);
      const key = await findActiveApiKey(db, secret);
      if (!key) return apiError(fail(401, "That API key is not valid or has been revoked."), UNAUTHENTICATED);
      const verdict = await hitRateLimit(db, rateLimitKey(key.id), API_KEY_RATE_LIMIT);
      const limitHeaders = { "X-RateLimit-Limit": String(API_KEY_RATE_LIMIT.limit), "X-RateLimit-Remaining": String(verdict.remaining) };
      if (!verdict.allowed) {
        return apiError(fail(429, `Too many requests for this key; try again in ${verdict.retryAfterSeconds} s.`), {
          ...limitHeaders,
          "Retry-After": String(verdict.retryAfterSeconds),
        });
      }
      try {
        await guardOrg(db, { apiKey: key }, key.organization.slug, requirement);
      } catch (e) {
        if (e instanceof AccessError) return apiError(fail(e.status, e.message), limitHeaders);
        throw e;
      }
      await db.apiKey.updateMany({ where: { id: key.id, organizationId: key.organizationId }, data: { lastUsedAt: new Date() } });
      // Key use is audited at most hourly per key: enough to answer "was this key used, and when".
      if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 3_600_000) {
        await db.auditEvent.create({
          data: { organizationId: key.organizationId, action: "api-key.used", target: key.id, detail: { prefix: key.prefix } },
        });
      }
      const params = await routeCtx.params;
      const response = await handler(
        request,
        { db, org: key.organization, key: { id: key.id, scope: key.scope, createdById: key.createdById } },
        params,
      );
      for (const [k, v] of Object.entries(limitHeaders)) response.headers.set(k, v);
      return response;
    } catch (e) {
      return faultResponse("api v1", e);
    }
  };
}
