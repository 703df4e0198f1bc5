import "server-only";
// The guard for route handlers under /api/orgs/:org and /:org/…: the same guard as pages and
// actions; refusals as JSON with their status (401/402/403/404). A state-changing request from
// another site is refused first (CSRF: the session cookie alone proves nothing).
import { db } from "../../platform/db/prisma.ts";
import { currentUser } from "../../platform/access/session.ts";
import type { OrgContext } from "../../platform/access/access.ts";
import { refusalResponse } from "../../platform/access/refusal.ts";
import { isSameOriginRequest, originFacts } from "../../platform/security/same-origin.ts";
import { guardOrg, type OrgGuard } from "./guard.ts";

type Handler<P> = (request: Request, ctx: OrgContext, params: P) => Promise<Response>;

export function withOrg<P extends { org: string }>(requirement: OrgGuard, handler: Handler<P>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const resolved = await params;
    if (!isSameOriginRequest(originFacts(request))) {
      return Response.json(
        { error: "This request did not come from a Meyar page, so it was refused. Nothing was changed." },
        { status: 403 },
      );
    }
    try {
      const ctx = await guardOrg(db, { user: await currentUser() }, resolved.org, requirement);
      return await handler(request, ctx, resolved);
    } catch (e) {
      try {
        return refusalResponse(e);
      } catch {
        console.error("[route] failed", e instanceof Error ? e.message : e);
        return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
      }
    }
  };
}
