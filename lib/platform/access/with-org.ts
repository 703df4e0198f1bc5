import "server-only";
import type { Role } from "../db/generated/client.ts";
import { db } from "../db/prisma.ts";
import { currentUser } from "./session.ts";
import { AccessError, resolveOrgAccess, type OrgContext } from "./access.ts";
import { isSameOriginRequest, originFacts } from "../security/same-origin.ts";

type Handler<P> = (request: Request, ctx: OrgContext, params: P) => Promise<Response>;

/**
 * Route-handler wrapper: the same guard as pages and actions; failures as JSON with a status. A
 * state-changing request from another site is refused first (CSRF: the session cookie alone proves nothing).
 */
export function withOrg<P extends { org: string }>(minRole: Role, handler: Handler<P>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const resolved = await params;
    if (!isSameOriginRequest(originFacts(request))) {
      return Response.json({ error: "This request did not come from a Meyar page, so it was refused. Nothing was changed." }, { status: 403 });
    }
    try {
      const ctx = await resolveOrgAccess(db, await currentUser(), resolved.org, minRole);
      return await handler(request, ctx, resolved);
    } catch (e) {
      if (e instanceof AccessError) return Response.json({ error: e.message }, { status: e.status });
      console.error("[route] failed", e instanceof Error ? e.message : e);
      return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
    }
  };
}
