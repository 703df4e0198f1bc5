import "server-only";
import type { Role } from "../db/generated/client.ts";
import { db } from "../db/prisma.ts";
import { currentUser } from "./session.ts";
import { AccessError, resolveOrgAccess, type OrgContext } from "./access.ts";

type Handler<P> = (request: Request, ctx: OrgContext, params: P) => Promise<Response>;

/** Route-handler wrapper: the same guard as pages and actions; failures as JSON with a status. */
export function withOrg<P extends { org: string }>(minRole: Role, handler: Handler<P>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const resolved = await params;
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
